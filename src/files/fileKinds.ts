/**
 * The files Compute KPIs for File reads, by extension, and how DuckDB reads each: CSV and TSV
 * with its sniffer, JSON as an array of objects or one object per line, Parquet as it is.
 * Workbooks (.xlsx) are read by the workbook reader into CSV first: DuckDB's excel extension
 * installs from the network. No `vscode` import.
 *   https://duckdb.org/docs/stable/data/csv/overview, /data/json/overview, /data/parquet/overview
 */
export type FileKind = 'csv' | 'tsv' | 'json' | 'jsonl' | 'parquet' | 'xlsx';

const KINDS: Readonly<Record<string, FileKind>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.xlsx': 'xlsx',
};

export const FILE_EXTENSIONS = Object.keys(KINDS);

export function fileKindOf(name: string): FileKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : KINDS[name.slice(dot).toLowerCase()];
}

/** What a CSV's head and tail say about lines around its table (platform titles, totals, a copyright line). */
export interface CsvFrame {
  /** Lines before the header. */
  readonly skip: number;
  /** First cells, trimmed, of rows that are not data: the export's totals and footer lines. */
  readonly notRows: readonly string[];
}

/** A SQL string literal. */
export function sqlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The FROM item that reads the file. */
export function duckdbSource(path: string, kind: Exclude<FileKind, 'xlsx'>, frame?: CsvFrame): string {
  const file = sqlText(path);
  switch (kind) {
    case 'csv':
    case 'tsv': {
      const options = [
        'header = true',
        ...(kind === 'tsv' ? [`delim = '\\t'`] : []),
        ...(frame && frame.skip > 0 ? [`skip = ${frame.skip}`] : []),
        // A footer line ("©2024 Microsoft Corporation…") has fewer fields than the header.
        'null_padding = true',
      ];
      return `read_csv(${file}, ${options.join(', ')})`;
    }
    case 'json':
      return `read_json(${file}, format = 'array')`;
    case 'jsonl':
      return `read_json(${file}, format = 'newline_delimited')`;
    case 'parquet':
      return `read_parquet(${file})`;
  }
}
