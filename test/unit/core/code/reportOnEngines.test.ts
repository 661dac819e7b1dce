// reportAsCode run where the data lives, against the core's own report, value for value: the
// DuckDB SQL on the file itself (read_csv), SQLite's and PostgreSQL's (PGlite) SQL on the rows
// loaded into typed tables, and pandas (Debian's python3-pandas) on pd.read_csv of the file.
// Every group of every level, the grand total, each KPI: the same number, or no value in both;
// compared with a period before, each KPI's previous value, change and relative change, the
// core's group `change`, or NULL where the core has none.
// Data: Meta's daily campaign export (test/fixtures/exports, cited in SOURCES.md) and a
// generated file of 100,000 rows as exports have them (names with commas and quotes, empty
// cells, dates over two and a half years, a head count that differs between some rows, a
// campaign that starts late and pauses for a month, rows without a channel).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import Papa from 'papaparse';
import initSqlJs from 'sql.js';
import { random } from '../../../../bench/data';
import { DEBIAN_PANDAS, DEBIAN_PYTHON } from '../../../../scripts/vscode/paths';
import { assertSameReport } from '../../../shared/sameReport';
import { report, reportAsCode, reportSumsQuery, type ReportSpec, type SqlDialect } from '../../../../src/core';

/** A group's KPIs by key: [level, ...dimension values, period's first day] → metric → value. */
type Groups = Map<string, Map<string, number>>;

interface Case {
  readonly title: string;
  readonly file: string;
  readonly spec: ReportSpec & { metrics: string[] };
  /** The data has no compared period for any group: every comparison column NULL. */
  readonly noneBefore?: true;
}

const FIXTURE = path.join(__dirname, '../../../fixtures/exports/meta-ads-campaign-daily-2months.csv');

