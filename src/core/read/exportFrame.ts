/**
 * Platform exports put lines around their table. GA4 starts with `#` comments and may add a
 * second block after a blank line; Google Ads, Microsoft Advertising and LinkedIn start with a
 * title, a date range or `"Report Name: …"` lines; Google Ads and Microsoft end with their own
 * totals ("Total: Account") and a copyright line. This finds where the table starts and ends.
 *
 * Only the first and last few lines are looked at, so a 1,000,000-row selection is not read
 * twice; an ordinary CSV, whose first line is its header and whose last is a row, costs a line
 * at each end. (GA4's second block is searched for with one native scan, and only in a
 * selection that starts with `#` comments.)
 */
import { isHeader, lineEndAt, nextLineAt, pickDelimiter, quotesBalanced, splitLine, type Delimiter } from './csvLines';
import { readNumber } from './number';
import type { SkippedLine } from './selectionTypes';

/** Where the table lies in the body, and what was left out around it. */
export interface Frame {
  /** Offset of the header line. */
  readonly start: number;
  /** Offset just past the last row. */
  readonly end: number;
  readonly skipped: SkippedLine[];
  /** The export's own totals rows as written, top to bottom (read once the columns are). */
  readonly totals: string[];
}

/** A left-out line before it is numbered: numbering a line near the end counts every line before it. */
interface Aside {
  readonly offset: number;
  readonly text: string;
  readonly why: SkippedLine['why'];
  readonly total?: boolean;
}

interface Head {
  readonly start: number;
  readonly asides: Aside[];
  /** GA4's signature: only then is a second block looked for. */
  readonly commented: boolean;
}

/** Microsoft Advertising writes about 10 lines before its header, DoubleClick about 15. */
const HEAD_LINES = 40;
/** Google Ads writes a Total row per campaign type, network and the account. */
const TAIL_LINES = 30;
/** A second GA4 block can be long; listing its first lines says enough. */
const MAX_LISTED = 200;
const SHOWN = 120;
const NO_HEAD: Head = { start: 0, asides: [], commented: false };

/** `# ----`, `# Start date: 20240101`, `#`; not `#DIV/0!` nor a `#,Campaign` header. */
const COMMENT = /^\s*#(?:[\s#-]|$)/;
/** "Total", "Total:", "Totals", "Total: Account", "Grand total"; not "Totally Awesome Campaign". */
const TOTAL = /^(?:grand\s+)?totals?(?!\p{L})/iu;
/**
 * A blank line, then a `#` line: GA4 starts another block. `\r(?!\n)`: one \r\n is one line
 * break, not a blank line; no `\s*`, so a run of blank lines is not rescanned from each of them.
 */
const SECOND_BLOCK = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)[ \t]*#(?:[ \t#-]|\r|\n|$)/g;

/** 'other': one cell without a letter ("4903", "2024-01-01 - 2024-01-31"), no title to open a preamble. */
type LineKind = 'blank' | 'comment' | 'title' | 'other' | 'cells';

/** Undefined when the table fills the body, as it does outside platform exports. */
export function frameOf(body: string, firstLine: number, locale: string): Frame | undefined {
  const head = headOf(body, locale);
  const headerEnd = lineEndAt(body, head.start);
  const delimiter = pickDelimiter(body.slice(head.start, headerEnd));
  const tail =
    delimiter === undefined ? { end: body.length, asides: [] } : tailOf(body, headerEnd, delimiter, head.commented);
  if (head.start === 0 && tail.asides.length === 0) return undefined;
  const asides = [...head.asides, ...tail.asides];
  return {
    start: head.start,
    end: tail.end,
    skipped: numbered(body, asides.slice(0, MAX_LISTED), firstLine),
    totals: tail.asides.filter((aside) => aside.total === true).map((aside) => aside.text),
  };
}

/**
 * The header is the widest line of names followed by a row of as many cells holding a number:
 * wider than any `Account ID,4444` line of the preamble. The lines before it must start with a
 * comment or a one-cell title, so that a CSV whose first line has cells is read from its first
 * line, as it always was.
 */
