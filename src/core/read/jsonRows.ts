/**
 * The common JSON selection, a list of flat objects (`[{"clicks": 120, …}, …]` as exported
 * by ad platforms and APIs), read in one pass straight into columns: no syntax tree, no object
 * per row, no string per key or number. Anything else — comments, trailing commas, escaped
 * keys, nested values, a duplicate key, a syntax error — returns undefined, and the general
 * reader (json.ts, through jsonc-parser) reads the text and words any error. It looks at every
 * character and declines control characters, so a table it reads holds no NUL: readTable relies
 * on that to skip its own search for one.
 *
 *   rows   = ws '[' ws object (ws ',' ws object)* ws ']' ws
 *   object = '{' ws (pair (ws ',' ws pair)*)? ws '}'
 *   pair   = key ws ':' ws value
 *   value  = string | number | 'true' | 'false' | 'null'
 *
 * Rows of an export are written alike: between two values stands the same text in every row
 * (`,\n    "clicks": `, or `\n  },\n  {\n    "date": ` from one row into the next). That text is
 * read token by token the first time and then recognised as a whole, which tells the next
 * value's column at once. A column's labels (dates, campaign names) are recognised the same way
 * (jsonLabels.ts).
 */
import { isStreamFields } from './apiJson';
import { Labels } from './jsonLabels';
import { ColumnCells, finishColumns } from './table';
import { isDigit, quote, tooLarge, trueFalse } from './text';
import { PlainNumber } from './plainNumber';
import type { ColumnarRows } from './selectionTypes';

class Bail extends Error {}