function generatedFile(rows: number): string {
  const next = random(19);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const channels = ['Search', 'Social', 'Display', 'Video'];
  const campaigns = ['Brand', 'Spring, "EU"', 'Retargeting – 7d', 'Launch 2026', 'Prospecting, broad'];
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ['Date,Channel,Campaign,Impressions,Clicks,Cost,Conversions,Revenue,Reach'];
  for (let r = 0; r < rows; r++) {
    // 2025-10-01 to 2028-03-18: a year before each period from October 2026 on, ISO weeks 2026-W53
    // and 2027-W01 (a year after a year of 53 weeks), and 29 February 2028.
    const day = new Date(Date.UTC(2025, 9, 1) + Math.floor(next() * 900) * 864e5).toISOString().slice(0, 10);
    const impressions = 500 + Math.floor(next() * 20_000);
    const clicks = Math.floor(impressions * next() * 0.05);
    const conversions = next() < 0.1 ? '' : String(Math.floor(clicks * next() * 0.1));
    const revenue = (Math.floor(next() * 500_000) / 100).toFixed(2);
    const cost = (Math.floor(next() * 80_000) / 100).toFixed(2);
    // One reach for most rows: groups whose rows all say 50000 keep it, the others have none.
    const reach = next() < 0.999 ? '50000' : '42000';
    // No channel on a few rows: a group of its own, compared with the same group before.
    const channel = next() < 0.002 ? '' : pick(channels);
    // The launch campaign starts in 2026 and pauses in July 2026: August is compared with no
    // July (no previous value), never with June, and July 2027 with no July 2026.
    const picked = pick(campaigns);
    const paused = picked === 'Launch 2026' && (day < '2026-01-01' || day.startsWith('2026-07'));
    const campaign = paused ? 'Brand' : picked;
    lines.push([day, channel, quote(campaign), impressions, clicks, cost, conversions, revenue, reach].join(','));
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-report-')), 'campaigns-100k.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const generated = generatedFile(100_000);

/**
 * Months whose values the large files never have: a ROI from a loss (−0.5) to a profit (+0.5),
 * whose relative change is +2 over the loss's magnitude, not −2; a CTR and a ROI of 0 the month
 * before (a change, no relative change); a month without conversions (no CPA: no change from
 * it); a campaign with a month missing; rows without a campaign in two months running.
 */
function edgeFile(): string {
  const lines = [
    'Date,Campaign,Clicks,Impressions,Cost,Conversions,Gross profit',
    '2026-01-10,Loss then profit,0,1000,100,0,50',
    '2026-02-10,Loss then profit,120,1000,100,3,150',
    '2026-03-10,Loss then profit,80,1000,100,2,100',
    '2026-04-10,Loss then profit,80,1000,100,2,120',
    '2026-01-12,Steady,50,500,40,1,80',
    '2026-03-12,Steady,60,500,40,2,80',
    '2026-01-15,,30,300,20,1,10',
    '2026-02-15,,40,300,30,1,60',
  ];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-report-')), 'edge-months.csv');
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const CASES: readonly Case[] = [
  {
    title: "Meta's daily campaign export, by campaign and month",
    file: FIXTURE,
    spec: { groupBy: ['Campaign name'], period: 'month', metrics: ['ctr', 'cpc', 'cpl', 'cpm', 'frequency'] },
  },
  {
    title: 'Meta, by week (ISO, Monday)',
    file: FIXTURE,
    spec: { period: 'week', metrics: ['ctr', 'cpc', 'cpl'] },
  },
  {
    title: "Meta's export by campaign and month, compared with the month before (no leads in one February)",
    file: FIXTURE,
    spec: {
      groupBy: ['Campaign name'],
      period: 'month',
      compare: 'previousPeriod',
      metrics: ['ctr', 'cpc', 'cpl', 'cpm', 'frequency'],
    },
  },
  {
    title: "Meta's export by ISO week, compared with the week before (a week without rows between)",
    file: FIXTURE,
    spec: { period: 'week', compare: 'previousPeriod', metrics: ['ctr', 'cpc', 'cpl'] },
  },
  {
    // Each campaign runs every other week: no week has the week before it, never the one two before.
    title:
      "Meta's export by campaign and ISO week, compared with the week before: each campaign's weeks two apart, all NULL",
    file: FIXTURE,
    spec: { groupBy: ['Campaign name'], period: 'week', compare: 'previousPeriod', metrics: ['ctr', 'cpl'] },
    noneBefore: true,
  },
  {
    title: "Meta's export by campaign and week, compared with the same week a year before: none, all NULL",
    file: FIXTURE,
    spec: { groupBy: ['Campaign name'], period: 'week', compare: 'previousYear', metrics: ['ctr', 'cpl'] },
    noneBefore: true,
  },
  {
    title: 'A loss turned profit, a rate from 0 and rows without a campaign, by campaign and month, compared',
    file: edgeFile(),
    spec: { groupBy: ['Campaign'], period: 'month', compare: 'previousPeriod', metrics: ['roi', 'ctr', 'cpa'] },
  },
  {
    title: '100,000 generated rows, by channel, campaign and month, compared with the same month a year before',
    file: generated,
    spec: {
      groupBy: ['Channel', 'Campaign'],
      period: 'month',
      compare: 'previousYear',
      metrics: ['ctr', 'cpc', 'cpa', 'cpm', 'roas', 'cvr', 'frequency'],
    },
  },
  {
    title: '100,000 generated rows, by channel and quarter, compared with the quarter before',
    file: generated,
    spec: { groupBy: ['Channel'], period: 'quarter', compare: 'previousPeriod', metrics: ['ctr', 'cpa', 'roas'] },
  },
  {
    title: '100,000 generated rows, by campaign and month, compared with the month before (a paused month)',
    file: generated,
    spec: { groupBy: ['Campaign'], period: 'month', compare: 'previousPeriod', metrics: ['ctr', 'cpa', 'roas'] },
  },
  {
    title: '100,000 generated rows, by channel and ISO week, compared with the same week a year before (2026-W53)',
    file: generated,
    spec: { groupBy: ['Channel'], period: 'week', compare: 'previousYear', metrics: ['ctr', 'cpa', 'roas'] },
  },
  {
    title: '100,000 generated rows, by day, compared with the same day a year before (29 February 2028)',
    file: generated,
    spec: { period: 'day', compare: 'previousYear', metrics: ['ctr', 'roas'] },
  },
  {
    title: '100,000 generated rows, by campaign and week from Sunday, compared with 52 weeks before',
    file: generated,
    spec: { groupBy: ['Campaign'], period: 'week', weekStart: 0, compare: 'previousYear', metrics: ['cpc', 'roas'] },
  },
];

/** The columns of a KPI's comparison, as reportAsCode names them, with the core's `change` field each holds. */
const CHANGE_COLUMNS = [
  ['_previous', 'previous'],
  ['_change', 'absolute'],
  ['_change_pct', 'relative'],
] as const;

/** The KPI columns a case's code gives: each metric, and its comparison when the spec compares. */
function resultColumns(spec: ReportSpec & { metrics: string[] }): string[] {
  return spec.compare
    ? spec.metrics.flatMap((id) => [id, ...CHANGE_COLUMNS.map(([suffix]) => `${id}${suffix}`)])
    : spec.metrics;
}

const header = (file: string): string[] => fs.readFileSync(file, 'utf8').split('\n', 1)[0]!.split(',');
const iso = (day: number): string => new Date(day * 864e5).toISOString().slice(0, 10);

function coreGroups(c: Case): Groups {
  const result = report(fs.readFileSync(c.file, 'utf8'), c.spec);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  const groups: Groups = new Map();
  const depth = result.dimensions.length;
  const keyOf = (level: number, values: (string | null)[]) =>
    JSON.stringify([level, ...values, ...Array<null>(depth - values.length).fill(null)]);
  for (const group of result.groups) {
    const values = result.dimensions
      .slice(0, group.level)
      .map((d) => (d.kind === 'period' ? iso(group.periodStart!) : group.key[d.name]!));
    const kpis = new Map(group.total.results.map((m) => [m.id, m.value]));
    // The comparison's columns hold the core's change, where it has one (groups at the period level).
    for (const id of c.spec.metrics)
      for (const [suffix, field] of CHANGE_COLUMNS) {
        const value = group.change?.[id]?.[field];
        if (value !== null && value !== undefined) kpis.set(`${id}${suffix}`, value);
      }
    groups.set(keyOf(group.level, values), kpis);
  }
  groups.set(keyOf(0, []), new Map(result.total.results.map((m) => [m.id, m.value])));
  return groups;
}

/** An engine's rows into groups: `keys` are the dimension columns then the period, `grouping_level` the level. */
function groupsOf(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
  metrics: readonly string[],
): Groups {
  const groups: Groups = new Map();
  for (const row of rows) {
    const level = Number(row.grouping_level);
    const values = keys.map((k, i) => (i < level ? textOf(row[k]) : null));
    const kpis = new Map<string, number>();
    for (const id of metrics) {
      const value = row[id] === null || row[id] === undefined ? NaN : Number(row[id]);
      if (Number.isFinite(value)) kpis.set(id, value);
    }
    groups.set(JSON.stringify([level, ...values]), kpis);
  }
  return groups;
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}( 00:00:00)?/.test(text) ? text.slice(0, 10) : text;
}

function assertSameGroups(theirs: Groups, ours: Groups, engine: string): number {
  assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort(), `${engine}: the same groups`);
  let compared = 0;
  for (const [key, kpis] of ours) {
    const other = theirs.get(key)!;
    assert.deepEqual([...other.keys()].sort(), [...kpis.keys()].sort(), `${engine} ${key}: the same KPIs have values`);
    for (const [id, value] of kpis) {
      const got = other.get(id)!;
      assert.ok(
        Math.abs(got - value) <= 1e-9 * Math.max(1, Math.abs(value)),
        `${engine} ${key} ${id}: ${got}, the core ${value}`,
      );
      compared++;
    }
  }
  return compared;
}

function codeFor(c: Case, target: 'sql' | 'pandas', dialect: SqlDialect, table: string) {
  const code = reportAsCode(c.spec, target, { dialect, columns: header(c.file), table });
  assert.ok(code.ok, code.ok ? '' : code.error.message);
  return code.code;
}

function keyColumns(c: Case): string[] {
  return [
    ...(c.spec.groupBy ?? []).map((g) => g.toLowerCase().replace(/[^a-z0-9]+/g, '_')),
    ...(c.spec.period ? [c.spec.period] : []),
  ];
}

/** The file's rows as typed cells: numbers where the column holds numbers, else text; empty cells null. */
function typedRows(file: string): { columns: string[]; rows: (string | number | null)[][]; numeric: boolean[] } {
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8').trim(), { skipEmptyLines: true });
  const [columns, ...rows] = parsed.data as string[][];
  const numeric = columns!.map((_, c) => rows.every((row) => row[c] === '' || /^-?\d+(\.\d+)?$/.test(row[c]!)));
  return {
    columns: columns!,
    numeric,
    rows: rows.map((row) => row.map((cell, c) => (cell === '' ? null : numeric[c] ? Number(cell) : cell))),
  };
}

/** Each file loaded once per engine, for every case that reads it; closed when the tests are done. */
function loadedOnce<T>(load: (file: string) => Promise<T>, close: (db: T) => unknown) {
  const loaded = new Map<string, Promise<T>>();
  return {
    of(file: string): Promise<T> {
      if (!loaded.has(file)) loaded.set(file, load(file));
      return loaded.get(file)!;
    },
    async closeAll(): Promise<void> {
      for (const db of loaded.values()) await close(await db);
      loaded.clear();
    },
  };
}

const sqlite = loadedOnce(
  async (file) => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    const { columns, rows, numeric } = typedRows(file);
    const quoted = columns.map((name) => `"${name}"`);
    db.run(`CREATE TABLE exports (${quoted.map((q, i) => `${q} ${numeric[i] ? 'NUMERIC' : 'TEXT'}`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO exports VALUES (${columns.map(() => '?').join(', ')})`);
    db.run('BEGIN');
    for (const row of rows) insert.run(row);
    db.run('COMMIT');
    insert.free();
    return db;
  },
  (db) => db.close(),
);

