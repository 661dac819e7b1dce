// Compute KPIs for File, without VS Code: DuckDB reads the whole file and the core finishes the
// report (src/files), against the core's report() on the file's text — the same groups and
// numbers, on every export fixture with a dimension or a date (test/fixtures/exports, each
// citing its source in SOURCES.md), by its first dimension and by month where it has dates.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { random } from '../../../bench/data';
import { report, type ReportSpec } from '../../../src/core';
import { Database, loadDuckDb } from '../../../src/files/duckdb';
import { fileKindOf } from '../../../src/files/fileKinds';
import { fileReport } from '../../../src/files/fileReport';
import { sampleOf } from '../../../src/files/fileSample';
import { EXPORT_FIXTURES } from '../../fixtures/exports/corpus';
import { assertSameReport } from '../../shared/sameReport';

const DIR = path.join(__dirname, '../../fixtures/exports');

/** By the first campaign-like column, and by month when the export has a date column. */
function specOf(fixture: (typeof EXPORT_FIXTURES)[number]): ReportSpec | undefined {
  const entries = Object.entries(fixture.columns);
  const named = entries.find(([, m]) => 'dimension' in m && !['date', 'id', 'status'].includes(m.dimension));
  const dated = entries.some(([, m]) => 'dimension' in m && m.dimension === 'date');
  if (!named && !dated) return undefined;
  return { ...(named ? { groupBy: [named[0]] } : {}), ...(dated ? { period: 'month' as const } : {}) };
}

describe('fileReport: DuckDB over the whole file gives the core report of its text', () => {
  let db: Database;
  before(async () => {
    const duckdb = loadDuckDb();
    assert.ok(duckdb, '@duckdb/node-api loads');
    db = await Database.open(duckdb);
  });
  let compared = 0;
  let refused = 0;
  after(() => {
    db.close();
    console.log(`      groups compared: ${compared}; refusals alike: ${refused}`);
  });

  for (const fixture of EXPORT_FIXTURES) {
    const kind = fileKindOf(fixture.file);
    const spec = specOf(fixture);
    if (!spec || (kind !== 'csv' && kind !== 'tsv')) continue;
    it(`${fixture.file}: ${JSON.stringify(spec)}`, async () => {
      const file = path.join(DIR, fixture.file);
      const ours = report(fs.readFileSync(file, 'utf8'), spec);
      const sample = await sampleOf(db, file, kind, undefined);
      assert.ok(!('ok' in sample), 'ok' in sample ? sample.error.message : '');
      const theirs = await fileReport(db, sample, spec, {});
      if (!ours.ok) {
        // What the core refuses, the file report refuses with the same words.
        assert.ok(!theirs.ok, `the core refuses: ${ours.error.message}`);
        assert.equal(theirs.error.message, ours.error.message);
        refused++;
        return;
      }
      if (ours.total.inputs.size === 0) {
        // The core gives groups with nothing in them (HubSpot's Amount is no quantity it knows);
        // a whole file's report says so instead of counting rows into empty groups.
        assert.ok(!theirs.ok && theirs.error.code === 'missingInput', 'a file with nothing to sum is refused');
        refused++;
        return;
      }
      assert.ok(theirs.ok, theirs.ok ? '' : theirs.error.message);
      compared += assertSameReport(theirs, ours);
    });
  }
});

