// filesRead on code as notebooks write it: pandas, polars and DuckDB readers, raw strings,
// named arguments, SQL that reads a file by name; and what it must not take for a file.
import assert from 'node:assert/strict';
import { filesRead } from '../../../../src/core';

const paths = (code: string) => filesRead(code).map((f) => f.path);

describe('filesRead', () => {
  it("finds pandas' readers' path literals, with their offsets inside the quotes", () => {
    const code = [
      'import pandas as pd',
      'meta = pd.read_csv("exports/Meta Ads, Jan 2024.csv", thousands=",")',
      "ads = pd.read_parquet('google-ads.parquet')",
      'ga4 = pd.read_excel(r"C:\\Users\\ana\\GA4 export.xlsx", sheet_name="Traffic")',
      'li = pd.read_csv("D:\\\\exports\\\\LinkedIn \\"Q1\\".csv")',
      "events = pd.read_json('events.jsonl', lines=True)",
      'tsv = pd.read_table(filepath_or_buffer="linkedin.tsv")',
    ].join('\n');
    const found = filesRead(code);
    assert.deepEqual(
      found.map((f) => f.path),
      [
        'exports/Meta Ads, Jan 2024.csv',
        'google-ads.parquet',
        'C:\\Users\\ana\\GA4 export.xlsx',
        'D:\\exports\\LinkedIn "Q1".csv',
        'events.jsonl',
        'linkedin.tsv',
      ],
    );
    // Offsets cover the literal's text as written: a plain string's escapes included.
    assert.deepEqual(
      found.map((f) => code.slice(f.start, f.end)),
      found.map((f, i) => (i === 3 ? String.raw`D:\\exports\\LinkedIn \"Q1\".csv` : f.path)),
    );
  });

  it("finds polars' and DuckDB's readers and the files a DuckDB query reads by name", () => {
    const code = [
      'lf = pl.scan_parquet("s3-free/local.parquet")',
      "df = pl.read_ndjson('tiktok.ndjson')",
      'rel = duckdb.read_csv("meta.csv")',
      'duckdb.sql("""',
      "  SELECT campaign, sum(clicks) FROM 'exports/google-ads.csv' GROUP BY ALL",
      '""")',
      "con.sql(\"SELECT * FROM read_csv_auto('a.tsv') JOIN 'b.parquet' USING (id)\")",
    ].join('\n');
    assert.deepEqual(paths(code), [
      's3-free/local.parquet',
      'tiktok.ndjson',
      'meta.csv',
      'exports/google-ads.csv',
      'a.tsv',
      'b.parquet',
    ]);
  });

  it('leaves out paths known only at run time, URLs, and tables that are not files', () => {
    const code = [
      'pd.read_csv(f"exports/{month}.csv")',
      'pd.read_csv(path)',
      'pd.read_csv(DATA / "meta.csv")',
      'pd.read_csv("https://example.com/data.csv")',
      'duckdb.sql("SELECT * FROM campaigns WHERE name = \'x.csv\'")',
      'spark.read.csv("gs://bucket/a.csv")',
      'pd.read_sql("SELECT 1", con)',
    ].join('\n');
    assert.deepEqual(paths(code), []);
  });
});
