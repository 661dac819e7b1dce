// ReportStream against the core's report on the whole text: the same groups (key, level, rows
// counted, in the same order), every KPI within 1e-9 relatively, the same reasons, assumptions,
// changes, notes and undated rows. The file is fed in blocks cut anywhere — 7 characters, 1 KB,
// random sizes — so cuts fall inside quotes, between the \r and \n of a line ending, inside a
// doubled quote; and read in runs small enough that what the end settles (decimal evidence,
// day order) is seen after the readings were settled on the first run.
// Data: the real export layouts of test/fixtures/exports (SOURCES.md) whose header is the first
// line, and a generated file of 20,000 rows as exports have them.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { random } from '../../../../bench/data';
import { report, ReportStream, type Failure, type Report, type ReportSpec } from '../../../../src/core';
import type { ReportStreamOptions } from '../../../../src/core/report/streamReport';
import { RecordCutter } from '../../../../src/core/report/streamRecords';
import { EXPORT_FIXTURES } from '../../../fixtures/exports/corpus';
import { assertSameReport } from '../../../shared/sameReport';

const EXPORTS = path.join(__dirname, '../../../fixtures/exports');
const fixture = (name: string): string => fs.readFileSync(path.join(EXPORTS, name), 'utf8');

/** How a file is cut into blocks: sizes in turn, the last repeated. */
interface Cut {
  readonly name: string;
  readonly sizes: () => Iterator<number>;
  readonly chunkSize?: number;
}

const fixed = (size: number): (() => Iterator<number>) =>
  function* () {
    for (;;) yield size;
  };
const randomSizes = (seed: number, max: number): (() => Iterator<number>) =>
  function* () {
    const next = random(seed);
    for (;;) yield 1 + Math.floor(next() * max);
  };

const CUTS: readonly Cut[] = [
  { name: '7-character blocks, runs of 4 KB', sizes: fixed(7), chunkSize: 4096 },
  { name: '1 KB blocks', sizes: fixed(1024) },
  { name: 'random blocks of 1 to 3,000 characters, runs of 16 KB', sizes: randomSizes(5, 3000), chunkSize: 16_384 },
  { name: 'random blocks of 1 to 200,000 characters', sizes: randomSizes(11, 200_000) },
  { name: 'one block', sizes: fixed(Number.MAX_SAFE_INTEGER) },
];

function streamed(text: string, spec: ReportSpec, options: ReportStreamOptions, cut: Cut): Report | Failure {
  const stream = new ReportStream(spec, {
    ...options,
    ...(cut.chunkSize !== undefined ? { chunkSize: cut.chunkSize } : {}),
  });
  const sizes = cut.sizes();
  for (let at = 0; at < text.length;) {
    const size = sizes.next().value as number;
    stream.push(text.slice(at, at + size));
    at += size;
  }
  return stream.end();
}

function ok<T extends Report | Failure>(result: T): Report {
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`);
  return result;
}

/** The stream gives report's report, however the file is cut; returns the groups compared. */
function assertSameAsReport(
  text: string,
  spec: ReportSpec,
  options: ReportStreamOptions = {},
  reportText = text,
  cuts: readonly Cut[] = CUTS,
): number {
  const expected = ok(report(reportText, spec, options));
  let compared = 0;
  for (const cut of cuts) {
    const actual = ok(streamed(text, spec, options, cut));
    const where = `${cut.name}: `;
    compared = assertSameReport(actual, expected);
    assert.deepEqual(
      actual.groups.map((g) => [g.level, g.key, g.rowCount, g.periodStart]),
      expected.groups.map((g) => [g.level, g.key, g.rowCount, g.periodStart]),
      `${where}the groups in report's order`,
    );
    assert.deepEqual(actual.dimensions, expected.dimensions, `${where}dimensions`);
    assert.equal(actual.rowCount, expected.rowCount, `${where}rows`);
    assert.deepEqual([...actual.undatedRows], [...expected.undatedRows], `${where}undated rows`);
    assert.deepEqual(actual.notes, expected.notes, `${where}notes`);
  }
  return compared;
}

