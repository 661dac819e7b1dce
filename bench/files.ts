/**
 * The "File reports" part of `npm run bench` (issue 19): Compute KPIs for File's report on
 * generated exports, timed against DuckDB running the same SQL alone, pandas running the code
 * Insert Report as Code writes, and, for the streaming fallback, papaparse streaming the same
 * chunks. It prints a table and the budgets; it never fails the command.
 *   npx tsx bench/files.ts [--quick]     (1e6 and 1e7 rows; --quick: 1e5 and 1e6)
 * The files are written by DuckDB into .bench/files/ (git-ignored) and kept between runs. Run by
 * tsx, it bundles itself into .bench/files.js and runs that (see bundle()).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as esbuild from 'esbuild';
import Papa from 'papaparse';
import { reportAsCode, ReportStream, type Failure, type Report, type ReportSpec } from '../src/core';
import { Database, loadDuckDb, type DuckDb } from '../src/files/duckdb';
import { sqlText } from '../src/files/fileKinds';
import { fileReport } from '../src/files/fileReport';
import { sampleOf } from '../src/files/fileSample';
import { DEBIAN_PYTHON } from '../scripts/vscode/paths';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, '.bench', 'files');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [1e5, 1e6] : [1e6, 1e7];
const SPEC: ReportSpec = { groupBy: ['Channel', 'Campaign'], period: 'month' };
const RUNS = 3;
/** A variant whose first run takes longer than this is run once. */
const LONG_MS = 60_000;
const CHUNK_BYTES = 1 << 20;
/** Bump when the generated rows change, so older files in .bench/files are not reused. */
const VERSION = 1;

type Kind = 'csv' | 'parquet' | 'jsonl';

