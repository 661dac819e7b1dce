import type { Failure } from '../errors';

/** A number read with readNumber, the raw text when it is not a number, or null when empty. */
export type Cell = number | string | null;

export interface Field {
  key: string;
  value: number | null;
  /** The value as written (trimmed). */
  raw: string;
  /** Why the value is not a usable number (or how an ambiguous one was read). */
  problem?: string;
  /** 1-based line of the key in the selection. */
  line: number;
}

export interface CellProblem {
  /** 0-based index into `rows`; the message counts from 1 for people. */
  row: number;
  column: string;
  raw: string;
  message: string;
}

/**
 * A line of the selection left out of the table: an export's `#` comment (GA4), a line before
 * the header (a report title, a date range, `"Report Name: …"`), or a line after the rows (the
 * export's own totals, a copyright line, GA4's second block).
 */
export interface SkippedLine {
  /** 1-based line in the selection. */
  line: number;
  /** The line as written, trimmed; cut to 120 characters (the last one '…') when longer. */
  text: string;
  why: 'comment' | 'preamble' | 'footer';
}

/** A totals row the export wrote itself ("Total: Account", "Grand total"), kept out of the rows. */
export interface ReportedTotal {
  /** Its first non-empty cell, trimmed: "Total: Account". */
  label: string;
  /** One per column, read as that column's cells are (3.2% → 0.032); null where empty, "--" or text. */
  values: (number | null)[];
}

/** What the table readers found around the rows: set only when there is something to say. */
export interface ExportFrame {
  /** Lines left out, in order; at most 200 are listed. */
  skipped?: SkippedLine[];
  /** The export's own totals rows, top to bottom; also listed in `skipped` as 'footer'. */
  reportedTotals?: ReportedTotal[];
}

export type SelectionReading =
  /** A bare list: "120 4000", "120, 4000", one per line, "120\t4000", [120, 4000]. */
  | { ok: true; kind: 'numbers'; values: number[] }
  /** `key: value` / `key = value` lines, or one JSON object with scalar values. */
  | { ok: true; kind: 'record'; format: 'keyValue' | 'json'; fields: Field[] }
  /** A JSON list of objects (alone or as the one list in an object), or CSV/TSV with a header row. */
  | ({
      ok: true;
      kind: 'rows';
      format: 'json' | 'csv' | 'tsv';
      columns: string[];
      rows: Cell[][];
      problems: CellProblem[];
    } & ExportFrame)
  /** None of the above: the caller tries the expression parser next. */
  | { ok: true; kind: 'text' }
  | Failure;

/**
 * Rows held by column (readTable): numbers per column and, aside, the cells that are text.
 * Holds what the 'rows' reading holds without an array per row; a `Table` for aggregateTable.
 */
export interface ColumnarRows extends ExportFrame {
  ok: true;
  kind: 'table';
  format: 'json' | 'csv' | 'tsv';
  columns: string[];
  rowCount: number;
  /** Per column, the number in each row; NaN where the cell is empty or text. */
  data: Float64Array[];
  /** Per column, the cells that are text (labels, '#DIV/0!'), by row; undefined when there are none. */
  texts: (ReadonlyMap<number, string> | undefined)[];
  /** Per column, the currencies its cells name (`1.234,50 €`); absent when no cell names one. */
  currencies?: (readonly string[] | undefined)[];
  problems: CellProblem[];
}

/** What readTable returns: readSelection's readings, with rows held by column. */
export type TableReading = Exclude<SelectionReading, { kind: 'rows' }> | ColumnarRows;

export interface ReadSelectionOptions {
  /** BCP 47 tag whose decimal separator settles ambiguous numbers. Default 'en-US'. */
  locale?: string;
}