/** An export of `rows` rows: dates, names with commas, quotes and a line break, blanks, money as "$1,234.50" in some rows. */
function generatedCsv(rows: number, seed: number, newline = '\n'): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const channels = ['Search', 'Social', 'Display', 'Video', ''];
  const campaigns = [
    'Brand',
    'Spring, "EU"',
    'Retargeting – 7d',
    'Launch 2026',
    'Prospecting, broad',
    'Two\nlines, "quoted"',
    '"Black Friday"\nweekend',
  ];
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = ['Date,Channel,Campaign,Impressions,Clicks,Cost,Conversions,Revenue,Reach'];
  for (let r = 0; r < rows; r++) {
    const day = new Date(Date.UTC(2025, 9, 1) + Math.floor(next() * 420) * 864e5).toISOString().slice(0, 10);
    const impressions = 500 + Math.floor(next() * 20_000);
    const clicks = Math.floor(impressions * next() * 0.05);
    const conversions = next() < 0.1 ? '' : String(Math.floor(clicks * next() * 0.1));
    const revenue = next() < 0.05 ? '' : (Math.floor(next() * 500_000) / 100).toFixed(2);
    const amount = Math.floor(next() * 300_000) / 100;
    const cost =
      next() < 0.25 ? quote(`$${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`) : amount.toFixed(2);
    const reach = next() < 0.999 ? '50000' : '42000';
    const date = next() < 0.002 ? '' : day;
    lines.push(
      [date, pick(channels), quote(pick(campaigns)), impressions, clicks, cost, conversions, revenue, reach].join(','),
    );
  }
  return `${lines.join(newline)}${newline}`;
}

/** The same rows as JSON Lines, and as the JSON list report reads. */
function asJson(csv: string): { lines: string; list: string } {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const records = parsed.data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v === '' ? null : v]),
    ),
  );
  const lines = records.map((r) => JSON.stringify(r));
  return { lines: `${lines.join('\n')}\n`, list: `[${lines.join(',\n')}]` };
}

