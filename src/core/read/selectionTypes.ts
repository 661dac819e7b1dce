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

export type SelectionReading =
  /** A bare list: "120 4000", "120, 4000", one per line, "120\t4000", [120, 4000]. */
  | { ok: true; kind: 'numbers'; values: number[] }
  /** `key: value` / `key = value` lines, or one JSON object with scalar values. */
  | { ok: true; kind: 'record'; format: 'keyValue' | 'json'; fields: Field[] }
  /** A JSON list of objects (alone or as the one list in an object), or CSV/TSV with a header row. */
  | { ok: true; kind: 'rows'; format: 'json' | 'csv' | 'tsv'; columns: string[]; rows: Cell[][]; problems: CellProblem[] }
  /** None of the above: the caller tries the expression parser next. */
  | { ok: true; kind: 'text' }
  | Failure;

/**
 * Rows held by column (readTable): numbers per column and, aside, the cells that are text.
 * Holds what the 'rows' reading holds without an array per row; a `Table` for aggregateTable.
 */
export interface ColumnarRows {
  ok: true;
  kind: 'table';
  format: 'json' | 'csv' | 'tsv';
  columns: string[];
  rowCount: number;
  /** Per column, the number in each row; NaN where the cell is empty or text. */
  data: Float64Array[];
  /** Per column, the cells that are text (labels, '#DIV/0!'), by row; undefined when there are none. */
  texts: (ReadonlyMap<number, string> | undefined)[];
  problems: CellProblem[];
}

/** What readTable returns: readSelection's readings, with rows held by column. */
export type TableReading = Exclude<SelectionReading, { kind: 'rows' }> | ColumnarRows;

export interface ReadSelectionOptions {
  /** BCP 47 tag whose decimal separator settles ambiguous numbers. Default 'en-US'. */
  locale?: string;
}
