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
 */
import { isStreamFields } from './apiJson';
import { ColumnCells, finishColumns } from './table';
import { isDigit, quote } from './text';
import { PlainNumber } from './plainNumber';
import type { ColumnarRows } from './selectionTypes';

class Bail extends Error {}

export function readJsonRows(body: string, locale: string): ColumnarRows | undefined {
  try {
    return scan(body, locale);
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

function scan(text: string, locale: string): ColumnarRows | undefined {
  const n = text.length;
  const options = { locale };
  const plain = new PlainNumber();
  let i = skip(text, 0);
  if (text.charCodeAt(i) !== 91) return undefined;
  i = skip(text, i + 1);
  const names: string[] = [];
  const index = new Map<string, number>();
  const cells: ColumnCells[] = [];
  /** Each key's characters, to compare a key in place without cutting it out of the text. */
  const codes: Uint16Array[] = [];
  /** The row that last set each column, to catch a key given twice in one object. */
  let setIn: Int32Array = new Int32Array(16).fill(-1);
  /** This row's and the previous row's keys in order: a row's keys are expected to match the last one's. */
  let shape: Int32Array = new Int32Array(16);
  let previous: Int32Array = new Int32Array(16);
  let previousLength = 0;
  let capacity = 1024;
  let row = 0;
  for (;;) {
    if (text.charCodeAt(i) !== 123) throw new Bail();
    i = skip(text, i + 1);
    let length = 0;
    if (text.charCodeAt(i) !== 125) {
      for (;;) {
        if (text.charCodeAt(i) !== 34) throw new Bail();
        // The key: the one at the same place in the previous row, compared in place.
        let column = length < previousLength ? previous[length]! : -1;
        let end = column >= 0 ? keyEnd(text, i + 1, codes[column]!) : -1;
        if (end < 0) {
          end = stringEnd(text, i + 1, false);
          const key = text.slice(i + 1, end);
          column = index.get(key) ?? -1;
          if (column < 0) {
            column = names.push(key) - 1;
            index.set(key, column);
            cells.push(new ColumnCells(capacity, options));
            codes.push(codeUnits(key));
            if (column >= setIn.length) {
              setIn = grow(setIn, -1);
              shape = grow(shape, 0);
              previous = grow(previous, 0);
            }
          }
        }
        if (setIn[column] === row) throw new Bail();
        setIn[column] = row;
        shape[length++] = column;
        i = skip(text, end + 1);
        if (text.charCodeAt(i) !== 58) throw new Bail();
        i = value(text, skip(text, i + 1), cells[column]!, row, plain);
        i = skip(text, i);
        const next = text.charCodeAt(i);
        if (next === 125) break;
        if (next !== 44) throw new Bail();
        i = skip(text, i + 1);
      }
    }
    const swap = shape;
    shape = previous;
    previous = swap;
    previousLength = length;
    row++;
    // The text read so far tells how many rows to expect: room for them at once, not by doubling.
    if (row >= capacity) {
      capacity = expectedRows(n, i, row);
      for (const column of cells) column.reserve(capacity);
    }
    i = skip(text, i + 1);
    const next = text.charCodeAt(i);
    if (next === 93) break;
    if (next !== 44) throw new Bail();
    i = skip(text, i + 1);
  }
  if (skip(text, i + 1) !== n) throw new Bail();
  // `[{"fieldMask": …, "requestId": …}]` is an empty Google Ads stream, not a row (apiJson.ts).
  if (isStreamFields(names)) throw new Bail();
  const columns = finishColumns(names, cells, row, { locale });
  return { ok: true, kind: 'table', format: 'json', columns: names, rowCount: row, ...columns };
}

/** Rows in `length` characters when `rows` took `offset` of them, with a little to spare. */
function expectedRows(length: number, offset: number, rows: number): number {
  return Math.ceil((length / Math.max(1, offset)) * rows * 1.02) + 16;
}

/** Where the key starting at `start` ends (its closing quote) if it is exactly `key`, else -1. */
function keyEnd(text: string, start: number, key: Uint16Array): number {
  const length = key.length;
  for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== key[k]) return -1;
  return text.charCodeAt(start + length) === 34 ? start + length : -1;
}

function codeUnits(key: string): Uint16Array {
  const out = new Uint16Array(key.length);
  for (let k = 0; k < key.length; k++) out[k] = key.charCodeAt(k);
  return out;
}

function grow(array: Int32Array, fill: number): Int32Array {
  const out = new Int32Array(array.length * 2).fill(fill);
  out.set(array);
  return out;
}

/** Reads one value into the column; returns the offset after it. */
function value(text: string, i: number, column: ColumnCells, row: number, plain: PlainNumber): number {
  const code = text.charCodeAt(i);
  if (code === 34) {
    const end = stringEnd(text, i + 1, true);
    const raw = text.slice(i + 1, end);
    column.text(row, raw.includes('\\') ? decode(text, i, end) : raw);
    return end + 1;
  }
  if (code === 45 || (code >= 48 && code <= 57)) return number(text, i, column, row, plain);
  if (text.startsWith('null', i)) return i + 4;
  if (text.startsWith('true', i)) return literal(column, row, 'true', i + 4);
  if (text.startsWith('false', i)) return literal(column, row, 'false', i + 5);
  throw new Bail();
}

function literal(column: ColumnCells, row: number, word: string, end: number): number {
  column.invalidCell(row, { raw: word, message: `${word} (a true/false value) is not a number` });
  return end;
}

/**
 * A JSON number, read exactly as Number() reads its text: the readers' fast path for its digits
 * (plainNumber.ts), Number() on the text when an exponent follows.
 */
function number(text: string, start: number, column: ColumnCells, row: number, plain: PlainNumber): number {
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
  if (Number.isFinite(parsed)) column.number(row, parsed);
  else {
    const raw = text.slice(start, i);
    column.invalidCell(row, { raw, message: `${quote(raw)} is too large to be a finite number` });
  }
  return i;
}

/** Offset of the closing quote. Control characters are not allowed in JSON strings; escapes only in values. */
function stringEnd(text: string, i: number, escapes: boolean): number {
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) return i;
    if (code < 32 || (code === 92 && !escapes)) throw new Bail();
    if (code === 92) i++;
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