describe('ReportStream: the report of a file streamed in blocks is report() of the whole text', () => {
  describe('real export layouts (test/fixtures/exports)', () => {
    const CASES: readonly { file: string; spec: ReportSpec }[] = [
      {
        file: 'meta-ads-campaign-daily-2months.csv',
        spec: { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod' },
      },
      {
        file: 'meta-ads-campaign-daily-2months.csv',
        spec: { period: 'week', metrics: ['ctr', 'cpc', 'cpl', 'frequency'] },
      },
      {
        file: 'meta-ads-campaign-daily-2months.csv',
        spec: { groupBy: ['campaign'], period: 'day', compare: 'previousYear' },
      },
      {
        file: 'meta-ads-ad-daily.csv',
        spec: { groupBy: ['campaign', 'Ad set name'], period: 'day', compare: 'previousPeriod' },
      },
      { file: 'meta-ads-ad-daily.csv', spec: { groupBy: ['Ad name'] } },
      { file: 'x-ads-campaign-daily.csv', spec: { groupBy: ['Campaign'], period: 'week', weekStart: 0 } },
      { file: 'search-console-dates.csv', spec: { period: 'month' } },
      { file: 'search-console-dates.csv', spec: { period: 'day', compare: 'previousPeriod' } },
      { file: 'ga4-data-api-flat.csv', spec: { groupBy: ['sessionDefaultChannelGroup'] } },
      { file: 'meta-ads-adset-eur.csv', spec: { groupBy: ['Campaign name', 'Ad set name'] } },
    ];
    for (const { file, spec } of CASES)
      it(`${file}, ${JSON.stringify(spec)}`, () => {
        assert.ok(assertSameAsReport(fixture(file), spec) > 1);
      });

    // Every other CSV, by its first dimension and by month where it has dates; those with a title,
    // GA4's # comments or the export's own Total rows around the table are framed as report frames them.
    const others = EXPORT_FIXTURES.filter((f) => f.file.endsWith('.csv') && !CASES.some((c) => c.file === f.file));
    for (const f of others) {
      const dimension = Object.entries(f.columns).find(([, m]) => 'dimension' in m && m.dimension !== 'date');
      const dated = Object.values(f.columns).some((m) => 'dimension' in m && m.dimension === 'date');
      const spec: ReportSpec = {
        ...(dimension ? { groupBy: [dimension[0]] } : {}),
        ...(dated ? { period: 'month' as const } : {}),
      };
      const headerFirst = fixture(f.file).split(/\r?\n/, 1)[0]!.includes(Object.keys(f.columns)[0]!);
      it(`${f.file}${headerFirst ? '' : ' (lines around the table)'}, ${JSON.stringify(spec)}`, () => {
        assertSameAsReport(fixture(f.file), spec);
      });
    }

    it("an export's own Total rows at the end are no rows, however the runs fall", () => {
      const rows = ['Campaign,Clicks,Impressions,Cost'];
      for (let r = 0; r < 500; r++) rows.push(`${['Brand', 'Search', 'Video'][r % 3]},${r % 7},${100 + r},${r % 5}.50`);
      rows.push(
        'Total: Search campaigns,999,99999,999',
        'Total: Account,9999,999999,9999',
        '',
        '©2026 Microsoft Corporation. All rights reserved.',
      );
      // \n line endings: the opening is settled after 100 lines, and the rest streams in runs.
      const text = `${rows.join('\n')}\n`;
      const spec: ReportSpec = { groupBy: ['Campaign'] };
      assert.equal(ok(report(text, spec)).rowCount, 500);
      assertSameAsReport(text, spec, {}, text, [
        ...CUTS,
        { name: 'runs of 64 characters', sizes: fixed(13), chunkSize: 64 },
      ]);
    });

    it("GA4's second block after a blank line and # comments is no rows, wherever it starts", () => {
      const lines = ['# ------', '# Traffic acquisition', '# Start date: 20260101', '# ------'];
      lines.push('Session default channel group,Sessions,Engaged sessions');
      for (let r = 0; r < 300; r++)
        lines.push(`${['Organic Search', 'Direct', 'Paid Search'][r % 3]},${100 + r},${50 + r}`);
      lines.push('', '# ------', '# Users', '# ------', 'Session default channel group,Users');
      for (let r = 0; r < 300; r++) lines.push(`Other ${r},${r}`);
      const text = `${lines.join('\n')}\n`;
      const spec: ReportSpec = { groupBy: ['Session default channel group'] };
      assert.equal(ok(report(text, spec)).rowCount, 300);
      assertSameAsReport(text, spec, {}, text, [
        ...CUTS,
        { name: 'runs of 256 characters', sizes: fixed(13), chunkSize: 256 },
      ]);
    });
  });

  describe('a generated export of 20,000 rows', () => {
    const csv = generatedCsv(20_000, 23);
    /** Each spec with the groups it has at least (the grand total counted). */
    const GENERATED_CASES: readonly [ReportSpec, number][] = [
      [{ groupBy: ['Channel', 'Campaign'], period: 'month', compare: 'previousPeriod' }, 300],
      [
        {
          groupBy: ['campaign'],
          period: 'week',
          weekStart: 0,
          metrics: ['ctr', 'cpc', 'cpa', 'cpm', 'roas', 'cvr', 'frequency'],
        },
        400,
      ],
      [{ period: 'quarter', compare: 'previousYear' }, 6],
      [{ groupBy: ['Channel'] }, 6],
      [{}, 1],
    ];
    for (const [spec, least] of GENERATED_CASES)
      it(JSON.stringify(spec), function () {
        this.timeout(60_000);
        assert.ok(assertSameAsReport(csv, spec) >= least);
      });

    it('with \\r\\n line endings, cut between the \\r and the \\n', function () {
      this.timeout(60_000);
      const crlf = generatedCsv(3000, 29, '\r\n');
      const cuts: Cut[] = [
        { name: '2-character blocks', sizes: fixed(2), chunkSize: 2048 },
        { name: 'random blocks', sizes: randomSizes(3, 500), chunkSize: 4096 },
      ];
      assertSameAsReport(crlf, { groupBy: ['Campaign'], period: 'month' }, {}, crlf, cuts);
    });

    it('as JSON Lines, against report() of the same rows as a JSON list', function () {
      this.timeout(60_000);
      const { lines, list } = asJson(generatedCsv(5000, 31));
      assertSameAsReport(lines, { groupBy: ['Channel', 'Campaign'], period: 'month' }, { format: 'jsonl' }, list);
      assertSameAsReport(lines, { groupBy: ['Campaign'], period: 'week' }, {}, list, CUTS.slice(0, 2));
    });
  });

  describe('records cut across blocks', () => {
    const QUOTED = [
      'Campaign,Day,Clicks,Impressions',
      '"Spring\nSale, ""EU""",2026-03-02,10,100',
      'Brand,2026-03-03,5,50',
    ];

    it('a quoted cell with a line break, split by the block boundary, stays one cell', () => {
      const text = `${QUOTED.join('\n')}\n`;
      const expected = ok(report(text, { groupBy: ['Campaign'] }));
      // Cut at every offset: inside the quotes, at the line break in them, between the doubled quotes.
      for (let at = 1; at < text.length; at++) {
        const stream = new ReportStream({ groupBy: ['Campaign'] });
        stream.push(text.slice(0, at));
        stream.push(text.slice(at));
        const actual = ok(stream.end());
        assert.deepEqual(
          actual.groups.map((g) => [g.key, g.rowCount]),
          [
            [{ Campaign: 'Spring\nSale, "EU"' }, 1],
            [{ Campaign: 'Brand' }, 1],
          ],
          `cut at ${at}`,
        );
        assertSameReport(actual, expected);
      }
    });

    it('RecordCutter ends records exactly where papaparse does, for \\n, \\r\\n and \\r, cut anywhere', () => {
      const next = random(41);
      const cells = [
        'plain',
        '"quoted, comma"',
        '"two\nlines"',
        '"say ""hi"""',
        '"""quoted"" first\nthen, a line"',
        '"a ""b""\r\nc"',
        '"a ""b""\rc"',
        '5" screen',
        '""',
        '',
        '"a\r\nb"',
        '"x"  ',
      ];
      for (const newline of ['\n', '\r\n', '\r']) {
        const lines = ['a,b,c'];
        for (let r = 0; r < 400; r++)
          lines.push(Array.from({ length: 3 }, () => cells[Math.floor(next() * cells.length)]!).join(','));
        const text = lines.join(newline) + newline;
        // Where papaparse ends each record: just past its line ending.
        const ends: number[] = [];
        Papa.parse<string[]>(text, { newline: newline as '\n', step: (row) => void ends.push(row.meta.cursor) });
        const whole = Papa.parse<string[]>(text, { newline: newline as '\n' }).data.slice(1, -1);
        const header = `a,b,c${newline}`;
        const cutter = new RecordCutter(',', newline);
        const rows: string[][] = [];
        let taken = header.length;
        const take = (records: string) => {
          if (records === '') return;
          taken += records.length - header.length;
          const parsed = Papa.parse<string[]>(records, { newline: newline as '\n' }).data.slice(1);
          rows.push(...parsed.filter((r) => r.length > 1 || r[0] !== ''));
        };
        for (let at = header.length; at < text.length;) {
          const size = 1 + Math.floor(next() * 40);
          cutter.push(text.slice(at, at + size));
          at += size;
          const lastEnd = Math.max(taken, ...ends.filter((end) => end <= Math.min(at, text.length)));
          assert.equal(taken + cutter.wholeLength, lastEnd, `${JSON.stringify(newline)}: whole records up to ${at}`);
          if (next() < 0.3) take(cutter.take(header));
        }
        take(cutter.rest(header));
        assert.deepEqual(rows, whole, JSON.stringify(newline));
      }
    });
  });

  describe('what the whole file settles', () => {
    it('a date cell of another format in a later block is a row without a date, not a failure', () => {
      const rows = ['Day,Campaign,Clicks,Impressions'];
      for (let r = 0; r < 300; r++) rows.push(`2026-03-${String((r % 28) + 1).padStart(2, '0')},Brand,${r},${r * 10}`);
      rows.push('03/14/2026,Brand,7,70', 'soon,Brand,1,10', '2026-04-01,Brand,2,20');
      const text = `${rows.join('\n')}\n`;
      const spec: ReportSpec = { groupBy: ['Campaign'], period: 'month' };
      const stream = new ReportStream(spec, { chunkSize: 512 });
      for (let at = 0; at < text.length; at += 100) stream.push(text.slice(at, at + 100));
      const actual = ok(stream.end());
      assert.deepEqual([...actual.undatedRows], [300, 301]);
      const undated = actual.groups.find((g) => g.level === 2 && g.key.month === null);
      assert.equal(undated?.rowCount, 2);
      assert.equal(actual.rowCount, 303);
      assertSameAsReport(text, spec);
    });

    it('03/04/2026 waits for a later cell to settle the day order: 14/03/2026 makes every date day first', () => {
      const rows = ['Date,Clicks,Impressions'];
      // Months 1–3, days 4–12: month first or day first give different months.
      for (let r = 0; r < 200; r++)
        rows.push(`${String((r % 9) + 4).padStart(2, '0')}/0${(r % 3) + 1}/2026,${r},${r * 10}`);
      // No day and no month whichever comes first: a row without a date.
      rows.push('00/05/2026,1,10', '14/03/2026,1,10');
      const text = `${rows.join('\n')}\n`;
      const spec: ReportSpec = { period: 'month', compare: 'previousPeriod' };
      assertSameAsReport(text, spec);
      const result = ok(streamed(text, spec, {}, CUTS[0]!));
      assert.deepEqual(
        result.groups.map((g) => [g.key.month, g.rowCount]),
        [
          ['2026-01', 67],
          ['2026-02', 67],
          ['2026-03', 67],
          [null, 1],
        ],
      );
      assert.deepEqual([...result.undatedRows], [200]);
    });

    it('a column mixing day-first and month-first dates fails as report fails; an ambiguous one needs a locale', () => {
      const mixed = 'Date,Clicks\n14/03/2026,1\n01/02/2026,2\n03/14/2026,3\n';
      const streamedMixed = streamed(mixed, { period: 'month' }, {}, CUTS[0]!);
      const reported = report(mixed, { period: 'month' });
      assert.ok(!streamedMixed.ok && !reported.ok);
      assert.equal(streamedMixed.error.code, 'mixedDateOrder');
      assert.equal(streamedMixed.error.code, reported.error.code);
      assert.match(streamedMixed.error.message, /row 1 has "14\/03\/2026" \(day first\) and row 3 has "03\/14\/2026"/);
      // Month first found first: the day-first cell after it is the contradiction.
      const reversed = 'Date,Clicks\n03/14/2026,1\n01/02/2026,2\n14/03/2026,3\n';
      const streamedReversed = streamed(reversed, { period: 'month' }, {}, CUTS[0]!);
      assert.ok(!streamedReversed.ok && streamedReversed.error.code === 'mixedDateOrder');

      const ambiguous = 'Date,Clicks\n01/02/2026,1\n03/04/2026,2\n';
      const failed = streamed(ambiguous, { period: 'month' }, {}, CUTS[0]!);
      assert.deepEqual(failed, report(ambiguous, { period: 'month' }));
      assert.ok(!failed.ok && failed.error.code === 'ambiguousDateOrder');
      assertSameAsReport(ambiguous, { period: 'month' }, { locale: 'en-GB' });
    });

    it("a column's decimal evidence late in the file settles its earlier ambiguous numbers (1.234)", () => {
      const rows = ['Campaign;Clicks;Cost;Impressions'];
      for (let r = 0; r < 200; r++) rows.push(`${r % 2 ? 'A' : 'B'};${r + 1};1.234;${1000 + r}`);
      // Only this last row shows the column writes ',' as its decimal: 1.234 is 1234.
      rows.push('A;3;12,5;900');
      const text = `${rows.join('\n')}\n`;
      const spec: ReportSpec = { groupBy: ['Campaign'], metrics: ['cpc', 'cpm'] };
      assertSameAsReport(text, spec);
      const cost = ok(streamed(text, spec, {}, CUTS[0]!)).total.inputs.get('cost');
      assert.equal(cost, 200 * 1234 + 12.5);
    });

    it('numbers are read as the core reads them: $1,234.50, 1.234,50 under de-DE, empty cells, "--"', () => {
      const text = [
        'Campaign,Clicks,Cost,Impressions,Conversions',
        'A,10,"$1,234.50",1000,2',
        'A,20,"1234.5",2000,',
        'B,5,--,500,1',
        'B,,"$10.00",100,--',
        '--,1,1,10,1',
      ].join('\n');
      assertSameAsReport(text, { groupBy: ['Campaign'] });
      const de = 'Kampagne;Klicks;Kosten;Impressionen\nA;10;1.234,50;1000\nB;5;2,5;500\nA;1;1.000;10\n';
      assertSameAsReport(de, { groupBy: ['Kampagne'] }, { locale: 'de-DE' });
    });

    it('an empty cell of a column that adds up is 0; a text cell or a negative count is missing, as report reads them', () => {
      const text = 'Campaign,Clicks,Impressions\nA,10,100\nA,-5,100\nB,,50\nB,3,60\nC,#DIV/0!,10\nC,4,10\n';
      assertSameAsReport(text, { groupBy: ['Campaign'] });
      const groups = ok(streamed(text, { groupBy: ['Campaign'] }, {}, CUTS[0]!)).groups;
      assert.deepEqual(
        groups.map((g) => [g.key.Campaign, g.total.notAggregable.map((n) => n.reason)]),
        [
          ['A', ['CTR has no total: clicks is missing in 1 of 2 rows']],
          ['B', []],
          ['C', ['CTR has no total: clicks is missing in 1 of 2 rows']],
        ],
      );
    });

    it('dates written as numbers (GA4 20260314, Excel serials) by a column named as dates', () => {
      assertSameAsReport('date,sessions,engagedSessions\n20260301,10,5\n20260302,20,8\n20260401,5,1\n', {
        period: 'month',
      });
      assertSameAsReport('Day,Clicks,Impressions\n46082,1,10\n46083,2,20\n46113,3,30\n', { period: 'month' });
    });
  });

  describe('failures come back from end(), never thrown', () => {
    it('a groupBy word that names no column fails as report fails, naming the word', () => {
      const text = fixture('meta-ads-campaign-daily-2months.csv');
      const spec: ReportSpec = { groupBy: ['Campaign name', 'no such column'], period: 'month' };
      const stream = new ReportStream(spec, { chunkSize: 64 });
      for (let at = 0; at < text.length; at += 7) assert.doesNotThrow(() => stream.push(text.slice(at, at + 7)));
      const result = stream.end();
      assert.ok(!result.ok);
      assert.equal(result.error.input, 'no such column');
      assert.deepEqual(result, report(text, spec));
      assert.equal(stream.end(), result, 'end() again gives the same result');
    });

    it('a spec or metric that is wrong fails before anything is read', () => {
      const badMetric = new ReportStream({ metrics: ['ctr', 'nope'] });
      badMetric.push('a,b\n1,2\n');
      assert.deepEqual(badMetric.end(), report('Campaign,Clicks\nA,1\n', { metrics: ['ctr', 'nope'] }));
      const badSpec = new ReportStream({ compare: 'previousPeriod' });
      const failed = badSpec.end();
      assert.ok(!failed.ok && failed.error.input === 'compare');
    });

    it('a period without a date column, a file with no header, an empty file, malformed quotes', () => {
      const noDate = streamed('Campaign,Clicks\nA,1\n', { period: 'month' }, {}, CUTS[0]!);
      assert.deepEqual(noDate, report('Campaign,Clicks\nA,1\n', { period: 'month' }));
      const noHeader = new ReportStream({});
      noHeader.push('1,2,3\n4,5,6\n');
      const failed = noHeader.end();
      assert.ok(!failed.ok && failed.error.code === 'invalidSelection');
      const empty = new ReportStream({}).end();
      assert.ok(!empty.ok && /empty/.test(empty.error.message));
      // In a later run than the first: the row is still the file's.
      const rows = ['Campaign,Clicks', ...Array.from({ length: 500 }, (_, r) => `A,${r}`), '"B"x,2', 'C,3'];
      const text = `${rows.join('\n')}\n`;
      const malformed = streamed(text, {}, {}, CUTS[0]!);
      assert.ok(!malformed.ok && /malformed in row 502/.test(malformed.error.message), JSON.stringify(malformed));
      assert.deepEqual(malformed, report(text, {}));
    });

    it('rowCount counts the rows read so far', () => {
      const csv = generatedCsv(2000, 3);
      const stream = new ReportStream({ groupBy: ['Channel'] }, { chunkSize: 8192 });
      const seen: number[] = [];
      for (let at = 0; at < csv.length; at += 4096) {
        stream.push(csv.slice(at, at + 4096));
        seen.push(stream.rowCount);
      }
      assert.ok(seen[0]! < seen[seen.length - 1]! && seen[seen.length - 1]! <= 2000);
      assert.equal(ok(stream.end()).rowCount, 2000);
      assert.equal(stream.rowCount, 2000);
    });
  });
});
