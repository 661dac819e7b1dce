/** Small text helpers shared by the readers. No Node built-ins: this runs in workers and webviews too. */
import * as l10n from '@vscode/l10n';

/** Longest piece of user text quoted in a message; a 2 MB selection must not become a 2 MB message. */
const MAX_QUOTED = 40;

/** `'text'`, shortened with an ellipsis when long. */
export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
  return `'${shown}'`;
}

/** Why a number too large for a double is no number: "'1e999' is too large to be a finite number". */
export function tooLarge(shown: string): string {
  return l10n.t('{0} is too large to be a finite number', shown);
}

/** "'abc' is not a number". */
export function notANumber(shown: string): string {
  return l10n.t('{0} is not a number', shown);
}

/** Why true or false in a cell of numbers is none. */
export function trueFalse(shown: string): string {
  return l10n.t('{0} (a true/false value) is not a number', shown);
}

/** ASCII space, no-break space, narrow no-break space (French grouping) and thin space. */
export function isSpaceLike(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Splits on any line ending (\r\n, \n, \r): pastes from Windows and old Mac exports mix them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Maps offsets to 1-based line and column. Built once per text so that many lookups (one per
 * JSON key) stay cheap instead of rescanning from the start each time.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
