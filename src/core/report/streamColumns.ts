/**
 * What the whole file tells about a column, kept as the records stream past, and a dimension
 * cell's value until it is known: the decimal evidence (table.ts' columnVerdicts: the column's
 * own, else the table's, else the format's hint) that settles an ambiguous `1,234`, and whether
 * the column holds text, which makes a "--" a label rather than no value (keepUnsetAsText).
 */
import { readNumber } from '../read/number';
import { decimalSeparatorOf, type DecimalSeparator } from '../read/locale';
import { verdictOf, type Tally, type Verdict } from '../read/evidence';
import type { ColumnCells } from '../read/table';

/** A dimension cell's token: its text, a number's text, or one of these marks before the text as written. */
const AMBIGUOUS = '\u0002';
const UNSET = '\u0003';

export class ColumnEvidence {
  private readonly tallies: Tally[];
  private readonly numbers: number[];
  private readonly words: number[];

  constructor(
    columnCount: number,
    private readonly locale: string,
    private readonly hint: DecimalSeparator | undefined,
  ) {
    this.tallies = Array.from({ length: columnCount }, () => ({ point: 0, comma: 0 }));
    this.numbers = new Array<number>(columnCount).fill(0);
    this.words = new Array<number>(columnCount).fill(0);
  }

  /** A run of records read: every column counts, as the table's evidence is every column's. */
  add(cells: readonly ColumnCells[]): void {
    cells.forEach((column, c) => {
      if (c >= this.tallies.length) return;
      this.tallies[c]!.point += column.tally.point;
      this.tallies[c]!.comma += column.tally.comma;
      this.numbers[c]! += column.numbers;
      this.words[c]! += column.words;
    });
  }

  /** Whether the column's ambiguous numbers read the other way than the locale reads them. */
  otherWay(column: number): boolean {
    const verdict = this.verdicts()[column];
    return verdict !== undefined && verdict !== 'mixed' && verdict !== decimalSeparatorOf(this.locale);
  }

  /** An ambiguous text's number: the locale's reading, or the other one. */
  numberOf(text: string, otherWay: boolean): number {
    const reading = readNumber(
      text,
      otherWay ? { locale: this.locale, decimal: otherSeparator(this.locale) } : { locale: this.locale },
    );
    return reading.ok ? reading.value : NaN;
  }

  /** A dimension token's value once the file is read. */
  valueOf(column: number, token: string | null): string | null {
    if (token === null) return null;
    const mark = token.charAt(0);
    if (mark === AMBIGUOUS) return String(this.numberOf(token.slice(1), this.otherWay(column)));
    if (mark === UNSET) return this.holdsText(column) ? token.slice(1) : null;
    return token;
  }

  /** Whether a token's value was a "no value" mark: report lists those labels after the others. */
  static isUnset(token: string | null): boolean {
    return token !== null && token.charAt(0) === UNSET;
  }

  /** A text column keeps "--" and "N/A" as labels (ColumnCells.keepUnsetAsText). */
  private holdsText(column: number): boolean {
    return this.words[column]! > 0 && this.numbers[column]! <= this.words[column]!;
  }

  private cached?: Verdict[];

  /** As columnVerdicts settles them, over the whole file; asked only at the end. */
  private verdicts(): Verdict[] {
    if (this.cached) return this.cached;
    const table = this.tallies.reduce<Tally>((sum, t) => ({ point: sum.point + t.point, comma: sum.comma + t.comma }), {
      point: 0,
      comma: 0,
    });
    const tableVerdict = verdictOf(table, this.hint);
    const fallback = tableVerdict === 'mixed' ? this.hint : tableVerdict;
    this.cached = this.tallies.map((t) => verdictOf(t, fallback));
    return this.cached;
  }
}

/**
 * Each row's token in a dimension column for one run of records: the text, a number's text
 * (`2026`, as report writes a number in a dimension), or a marked text for what the end decides.
 */
export function dimensionTokens(column: ColumnCells, rowCount: number): (string | null)[] {
  const tokens = new Array<string | null>(rowCount);
  const texts = column.texts;
  const data = column.data;
  for (let r = 0; r < rowCount; r++) {
    const index = texts ? texts.indexAt(r) : -1;
    if (index >= 0) tokens[r] = texts!.distinct[index]!;
    else {
      const value = data[r]!;
      tokens[r] = value === value ? String(value) : null;
    }
  }
  column.ambiguous.forEach((r, i) => {
    if (r < rowCount) tokens[r] = AMBIGUOUS + column.ambiguousTexts[i]!;
  });
  column.unset.forEach((r, i) => {
    if (r < rowCount) tokens[r] = UNSET + column.unsetTexts[i]!;
  });
  return tokens;
}

function otherSeparator(locale: string): DecimalSeparator {
  return decimalSeparatorOf(locale) === '.' ? ',' : '.';
}