export function readJsonRows(body: string, locale: string): ColumnarRows | undefined {
  try {
    return new RowsScan(body, locale).read();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

class RowsScan {
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly cells: ColumnCells[] = [];
  private readonly labels: Labels[] = [];
  private readonly plain = new PlainNumber();
  private readonly options: { locale: string };
  /**
   * gaps[k]: the text before the value of a row's k-th field, from the end of the value before
   * it (for k = 0, the last value of the row before), as last read token by token; gapColumns[k]
   * the column of that field's key. A gap that crossed an empty row is not kept.
   */
  private readonly gaps: (string | undefined)[] = [];
  private readonly gapColumns: number[] = [];
  /** The row that last set each column, to catch a key given twice in one object. */
  private setIn = new Int32Array(16).fill(-1);
  private capacity = 1024;
  private row = 0;
  /** Fields read in this row, and in the row before. */
  private length = 0;
  private width = 0;
  /** The column of the value about to be read. */
  private column = -1;
  /** Set by valueEnd: whether the string has escapes. */
  private escaped = false;

  constructor(
    private readonly text: string,
    locale: string,
  ) {
    this.options = { locale };
  }

  read(): ColumnarRows | undefined {
    const text = this.text;
    let i = skip(text, 0);
    if (text.charCodeAt(i) !== 91) return undefined;
    i = skip(text, i + 1);
    if (text.charCodeAt(i) !== 123) throw new Bail();
    i = skip(text, i + 1);
    // `[{}…`: the first row is empty, read from its closing brace as after a value.
    i = text.charCodeAt(i) === 125 ? this.slowGap(i) : this.key(i);
    while (i >= 0) i = this.next(this.value(i));
    // `[{"fieldMask": …, "requestId": …}]` is an empty Google Ads stream, not a row (apiJson.ts).
    if (isStreamFields(this.names)) throw new Bail();
    const { names, row } = this;
    const columns = finishColumns(names, this.cells, row, this.options);
    return { ok: true, kind: 'table', format: 'json', columns: names, rowCount: row, ...columns };
  }

  /** From the end of a value to the start of the next one, or -1 after the closing ']'. */
  private next(i: number): number {
    const k = this.length < this.width ? this.length : 0;
    const gap = this.gaps[k];
    if (gap === undefined || !this.text.startsWith(gap, i)) return this.slowGap(i);
    if (k === 0) this.endRow(i);
    this.enter(this.gapColumns[k]!);
    return i + gap.length;
  }

  /** `next` token by token, keeping the text read as the gap before the field it leads to. */
  private slowGap(from: number): number {
    const text = this.text;
    let i = skip(text, from);
    let k = this.length;
    let rowsEnded = 0;
    if (text.charCodeAt(i) === 44 && k > 0) i = skip(text, i + 1);
    else {
      // The row ends at this '}'; the rows end at a ']' after it, else a row begins, maybe `{}`.
      for (; text.charCodeAt(i) === 125; rowsEnded++) {
        this.endRow(i);
        i = skip(text, i + 1);
        if (text.charCodeAt(i) === 93) return this.end(i);
        if (text.charCodeAt(i) !== 44) throw new Bail();
        i = skip(text, i + 1);
        if (text.charCodeAt(i) !== 123) throw new Bail();
        i = skip(text, i + 1);
      }
      if (rowsEnded === 0) throw new Bail();
      k = 0;
    }
    i = this.key(i);
    if (rowsEnded <= 1) {
      this.gaps[k] = text.slice(from, i);
      this.gapColumns[k] = this.column;
    }
    return i;
  }

  /** The key at `i` and the ':' after it; returns where its value starts. */
  private key(i: number): number {
    const text = this.text;
    if (text.charCodeAt(i) !== 34) throw new Bail();
    const end = keyEnd(text, i + 1);
    const key = text.slice(i + 1, end);
    this.enter(this.index.get(key) ?? this.addColumn(key));
    i = skip(text, end + 1);
    if (text.charCodeAt(i) !== 58) throw new Bail();
    return skip(text, i + 1);
  }

  private addColumn(key: string): number {
    const column = this.names.push(key) - 1;
    this.index.set(key, column);
    this.cells.push(new ColumnCells(this.capacity, this.options));
    this.labels.push(new Labels());
    if (column >= this.setIn.length) {
      const grown = new Int32Array(this.setIn.length * 2).fill(-1);
      grown.set(this.setIn);
      this.setIn = grown;
    }
    return column;
  }

  /** The next value is the column's, which this row must not have set already. */
  private enter(column: number): void {
    if (this.setIn[column] === this.row) throw new Bail();
    this.setIn[column] = this.row;
    this.column = column;
    this.length++;
  }

  /** A row is read; it ends at about `i`, which is all the estimate of the rows to come needs. */
  private endRow(i: number): void {
    this.width = this.length;
    this.length = 0;
    this.row++;
    // The text read so far tells how many rows to expect: room for them at once, not by doubling.
    if (this.row >= this.capacity) {
      this.capacity = expectedRows(this.text.length, i, this.row);
      for (const column of this.cells) column.reserve(this.capacity);
    }
  }

  /** `i` at the closing ']': only whitespace may follow. */
  private end(i: number): number {
    if (skip(this.text, i + 1) !== this.text.length) throw new Bail();
    return -1;
  }

  /** Reads one value into the current column; returns the offset after it. */
  private value(i: number): number {
    const text = this.text;
    const column = this.cells[this.column]!;
    const code = text.charCodeAt(i);
    if (code === 34) return this.string(i + 1, column);
    if (code === 45 || (code >= 48 && code <= 57)) return this.number(i, column);
    if (text.startsWith('null', i)) return i + 4;
    if (text.startsWith('true', i)) return literal(column, this.row, 'true', i + 4);
    if (text.startsWith('false', i)) return literal(column, this.row, 'false', i + 5);
    throw new Bail();
  }

  /** The string whose text starts at `start`: a label of the column recognised, or its text read. */
  private string(start: number, column: ColumnCells): number {
    const text = this.text;
    const labels = this.labels[this.column]!;
    const last = labels.last;
    if (labels.repeats && last !== undefined && text.startsWith(last.written, start)) {
      column.label(this.row, last.index);
      return start + last.written.length;
    }
    // Found by indexOf, the quote that may close it is only a guess until a label matches up to it.
    const length = closingQuote(text, start) - start;
    const known = labels.find(text, start, length);
    if (known >= 0) {
      column.label(this.row, known);
      return start + length + 1;
    }
    const end = this.valueEnd(start);
    const raw = text.slice(start, end);
    const index = column.text(this.row, this.escaped ? decode(text, start - 1, end) : raw);
    if (index >= 0) labels.add(raw, index);
    return end + 1;
  }

  /**
   * A JSON number, read exactly as Number() reads its text: the readers' fast path for its digits
   * (plainNumber.ts), Number() on the text when an exponent follows.
   */
  private number(start: number, column: ColumnCells): number {
    const { text, plain } = this;
    if (!plain.scan(text, start, text.length)) throw new Bail();
    if (plain.intLength > 1 && text.charCodeAt(plain.intStart) === 48) throw new Bail();
    let i = plain.end;
    let parsed = plain.value;
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      const sign = text.charCodeAt(++i);
      if (sign === 43 || sign === 45) i++;
      const expStart = i;
      while (isDigit(text.charCodeAt(i))) i++;
      if (i === expStart) throw new Bail();
      parsed = Number(text.slice(start, i));
    }
    if (Number.isFinite(parsed)) column.number(this.row, parsed);
    else {
      const raw = text.slice(start, i);
      column.invalidCell(this.row, { raw, message: tooLarge(quote(raw)) });
    }
    return i;
  }

  /** Offset of the closing quote of a string value; sets `escaped`. Control characters are not allowed in JSON strings. */
  private valueEnd(i: number): number {
    const text = this.text;
    let escaped = false;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        this.escaped = escaped;
        return i;
      }
      if (code < 32) throw new Bail();
      if (code === 92) {
        escaped = true;
        i++;
      }
    }
    throw new Bail();
  }
}

/** Rows in `length` characters when `rows` took `offset` of them, with a little to spare. */
function expectedRows(length: number, offset: number, rows: number): number {
  return Math.ceil((length / Math.max(1, offset)) * rows * 1.02) + 16;
}

/**
 * The first quote after `start` that no backslash escapes, found without looking at the
 * characters between (which valueEnd checks); text.length when there is none.
 */
function closingQuote(text: string, start: number): number {
  for (let end = text.indexOf('"', start); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

function literal(column: ColumnCells, row: number, word: string, end: number): number {
  column.invalidCell(row, { raw: word, message: trueFalse(word) });
  return end;
}

/** Offset of the closing quote of a key. Control characters are not allowed in JSON strings; escapes are left to the general reader. */
function keyEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) return i;
    if (code < 32 || code === 92) throw new Bail();
  }
  throw new Bail();
}

function decode(text: string, open: number, close: number): string {
  try {
    return JSON.parse(text.slice(open, close + 1)) as string;
  } catch {
    throw new Bail();
  }
}

/** JSON whitespace only: a comment sends the text to the general reader. */
function skip(text: string, i: number): number {
  for (;;) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return i;
    i++;
  }
}