function headOf(body: string, locale: string): Head {
  const asides: Aside[] = [];
  let best: { at: number; width: number; before: number } | undefined;
  for (let at = 0, n = 0; at < body.length && n < HEAD_LINES; n++) {
    const end = lineEndAt(body, at);
    const line = body.slice(at, end);
    // An odd number of quotes: a cell with a line break inside, so not a line of its own.
    if (!quotesBalanced(line)) break;
    const kind = kindOf(line);
    if (n === 0 && kind !== 'comment' && kind !== 'title') return NO_HEAD;
    // A comment after the header starts GA4's second block, whose header may be wider.
    if (kind === 'comment' && best !== undefined) break;
    const width = kind === 'cells' ? headerWidth(line, body, nextLineAt(body, end), locale) : 0;
    if (width > (best?.width ?? 1)) best = { at, width, before: asides.length };
    if (kind !== 'blank') asides.push({ offset: at, text: line, why: kind === 'comment' ? 'comment' : 'preamble' });
    at = nextLineAt(body, end);
  }
  if (best === undefined) return NO_HEAD;
  return headAt(best.at, lineAt(body, best.at), asides.slice(0, best.before));
}

/** A first "comment" with as many cells as the header is a header: `# of clicks,Campaign,Cost`. */
function headAt(start: number, header: string, asides: Aside[]): Head {
  const delimiter = pickDelimiter(header) ?? ',';
  const first = asides[0];
  if (first?.why === 'comment' && splitLine(first.text, delimiter).length === splitLine(header, delimiter).length)
    return NO_HEAD;
  return { start, asides, commented: asides.some((aside) => aside.why === 'comment') };
}

function lineAt(body: string, start: number): string {
  return body.slice(start, lineEndAt(body, start));
}

/** `"January 1, 2024 - January 31, 2024"` and `Campaign report,,,` are titles: one cell, the first. */
function kindOf(line: string): LineKind {
  if (!/\S/.test(line)) return 'blank';
  if (COMMENT.test(line)) return 'comment';
  const delimiter = pickDelimiter(line);
  if (delimiter === undefined) return titleOrOther(line);
  const cells = splitLine(line, delimiter);
  let filled = 0;
  for (const cell of cells) if (/\S/.test(cell)) filled++;
  if (filled === 0) return 'blank';
  return filled === 1 && /\S/.test(cells[0]!) ? titleOrOther(cells[0]!) : 'cells';
}

/** A title names something; a lone number opens no preamble (it is more likely a list). */
function titleOrOther(cell: string): LineKind {
  return /\p{L}/u.test(cell) ? 'title' : 'other';
}

/** The header's cell count when `line` is one (names, then a row as wide holding a number), else 0. */
function headerWidth(line: string, body: string, next: number, locale: string): number {
  const delimiter = pickDelimiter(line);
  if (delimiter === undefined) return 0;
  const names = splitLine(line, delimiter);
  if (names.length < 2 || !isHeader(names, locale)) return 0;
  const row = firstLineFrom(body, next);
  if (row === undefined) return 0;
  const cells = splitLine(row, delimiter);
  return cells.length === names.length && cells.some((cell) => readNumber(cell.trim(), { locale }).ok)
    ? names.length
    : 0;
}

function firstLineFrom(body: string, at: number): string | undefined {
  for (let n = 0; at < body.length && n < HEAD_LINES; n++) {
    const end = lineEndAt(body, at);
    const line = body.slice(at, end);
    if (/\S/.test(line)) return line;
    at = nextLineAt(body, end);
  }
  return undefined;
}

/** The export's totals and copyright lines at the end, and GA4's second block; nothing if no row is left. */
function tailOf(
  body: string,
  headerEnd: number,
  delimiter: Delimiter,
  commented: boolean,
): { end: number; asides: Aside[] } {
  const block = commented ? secondBlockAt(body, headerEnd) : -1;
  const limit = block >= 0 ? block : body.length;
  const footer = footerBefore(body, limit, headerEnd, delimiter);
  const end = footer[0]?.offset ?? limit;
  if (!/\S/.test(body.slice(headerEnd, end))) return { end: body.length, asides: [] };
  return { end, asides: block >= 0 ? [...footer, ...blockLines(body, block)] : footer };
}