describe('fileReport: Parquet, JSON Lines and JSON of the same rows give the same report', () => {
  let db: Database;
  let dir: string;
  before(async () => {
    db = await Database.open(loadDuckDb()!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-files-'));
  });
  after(() => db.close());

  const CASES: readonly { file: string; spec: ReportSpec }[] = [
    { file: 'meta-ads-campaign-daily-2months.csv', spec: { groupBy: ['Campaign name'], period: 'week' } },
    { file: 'x-ads-campaign-daily.csv', spec: { groupBy: ['Campaign'], period: 'month', compare: 'previousPeriod' } },
    { file: 'google-ads-api-gaql.csv', spec: { groupBy: ['campaign.name'] } },
  ];
  for (const c of CASES)
    for (const [kind, copy] of [
      ['parquet', '(FORMAT parquet)'],
      ['jsonl', '(FORMAT json)'],
      ['json', '(FORMAT json, ARRAY true)'],
    ] as const)
      it(`${c.file} as .${kind}: ${JSON.stringify(c.spec)}`, async () => {
        const csv = path.join(DIR, c.file);
        const ours = report(fs.readFileSync(csv, 'utf8'), c.spec);
        assert.ok(ours.ok, ours.ok ? '' : ours.error.message);
        const file = path.join(dir, c.file.replace(/\.csv$/, `.${kind}`));
        // DuckDB writes the rows it reads from the CSV: typed columns (DATE, BIGINT, DOUBLE).
        await db.rows(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${file}' ${copy}`);
        const sample = await sampleOf(db, file, kind, undefined);
        assert.ok(!('ok' in sample), 'ok' in sample ? sample.error.message : '');
        const theirs = await fileReport(db, sample, c.spec, {});
        assert.ok(theirs.ok, theirs.ok ? '' : theirs.error.message);
        assert.ok(assertSameReport(theirs, ours) > 3);
      });
});

describe('fileReport: 100,000 rows as exports write them, text money and local dates', () => {
  let db: Database;
  before(async () => {
    db = await Database.open(loadDuckDb()!);
  });
  after(() => db.close());

  /** Money as the UI exports write it (quoted, thousands separators), dates in the locale's order. */
  function generated(locale: 'en-US' | 'de-DE', rows: number): string {
    const next = random(23);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const campaigns = ['Brand', 'Spring, "EU"', 'Retargeting – 7d', 'Prospecting, broad'];
    const quote = (text: string) => (/[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const de = locale === 'de-DE';
    const money = (cents: number) => {
      const text = (cents / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      return de ? `${text} €` : `$${text}`;
    };
    const day = (d: Date) => {
      const [y, m, dd] = d.toISOString().slice(0, 10).split('-');
      return de ? `${dd}.${m}.${y}` : `${m}/${dd}/${y}`;
    };
    const lines = [`Day,Channel,Campaign,Impressions,Clicks,Cost,Conversions`];
    for (let r = 0; r < rows; r++) {
      const impressions = 500 + Math.floor(next() * 20_000);
      const clicks = Math.floor(impressions * next() * 0.05);
      lines.push(
        [
          day(new Date(Date.UTC(2025, 10, 1) + Math.floor(next() * 150) * 864e5)),
          pick(['Search', 'Social', 'Video']),
          quote(pick(campaigns)),
          impressions,
          clicks,
          quote(money(Math.floor(next() * 250_000))),
          next() < 0.1 ? '' : Math.floor(clicks * next() * 0.1),
        ].join(','),
      );
    }
    return `${lines.join('\n')}\n`;
  }

  for (const locale of ['en-US', 'de-DE'] as const)
    it(`${locale}: by channel, campaign and month, compared with the month before`, async function () {
      this.timeout(60_000);
      const text = generated(locale, 100_000);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-files-')), `campaigns-${locale}.csv`);
      fs.writeFileSync(file, text);
      const spec: ReportSpec = { groupBy: ['Channel', 'Campaign'], period: 'month', compare: 'previousPeriod' };
      const ours = report(text, spec, { locale });
      assert.ok(ours.ok, ours.ok ? '' : ours.error.message);
      const sample = await sampleOf(db, file, 'csv', locale);
      assert.ok(!('ok' in sample), 'ok' in sample ? sample.error.message : '');
      const theirs = await fileReport(db, sample, spec, { locale });
      assert.ok(theirs.ok, theirs.ok ? '' : theirs.error.message);
      assert.equal(theirs.rowCount, 100_000);
      assert.ok(assertSameReport(theirs, ours) > 50);
    });
});