const postgres = loadedOnce(
  async (file) => {
    const db = new PGlite();
    const { columns, rows, numeric } = typedRows(file);
    const types = columns.map((name, i) =>
      /date|day/i.test(name)
        ? 'DATE'
        : numeric[i]
          ? rows.every((r) => r[i] === null || Number.isInteger(r[i]))
            ? 'BIGINT'
            : 'NUMERIC(14, 2)'
          : 'TEXT',
    );
    await db.exec(`CREATE TABLE exports (${columns.map((name, i) => `"${name}" ${types[i]}`).join(', ')})`);
    // COPY from a file PGlite reads: the fastest way to 100,000 rows.
    const csv = Papa.unparse({ fields: columns, data: rows.map((r) => r.map((v) => (v === null ? '' : v))) });
    await db.query(`COPY exports FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([csv]) });
    return db;
  },
  (db) => db.close(),
);

describe("reportAsCode: the SQL and pandas of a report give the core report's numbers on real engines", () => {
  after(async function () {
    this.timeout(30_000);
    await sqlite.closeAll();
    await postgres.closeAll();
  });
  const counts = new Map<string, number>();
  after(() => {
    const line = [...counts].map(([engine, n]) => `${engine} ${n}`).join(', ');
    console.log(`      values compared with the core's report: ${line}`);
  });
  const add = (engine: string, n: number) => counts.set(engine, (counts.get(engine) ?? 0) + n);

  for (const c of CASES) {
    describe(c.title, () => {
      let ours: Groups;
      before(function () {
        // The core's report of 100,000 rows by day: a few seconds on a busy machine.
        this.timeout(60_000);
        ours = coreGroups(c);
        assert.ok(ours.size > 1);
        // A comparison compares something, but where the data has no period before (the export's two months).
        const changes = [...ours.values()].filter((kpis) => [...kpis.keys()].some((k) => k.endsWith('_previous')));
        assert.equal(changes.length > 0, c.spec.compare !== undefined && c.noneBefore !== true);
      });

      it('DuckDB, straight from the file (read_csv)', async function () {
        this.timeout(60_000);
        const instance = await DuckDBInstance.create(':memory:');
        const connection = await instance.connect();
        try {
          const sql = codeFor(c, 'sql', 'duckdb', `read_csv('${c.file}', header = true)`);
          const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
          add('DuckDB', assertSameGroups(groupsOf(rows, keyColumns(c), resultColumns(c.spec)), ours, 'DuckDB'));
        } finally {
          connection.closeSync();
          instance.closeSync();
        }
      });

      it('SQLite (sql.js), the rows in a table with INTEGER and REAL columns', async function () {
        this.timeout(60_000);
        const db = await sqlite.of(c.file);
        const result = db.exec(codeFor(c, 'sql', 'sqlite', 'exports'))[0]!;
        const objects = result.values.map((v) => Object.fromEntries(result.columns.map((name, i) => [name, v[i]])));
        add('SQLite', assertSameGroups(groupsOf(objects, keyColumns(c), resultColumns(c.spec)), ours, 'SQLite'));
      });

      it('PostgreSQL (PGlite), the rows in a table with BIGINT, NUMERIC and DATE columns', async function () {
        this.timeout(120_000);
        const db = await postgres.of(c.file);
        const result = await db.query<Record<string, unknown>>(codeFor(c, 'sql', 'postgresql', 'exports'));
        const groups = groupsOf(result.rows, keyColumns(c), resultColumns(c.spec));
        add('PostgreSQL', assertSameGroups(groups, ours, 'PostgreSQL'));
      });

      it("pandas (Debian's python3-pandas), on pd.read_csv of the file", function () {
        this.timeout(120_000);
        assert.ok(fs.existsSync(DEBIAN_PANDAS), "Debian's pandas is not installed: npm test installs it as root");
        const code = codeFor(c, 'pandas', 'portable', 'df');
        const program = [
          'import pandas as pd',
          `df = pd.read_csv(${JSON.stringify(c.file)})`,
          code,
          // NaN as null, periods as ISO dates.
          'print(report.to_json(orient="records", date_format="iso"))',
        ].join('\n');
        const output = execFileSync(DEBIAN_PYTHON, ['-c', program], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const rows = JSON.parse(output) as Record<string, unknown>[];
        add('pandas', assertSameGroups(groupsOf(rows, keyColumns(c), resultColumns(c.spec)), ours, 'pandas'));
      });
    });
  }
});

