/**
 * The data files a piece of code reads: the path literals given to pandas', polars' and
 * DuckDB's readers (`pd.read_csv("exports/meta.csv")`, `pl.scan_parquet('x.parquet')`,
 * `duckdb.read_json(r"a.jsonl")`) and the files a DuckDB query reads by name
 * (`SELECT … FROM 'sales.parquet'`). Only literals: a path built at run time (an f-string, a
 * variable, `Path(…) / …`) is not known before the cell runs. URLs are left out: they are not
 * files on this machine.
 *   https://pandas.pydata.org/docs/reference/io.html
 *   https://docs.pola.rs/api/python/stable/reference/io.html
 *   https://duckdb.org/docs/stable/clients/python/data_ingestion
 *   https://duckdb.org/docs/stable/data/overview (FROM 'file.csv')
 */
export interface FileRead {
  /** The path the literal means: a plain string's `\\` is one backslash, a raw string's is two. */
  readonly path: string;
  /** Offsets of the literal's text inside the code, without its prefix and quotes. */
  readonly start: number;
  readonly end: number;
}

// The readers of pandas, polars and DuckDB's Python API and SQL, then the first argument as a
// plain or raw string literal, optionally named (`filepath_or_buffer=`, `source=`, `io=`).
const READER_CALL =
  /\b(?:read_csv|read_csv_auto|read_table|read_json|read_json_auto|read_ndjson|read_parquet|read_excel|scan_csv|scan_ndjson|scan_parquet|from_csv_auto|from_parquet|parquet_scan)\s*\(\s*(?:\w+\s*=\s*)?([rR]?)(['"])((?:\\.|(?!\2)[^\\\n])+)\2/g;

// DuckDB's replacement scans: a quoted file name where a table name goes.
const FROM_FILE = /\b(?:FROM|JOIN)\s+()(['"])((?:(?!\2)[^\\\n])+\.[A-Za-z]+)\2/gi;

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function filesRead(code: string): FileRead[] {
  const found = new Map<number, FileRead>();
  for (const pattern of [READER_CALL, FROM_FILE]) {
    for (const match of code.matchAll(pattern)) {
      const [whole, raw, , text] = match as unknown as [string, string, string, string];
      const path = raw ? text : text.replace(/\\(.)/g, '$1');
      if (URL.test(path)) continue;
      // The literal ends the match: its text ends one quote before the match does.
      const end = match.index + whole.length - 1;
      const start = end - text.length;
      found.set(start, { path, start, end });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
