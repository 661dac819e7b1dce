/**
 * A data file opened for its report, whoever reads it (DuckDB or the core streaming it): its
 * first rows as the core reads them, and the report of all its rows by any breakdown.
 */
import type { ColumnarRows, CoreOptions, Failure, Report, ReportSpec } from '../core';

export interface QueryProgress {
  /** How far the work is, 0–100. */
  readonly percent: number;
  /** About how many of the file's rows that is, when their number is known. */
  readonly rows?: number;
}

export interface QueryControl {
  readonly onProgress: (progress: QueryProgress) => void;
  /** Aborting it stops the work: the report then rejects with a QueryCancelled. */
  readonly signal: AbortSignal;
}

export class QueryCancelled extends Error {
  constructor() {
    super('The query was cancelled');
  }
}

export interface OpenedFile {
  /** The first rows, read as Evaluate Selection reads a table: the view's columns, the breakdown picker's choices. */
  readonly reading: ColumnarRows;
  /** The report over every row of the file. */
  report(spec: ReportSpec, options: CoreOptions, control?: QueryControl): Promise<Report | Failure>;
  /** Frees what reading the file holds (DuckDB's database, a temporary copy of a sheet). */
  close(): void;
}