describe('reportSumsQuery: DuckDB sums the file, the core finishes the report (Compute KPIs for File)', () => {
  const SUMS_CASES: readonly { title: string; file: string; spec: ReportSpec }[] = [
    ...CASES,
    {
      title: "Meta's export by campaign and month, compared with the month before, every KPI it determines",
      file: FIXTURE,
      spec: { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod' },
    },
    {
      title: '100,000 generated rows by channel and week, compared with the week before',
      file: generated,
      spec: {
        groupBy: ['Channel'],
        period: 'week',
        compare: 'previousPeriod',
        metrics: ['ctr', 'cpa', 'roas', 'frequency'],
      },
    },
  ];
  for (const c of SUMS_CASES)
    it(c.title, async function () {
      this.timeout(60_000);
      const ours = report(fs.readFileSync(c.file, 'utf8'), c.spec);
      assert.ok(ours.ok, ours.ok ? '' : ours.error.message);
      const query = reportSumsQuery(c.spec, { columns: header(c.file), table: `read_csv('${c.file}', header = true)` });
      assert.ok(query.ok, query.ok ? '' : query.error.message);
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        const rows = (await connection.runAndReadAll(query.sql)).getRowObjectsJS();
        assert.ok(assertSameReport(query.finish(rows), ours) > 3);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
});