/** The columns as ad exports have them; campaign names with commas and quotes, as CSV writes them. */
function generate(duckdb: DuckDb, rows: number, kinds: readonly Kind[]): Promise<Record<Kind, string>> {
  const markets = ['US', 'DE', 'FR', 'UK', 'ES'];
  const names = [
    ...['Brand', 'Spring, "EU"', 'Retargeting – 7d', 'Prospecting, broad', 'Launch 2026'],
    ...['Black Friday "Doorbusters"', 'Search – generic', 'Video, 15s', 'Lookalike 1%', 'Always on'],
  ];
  const campaigns = markets.flatMap((m) => names.map((n) => `${m} – ${n}`));
  const list = (values: readonly string[]) => `[${values.map(sqlText).join(', ')}]`;
  // hash(i, k): a deterministic pseudo-random UBIGINT per row and field.
  const h = (k: number, mod: number) => `CAST(hash(i, ${k}) % ${mod} AS BIGINT)`;
  const select = `
    SELECT "Day", "Channel", "Campaign", "Impressions", "Clicks", "Cost",
      CASE WHEN ${h(6, 10)} = 0 THEN NULL ELSE "Clicks" * ${h(7, 10)} // 100 END AS "Conversions",
      "Revenue", "Reach"
    FROM (
      SELECT i,
        DATE '2024-01-01' + CAST(${h(1, 400)} AS INTEGER) AS "Day",
        ${list(['Search', 'Social', 'Display', 'Video'])}[1 + ${h(2, 4)}] AS "Channel",
        ${list(campaigns)}[1 + ${h(3, campaigns.length)}] AS "Campaign",
        500 + ${h(4, 20_000)} AS "Impressions",
        (500 + ${h(4, 20_000)}) * ${h(5, 50)} // 1000 AS "Clicks",
        CAST(${h(8, 80_000)} / 100 AS DECIMAL(10, 2)) AS "Cost",
        CAST(${h(9, 500_000)} / 100 AS DECIMAL(10, 2)) AS "Revenue",
        CASE WHEN ${h(10, 1000)} = 0 THEN 42000 ELSE 50000 END AS "Reach"
      FROM range(${rows}) t(i)
    )`;
  const options: Record<Kind, string> = {
    csv: `(HEADER, DELIMITER ',')`,
    parquet: '(FORMAT parquet)',
    jsonl: '(FORMAT json)',
  };
  const files = {} as Record<Kind, string>;
  return withConnection(duckdb, async (run) => {
    fs.mkdirSync(DIR, { recursive: true });
    for (const kind of kinds) {
      const file = path.join(DIR, `campaigns-v${VERSION}-${rows}.${kind}`);
      files[kind] = file;
      if (fs.existsSync(file)) continue;
      const started = Date.now();
      await run(`COPY (${select}) TO ${sqlText(`${file}.part`)} ${options[kind]}`);
      fs.renameSync(`${file}.part`, file);
      console.log(`  wrote ${path.relative(ROOT, file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return files;
  });
}

async function withConnection<T>(duckdb: DuckDb, use: (run: (sql: string) => Promise<unknown>) => Promise<T>) {
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return await use((sql) => connection.runAndReadAll(sql));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Ours, as Compute KPIs for File runs it: the sample, then DuckDB's sums, then the core's finish. The SQL it ran is kept. */
async function ours(duckdb: DuckDb, file: string, kind: Kind): Promise<{ ms: number; sql: string }> {
  const db = await Database.open(duckdb);
  try {
    let sql = '';
    const rows = db.rows.bind(db);
    db.rows = (query, watch) => ((sql = query), rows(query, watch));
    const started = performance.now();
    const sample = await sampleOf(db, file, kind, undefined);
    if ('ok' in sample) throw new Error(`sampleOf: ${sample.error.message}`);
    const report = await fileReport(db, sample, SPEC, {});
    const ms = performance.now() - started;
    check(report, 'ours');
    return { ms, sql };
  } finally {
    db.close();
  }
}

function check(report: Report | Failure, who: string): void {
  if (!report.ok) throw new Error(`${who}: ${report.error.message}`);
  if (report.groups.length === 0) throw new Error(`${who}: no groups`);
}

/** The SQL ours ran, alone on a fresh connection. */
function duckdbAlone(duckdb: DuckDb, sql: string): Promise<number> {
  return withConnection(duckdb, async (run) => {
    const started = performance.now();
    await run(sql);
    return performance.now() - started;
  });
}

/** read_csv + the report Insert Report as Code writes, timed inside Python (its start-up left out). */
function pandas(file: string): number {
  const head = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head);
  fs.closeSync(fd);
  const columns = head.toString('utf8').split('\n', 1)[0]!.split(',');
  const code = reportAsCode(SPEC, 'pandas', { columns, table: 'df' });
  if (!code.ok) throw new Error(`reportAsCode: ${code.error.message}`);
  const program = [
    'import json, time',
    'import pandas as pd',
    'started = time.perf_counter()',
    `df = pd.read_csv(${JSON.stringify(file)})`,
    code.code,
    'print(json.dumps({"seconds": time.perf_counter() - started, "groups": len(report)}))',
  ].join('\n');
  const out = execFileSync(DEBIAN_PYTHON, ['-c', program], { encoding: 'utf8' });
  const { seconds, groups } = JSON.parse(out.trim().split('\n').pop()!) as { seconds: number; groups: number };
  if (groups <= 1) throw new Error('pandas: no groups');
  return seconds * 1000;
}

/** The file in 1 MB chunks, decoded as text. */
async function* chunks(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const bytes of fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }))
    yield decoder.decode(bytes as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function stream(file: string): Promise<number> {
  const started = performance.now();
  const report = new ReportStream(SPEC, { format: 'csv' });
  for await (const chunk of chunks(file)) report.push(chunk);
  const result = report.end();
  const ms = performance.now() - started;
  check(result, 'streaming');
  return ms;
}

/** papaparse over the same chunks, counting rows: the floor for streaming. */
function papaStream(file: string): Promise<number> {
  const started = performance.now();
  let rows = 0;
  return new Promise((resolve, reject) =>
    Papa.parse(Readable.from(chunks(file)), {
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => (rows > 1 ? resolve(performance.now() - started) : reject(new Error('papaparse: no rows'))),
      error: reject,
    }),
  );
}

/** Ours in a fresh process: its peak resident set, in bytes. */
function peakRss(file: string, kind: Kind): number {
  const out = execFileSync(process.execPath, [__filename, 'rss', file, kind], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { maxRss: number }).maxRss * 1024;
}

/**
 * This file bundled and minified as the extension is built (esbuild.js --production; DuckDB's
 * package left to Node), so the core runs as shipped: under tsx every closure the core creates
 * also goes through esbuild's keepNames helper, ~20% of the report's finishing.
 */
async function bundle(): Promise<string> {
  const child = path.join(ROOT, '.bench', 'files.js');
  await esbuild.build({
    entryPoints: [__filename],
    outfile: child,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
    external: ['@duckdb/node-api', 'esbuild'],
    logLevel: 'warning',
  });
  return child;
}

/**
 * Each variant's median of up to RUNS runs, the variants interleaved (a, b, a, b, …) so that a
 * slower or faster spell of this shared machine falls on both sides of a ratio; one run each
 * when a first run is long.
 */
async function medians(...variants: readonly (() => number | Promise<number>)[]): Promise<Timed[]> {
  const runs: number[][] = variants.map(() => []);
  do for (const [i, time] of variants.entries()) runs[i]!.push(await time());
  while (runs[0]!.length < RUNS && runs.every((r) => r[0]! < LONG_MS));
  return runs.map((r) => ({ ms: [...r].sort((a, b) => a - b)[r.length >> 1]!, runs: r.length }));
}

interface Timed {
  readonly ms: number;
  readonly runs: number;
}

interface Row {
  readonly file: string;
  readonly kind: Kind;
  readonly rows: number;
  readonly bytes: number;
  readonly ours: Timed;
  readonly duckdb: Timed;
  readonly pandas?: Timed;
  readonly stream?: Timed;
  readonly papa?: Timed;
  readonly rss: number;
}

async function measure(duckdb: DuckDb, file: string, kind: Kind, rows: number): Promise<Row> {
  console.log(`  ${path.basename(file)} …`);
  let sql = '';
  const [oursTimed, duckdbTimed] = await medians(
    async () => ({ sql } = await ours(duckdb, file, kind)).ms,
    () => duckdbAlone(duckdb, sql),
  );
  const csv = kind === 'csv';
  const [pandasTimed] = csv && fs.existsSync(DEBIAN_PYTHON) ? await medians(() => pandas(file)) : [];
  const [papa, streamed] = csv
    ? await medians(
        () => papaStream(file),
        () => stream(file),
      )
    : [];
  return {
    file: path.basename(file),
    kind,
    rows,
    bytes: fs.statSync(file).size,
    ours: oursTimed!,
    duckdb: duckdbTimed!,
    ...(pandasTimed ? { pandas: pandasTimed } : {}),
    ...(streamed ? { stream: streamed } : {}),
    ...(papa ? { papa } : {}),
    rss: peakRss(file, kind),
  };
}

function printTable(rows: readonly Row[]): void {
  const s = (t: Timed | undefined) => (t ? `${(t.ms / 1000).toFixed(2)}${t.runs < RUNS ? '¹' : ''}` : '—');
  const x = (a: Timed | undefined, b: Timed | undefined) => (a && b ? `${(a.ms / b.ms).toFixed(2)}×` : '—');
  const head = ['file', 'size MB', 'rows', 'ours s', 'DuckDB s', 'ours/DuckDB', 'pandas s', 'pandas/ours'];
  const table = [
    [...head, 'stream s', 'papaparse-stream s', 'stream/papaparse', 'peak RSS MB'],
    ...rows.map((r) => [
      r.file,
      (r.bytes / 1e6).toFixed(0),
      rowsOf(r.rows),
      s(r.ours),
      s(r.duckdb),
      x(r.ours, r.duckdb),
      s(r.pandas),
      x(r.pandas, r.ours),
      s(r.stream),
      s(r.papa),
      x(r.stream, r.papa),
      (r.rss / 1e6).toFixed(0),
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
  for (const line of table) console.log(`  ${line.map((cell, c) => cell.padStart(widths[c]!)).join('  ')}`);
  console.log(
    `  Medians of ${RUNS} runs, ours with DuckDB and the stream with papaparse interleaved; ¹ one run (a first run took over ${LONG_MS / 1000} s).`,
  );
  console.log(
    "  Ours: sample + DuckDB's sums + the core's finish, on a fresh Database (its opening not timed); DuckDB: the SQL ours ran, on a fresh instance.",
  );
}

const rowsOf = (rows: number): string => rows.toExponential(0).replace('+', '');

function printBudgets(rows: readonly Row[]): void {
  const largest = Math.max(...rows.map((r) => r.rows));
  const at = (kind: Kind) => rows.find((r) => r.rows === largest && r.kind === kind);
  const csv = at('csv')!;
  const line = (what: string, figure: number | undefined, met: (v: number) => boolean, show: string) =>
    console.log(
      `  ${what.padEnd(58)} ${figure === undefined ? 'not measured' : `${show.padEnd(34)} ${met(figure) ? 'met' : 'NOT met'}`}`,
    );
  const ratio = (a: Timed | undefined, b: Timed | undefined) => (a && b ? a.ms / b.ms : undefined);
  const others = (['parquet', 'jsonl'] as const)
    .map((k) => at(k))
    .filter((r) => r !== undefined)
    .map((r) => `${r.kind} ${(r.ours.ms / r.duckdb.ms).toFixed(2)}×`)
    .join(', ');
  console.log(
    `\n# File report budgets (issue 19), on the ${rowsOf(largest)}-row CSV (${(csv.bytes / 1e6).toFixed(0)} MB)`,
  );
  const oursDuck = ratio(csv.ours, csv.duckdb);
  line('ours ≤ 1.3× DuckDB alone (same SQL, same file)', oursDuck, (v) => v <= 1.3, `${oursDuck?.toFixed(2)}×`);
  if (others) console.log(`    (the same ratio on the other formats: ${others})`);
  const pandasOurs = ratio(csv.pandas, csv.ours);
  line(
    'ours ≥ 3× faster than pandas read_csv + report',
    pandasOurs,
    (v) => v >= 3,
    `${pandasOurs?.toFixed(2)}× faster`,
  );
  line(
    'peak RSS of ours ≤ 600 MB (budget set for the ~700 MB file)',
    csv.rss,
    (v) => v <= 600e6,
    `${(csv.rss / 1e6).toFixed(0)} MB`,
  );
  const streamPapa = ratio(csv.stream, csv.papa);
  line('streaming fallback ≤ 2× papaparse streaming', streamPapa, (v) => v <= 2, `${streamPapa?.toFixed(2)}×`);
}

async function main(): Promise<void> {
  if (!__filename.endsWith('.js')) {
    const run = spawnSync(process.execPath, [await bundle(), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
    return;
  }
  const duckdb = loadDuckDb();
  if (!duckdb) {
    console.log('\n# File reports: DuckDB (@duckdb/node-api) does not load here; skipped');
    return;
  }
  if (process.argv[2] === 'rss') {
    await ours(duckdb, process.argv[3]!, process.argv[4] as Kind);
    console.log(JSON.stringify({ maxRss: process.resourceUsage().maxRSS }));
    return;
  }
  console.log(
    `\n# File reports (issue 19): ${JSON.stringify(SPEC)} on generated exports in ${path.relative(ROOT, DIR)}/`,
  );
  const rows: Row[] = [];
  for (const size of SIZES) {
    const kinds: Kind[] = size === SIZES.at(-1) ? ['csv', 'parquet', 'jsonl'] : ['csv'];
    const files = await generate(duckdb, size, kinds);
    for (const kind of kinds) rows.push(await measure(duckdb, files[kind], kind, size));
  }
  printTable(rows);
  printBudgets(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
