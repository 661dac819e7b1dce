/**
 * Where results go in the text, as offsets: after the selection (` = 2.67%`), instead of it,
 * or on the lines below it. Pure, so the exact text is unit-tested; the command turns offsets
 * into positions of the document.
 */

/** A replacement of [start, end) of the document by `text`. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where "below the selection" is: the end of its last line, or the start of the next line. */
export interface BelowAnchor {
  readonly offset: number;
  /** The selection ended with a line break (whole lines selected): the block goes before the next line. */
  readonly atLineStart: boolean;
}

export function appended(valueText: string): string {
  return ` = ${valueText}`;
}

/** A block of lines inserted below, as one edit, in the document's line ending. */
export function blockBelow(anchor: BelowAnchor, block: string, eol: string, blankLineBefore = false): OffsetEdit {
  const body = withEol(block, eol);
  const lead = blankLineBefore ? eol : '';
  const text = anchor.atLineStart ? `${lead}${body}${eol}` : `${eol}${lead}${body}`;
  return { start: anchor.offset, end: anchor.offset, text };
}

export function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/**
 * Where later edits move an offset: by the length change of every edit that ends at or
 * before it (edits of one command never overlap).
 */
export function shiftOffset(offset: number, edits: readonly OffsetEdit[]): number {
  let shifted = offset;
  for (const edit of edits) {
    if (edit.end <= offset) shifted += edit.text.length - (edit.end - edit.start);
  }
  return shifted;
}
