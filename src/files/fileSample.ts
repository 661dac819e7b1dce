/**
 * What a file holds, read from its first rows: the columns as the core reads them (which give
 * the breakdown picker its dimensions and the report its inputs) and, for a CSV, where its
 * table lies (a platform's title lines above the header, its totals and copyright line below).
 * The head is read as the core reads a selection, so an export's number and date formats are
 * understood once, the same way, before DuckDB reads the whole file. No `vscode` import.
 */
import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs/promises';
import Papa from 'papaparse';
import { readTable, type ColumnarRows, type Failure } from '../core';
import { fail } from '../core/errors';
import type { Database } from './duckdb';
import { duckdbSource, sqlText, type CsvFrame, type FileKind } from './fileKinds';

/** Enough rows to read the columns' formats, few enough to read at once. */
const HEAD_BYTES = 1 << 20;
/** Google Ads writes a totals row per campaign type and network: a few KB. */
const TAIL_BYTES = 64 << 10;
const SAMPLE_ROWS = 2000;

export interface FileSample {
  /** The first rows as CSV text, as the core reads them (the view's table, the columns' readings). */
  readonly text: string;
  readonly reading: ColumnarRows;
  /** DuckDB's FROM item for the whole file, without the rows that are not data. */
  readonly source: string;
  /** DuckDB's type of each column by name: VARCHAR where it reads text. */
  readonly types: ReadonlyMap<string, string>;
  /** Per column, its first rows' cells as written (empty cells ''). */
  readonly cells: ReadonlyMap<string, readonly string[]>;
  /** About how many rows the file has (a CSV: its size over the head's bytes per row; Parquet: exact), for progress. */
  readonly rowEstimate?: number;
}

export async function sampleOf(
  db: Database,
  path: string,
  kind: Exclude<FileKind, 'xlsx'>,
  locale: string | undefined,
): Promise<FileSample | Failure> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const delimited = kind === 'csv' || kind === 'tsv';
  const head = delimited ? await headText(path) : undefined;
  const frame = head !== undefined ? await csvFrame(path, head, locale) : undefined;
  if (frame && 'ok' in frame) return frame;
  const read = duckdbSource(path, kind, frame);
  const source = frame && frame.notRows.length > 0 ? withoutRows(read, frame.firstColumn, frame.notRows) : read;
  let described: Record<string, unknown>[];
  let first: Record<string, unknown>[];
  try {
    described = await db.rows(`DESCRIBE SELECT * FROM ${source}`);
    first = await db.rows(`SELECT * FROM ${source} LIMIT ${SAMPLE_ROWS}`);
  } catch (error) {
    return fail('invalidSelection', l10n.t('{0} could not be read: {1}', name, messageOf(error)), { input: name });
  }
  const types = new Map(described.map((d) => [String(d.column_name), String(d.column_type)]));
  const columns = [...types.keys()];
  // A CSV's head as written keeps its number and date formats; other files as DuckDB reads them.
  const text = head !== undefined && frame ? tableLines(head, frame.skip) : csvOf(columns, first);
  const reading = readTable(text, locale !== undefined ? { locale } : {});
  if ('ok' in reading && !reading.ok) return reading;
  if (!('kind' in reading)) return fail('invalidSelection', l10n.t('{0} holds no table', name), { input: name });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const at = parsed.findIndex((row) => row.join('\u0000') === reading.columns.join('\u0000'));
  const rows = parsed.slice(at + 1);
  const cells = new Map(reading.columns.map((c, i) => [c, rows.map((row) => row[i] ?? '')]));
  const rowEstimate = await rowEstimateOf(db, path, kind, head, reading.rowCount, read);
  return { text, reading, source, types, cells, ...(rowEstimate !== undefined ? { rowEstimate } : {}) };
}

/** A CSV's rows from its size and its head's; a Parquet file's from its metadata; JSON's are not known before it is read. */
async function rowEstimateOf(
  db: Database,
  path: string,
  kind: Exclude<FileKind, 'xlsx'>,
  head: string | undefined,
  headRows: number,
  read: string,
): Promise<number | undefined> {
  if (kind === 'parquet') {
    const [row] = await db.rows(`SELECT count(*) AS n FROM ${read}`);
    return Number(row?.n ?? 0);
  }
  if (head === undefined || headRows === 0) return undefined;
  const headBytes = Buffer.byteLength(head);
  const { size } = await fs.stat(path);
  return size <= headBytes ? headRows : Math.round((size / headBytes) * headRows);
}

/** The first megabyte, cut after its last complete line. */
async function headText(path: string): Promise<string> {
  const file = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    if (bytesRead < HEAD_BYTES) return text;
    const end = text.lastIndexOf('\n');
    return end > 0 ? text.slice(0, end + 1) : text;
  } finally {
    await file.close();
  }
}

/** The last KB as lines (the first, cut, dropped); undefined when that is the whole file. */
async function tailLines(path: string): Promise<string | undefined> {
  const file = await fs.open(path, 'r');
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buffer = Buffer.alloc(size - start);
    await file.read(buffer, 0, buffer.length, start);
    const text = buffer.toString('utf8');
    return start === 0 ? undefined : text.slice(text.indexOf('\n') + 1);
  } finally {
    await file.close();
  }
}

/**
 * Where the table lies: the lines above the header (DuckDB's `skip`), and the first cells of the
 * export's own totals and footer lines at the end, which the core leaves out of the rows.
 */
async function csvFrame(
  path: string,
  head: string,
  locale: string | undefined,
): Promise<(CsvFrame & { readonly firstColumn: string }) | Failure> {
  const options = locale !== undefined ? { locale } : {};
  const reading = readTable(head, options);
  if (!reading.ok) return reading;
  const lines = head.split(/\r\n|\r|\n/);
  const header = reading.columns.join('\u0000');
  const skip = lines.findIndex((line) => firstRecord(line)?.join('\u0000') === header);
  // A small file's tail is its head: its rows after the header.
  const rows = (await tailLines(path)) ?? tableLines(head, Math.max(0, skip) + 1);
  const tail = readTable(`${lines[Math.max(0, skip)]}\n${rows}`, options);
  const notRows = tail.ok
    ? [
        ...(tail.reportedTotals ?? []).map((t) => t.label),
        ...(tail.skipped ?? [])
          .filter((s) => s.why === 'footer')
          .map((s) => firstRecord(s.text)?.[0]?.trim() ?? s.text),
      ]
    : [];
  return { skip: Math.max(0, skip), notRows: [...new Set(notRows)], firstColumn: reading.columns[0] ?? '' };
}

/** The FROM item without the rows whose first cell is one of `labels` (Total: Account, © lines). */
function withoutRows(source: string, column: string, labels: readonly string[]): string {
  const first = `"${column.replace(/"/g, '""')}"`;
  return `(SELECT * FROM ${source} WHERE COALESCE(trim(CAST(${first} AS VARCHAR)), '') NOT IN (${labels.map(sqlText).join(', ')}))`;
}

function firstRecord(line: string): string[] | undefined {
  return Papa.parse<string[]>(line).data[0];
}

/** The head from its header line on. */
function tableLines(head: string, skip: number): string {
  if (skip === 0) return head;
  let at = 0;
  for (let i = 0; i < skip && at >= 0; i++) at = head.indexOf('\n', at) + 1;
  return head.slice(at);
}

/** DuckDB's rows as CSV: dates as yyyy-mm-dd, numbers as JavaScript writes them, NULL empty. */
function csvOf(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', '');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  return Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((c) => cell(row[c]))) });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