function secondBlockAt(body: string, from: number): number {
  SECOND_BLOCK.lastIndex = from;
  const match = SECOND_BLOCK.exec(body);
  return match === null ? -1 : match.index;
}

/** The second block's lines, `#` ones as comments; the first MAX_LISTED are enough to say it was left out. */
function blockLines(body: string, at: number): Aside[] {
  const asides: Aside[] = [];
  while (at < body.length && asides.length < MAX_LISTED) {
    const end = lineEndAt(body, at);
    const line = body.slice(at, end);
    if (/\S/.test(line)) asides.push({ offset: at, text: line, why: COMMENT.test(line) ? 'comment' : 'footer' });
    at = nextLineAt(body, end);
  }
  return asides;
}

/** Walks back from `limit` over Total rows, prose and blank lines; stops at the first row. */
function footerBefore(body: string, limit: number, floor: number, delimiter: Delimiter): Aside[] {
  const found: Aside[] = [];
  let p = limit;
  for (let n = 0; n < TAIL_LINES; n++) {
    const line = lineBefore(body, p, floor);
    if (line === undefined) break;
    const text = body.slice(line.start, line.end);
    const kind = footerKind(text, delimiter);
    if (kind === undefined) break;
    if (kind !== 'blank') found.push({ offset: line.start, text, why: 'footer', total: kind === 'total' });
    p = line.start;
  }
  return found.reverse();
}

/** The line ending at `p` (before its line break), if it starts after `floor`. */
function lineBefore(body: string, p: number, floor: number): { start: number; end: number } | undefined {
  let end = p;
  if (end > floor && body.charCodeAt(end - 1) === 10) end--;
  if (end > floor && body.charCodeAt(end - 1) === 13) end--;
  if (end <= floor) return undefined;
  let start = end;
  while (start > floor && body.charCodeAt(start - 1) !== 10 && body.charCodeAt(start - 1) !== 13) start--;
  return start > floor ? { start, end } : undefined;
}

/**
 * A Total row's label is its first non-empty cell (Google Ads leaves the others ` --`). Prose is
 * one cell of three words or more: "©2024 Microsoft Corporation. All rights reserved."; a short
 * row cut off after its first cell stays a row (with its problem), as it always was.
 */
function footerKind(text: string, delimiter: Delimiter): 'blank' | 'total' | 'prose' | undefined {
  if (!/\S/.test(text)) return 'blank';
  // An odd number of quotes: the end of a cell with a line break inside, part of a row.
  if (!quotesBalanced(text)) return undefined;
  const cells = splitLine(text, delimiter);
  const label = cells.find((cell) => /\S/.test(cell))?.trim();
  if (label === undefined) return 'blank';
  if (TOTAL.test(label)) return 'total';
  return cells.length === 1 && wordsIn(label) >= 3 ? 'prose' : undefined;
}

function wordsIn(text: string): number {
  let words = 0;
  for (const word of text.split(/\s+/)) if (/\p{L}/u.test(word)) words++;
  return words;
}

/** Line numbers by counting line breaks up to each offset, once, in order. */
function numbered(body: string, asides: readonly Aside[], firstLine: number): SkippedLine[] {
  const newline = body.indexOf('\n') >= 0 ? '\n' : '\r';
  let line = firstLine;
  let at = 0;
  return asides.map((aside) => {
    for (let i = body.indexOf(newline, at); i >= 0 && i < aside.offset; i = body.indexOf(newline, i + 1)) line++;
    at = aside.offset;
    return { line, text: shown(aside.text), why: aside.why };
  });
}

function shown(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SHOWN ? `${trimmed.slice(0, SHOWN - 1)}…` : trimmed;
}
