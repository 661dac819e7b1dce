import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { report, type Report, type ReportGroup } from '../../../../src/core';

const EXPORTS = path.join(__dirname, '../../../fixtures/exports');
const fixture = (name: string): string => fs.readFileSync(path.join(EXPORTS, name), 'utf8');

function ok(result: ReturnType<typeof report>): Report {
  assert.ok(result.ok, JSON.stringify(result));
  return result;
}

const value = (group: ReportGroup | Report, id: string): number | undefined =>
  group.total.results.find((r) => r.id === id)?.value;
const find = (r: Report, key: Record<string, string | null>): ReportGroup => {
  const group = r.groups.find((g) => JSON.stringify(g.key) === JSON.stringify(key));
  assert.ok(group, `no group ${JSON.stringify(key)} among ${r.groups.map((g) => JSON.stringify(g.key)).join(' ')}`);
  return group;
};

describe('report: KPIs by campaign and month of a Meta Ads Manager export (meta-ads-campaign-daily-2months.csv)', () => {
  const meta = () =>
    ok(
      report(fixture('meta-ads-campaign-daily-2months.csv'), {
        groupBy: ['campaign'],
        period: 'month',
        compare: 'previousPeriod',
      }),
    );

  it('groups depth first: each campaign, then its months in time order, rows in input order', () => {
    const r = meta();
    assert.deepEqual(
      r.dimensions.map((d) => [d.name, d.column, d.kind]),
      [
        ['campaign', 'Campaign name', 'dimension'],
        ['month', 'Day', 'period'],
      ],
    );
    assert.deepEqual(
      r.groups.map((g) => [g.level, ...Object.values(g.key), Array.from(g.rows).join(' ')]),
      [
        [1, 'Lead Gen – Webinar', '0 1 3 4'],
        [2, 'Lead Gen – Webinar', '2024-02', '0 1'],
        [2, 'Lead Gen – Webinar', '2024-03', '3 4'],
        [1, 'Retargeting, "Cart" 7d', '2 5 6'],
        [2, 'Retargeting, "Cart" 7d', '2024-02', '2'],
        [2, 'Retargeting, "Cart" 7d', '2024-03', '5 6'],
      ],
    );
  });

  it('each group is a ratio of sums: cost per lead 460 / 20, not the mean of the days', () => {
    const r = meta();
    assert.equal(value(find(r, { campaign: 'Lead Gen – Webinar' }), 'cpl'), 23);
    assert.equal(value(find(r, { campaign: 'Lead Gen – Webinar', month: '2024-02' }), 'cpl'), 22);
    assert.equal(value(find(r, { campaign: 'Lead Gen – Webinar', month: '2024-03' }), 'ctr'), 260 / 17000);
    // The mean of the days' CPLs would be (30 + 18) / 2 = 24 for March too: a different sum makes the point.
    assert.equal(value(find(r, { campaign: 'Retargeting, "Cart" 7d' }), 'cpl'), 180 / 5);
    assert.equal(value(r, 'cpl'), 640 / 25, 'the grand total over every row');
  });

  it('a group of days explains what cannot be totalled, as the TOTAL row does; one day can use its reach', () => {
    const r = meta();
    const march = find(r, { campaign: 'Lead Gen – Webinar', month: '2024-03' });
    assert.match(march.total.notAggregable.find((n) => n.id === 'frequency')?.reason ?? '', /reach is not additive/);
    assert.equal(value(find(r, { campaign: 'Retargeting, "Cart" 7d', month: '2024-02' }), 'frequency'), 4000 / 2500);
  });

  it('change from the month before: CPL up $2 (+9.1 %) is worse, as a cost per lead is better low', () => {
    const change = find(meta(), { campaign: 'Lead Gen – Webinar', month: '2024-03' }).change!;
    assert.deepEqual(change.cpl, { previous: 22, absolute: 2, relative: 2 / 22, better: false });
    assert.equal(change.ctr!.better, false, 'CTR fell from 1.59 % to 1.53 %');
  });

  it('no relative change, with the reason, where the base is missing or has no value', () => {
    const r = meta();
    assert.deepEqual(find(r, { campaign: 'Lead Gen – Webinar', month: '2024-02' }).change!.cpl, {
      previous: null,
      absolute: null,
      relative: null,
      reason: 'no rows for 2024-01',
    });
    assert.deepEqual(find(r, { campaign: 'Retargeting, "Cart" 7d', month: '2024-03' }).change!.cpl, {
      previous: null,
      absolute: null,
      relative: null,
      reason: 'no value for 2024-02',
    });
    assert.equal(
      find(r, { campaign: 'Lead Gen – Webinar' }).change,
      undefined,
      'a campaign over both months has no period to compare',
    );
  });

  it('says which date column it used among Day, Reporting starts and Reporting ends', () => {
    assert.match(
      meta().notes.join('\n'),
      /Periods from Day, read as yyyy-mm-dd \(not Reporting starts, Reporting ends/,
    );
  });

  it('a base of 0 gives the absolute change and no relative one', () => {
    const csv = ['Day,Campaign,Impressions,Clicks', '2026-01-10,A,1000,0', '2026-02-10,A,1000,30'].join('\n');
    const feb = find(ok(report(csv, { period: 'month', compare: 'previousPeriod', metrics: ['ctr'] })), {
      month: '2026-02',
    });
    assert.deepEqual(feb.change!.ctr, {
      previous: 0,
      absolute: 0.03,
      relative: null,
      reason: '2026-01 was 0: no relative change from 0',
      better: true,
    });
  });
});

describe('report: periods and their dates', () => {
  const rows = (dates: string[]) => ['Date,Clicks,Impressions', ...dates.map((d, i) => `${d},${i + 1},100`)].join('\n');
  const labels = (r: Report) => r.groups.map((g) => g.key[r.dimensions.at(-1)!.name]);

  it('ISO weeks by default, labelled 2026-W53 across the new year; Sunday weeks by their first day', () => {
    const csv = rows(['2026-12-31', '2027-01-01', '2027-01-04']);
    assert.deepEqual(labels(ok(report(csv, { period: 'week' }))), ['2026-W53', '2027-W01']);
    assert.deepEqual(labels(ok(report(csv, { period: 'week', weekStart: 0 }))), [
      'week of 2026-12-27',
      'week of 2027-01-03',
    ]);
    assert.match(ok(report(csv, { period: 'week' })).notes.join('\n'), /Weeks start on Monday \(ISO 8601\)/);
  });

  it('quarters and years, and the same quarter a year before', () => {
    const csv = rows(['2025-02-01', '2026-01-15', '2026-03-31', '2026-04-01']);
    const r = ok(report(csv, { period: 'quarter', compare: 'previousYear', metrics: ['ctr'] }));
    assert.deepEqual(labels(r), ['2025-Q1', '2026-Q1', '2026-Q2']);
    assert.equal(find(r, { quarter: '2026-Q1' }).change!.ctr!.previous, 0.01);
    assert.deepEqual(labels(ok(report(csv, { period: 'year' }))), ['2025', '2026']);
  });

  it('dd.mm.yyyy, and 03/04/2026 settled by the number locale: April in de-DE, March in en-US', () => {
    assert.deepEqual(labels(ok(report(rows(['14.03.2026', '01.04.2026']), { period: 'month' }))), [
      '2026-03',
      '2026-04',
    ]);
    assert.deepEqual(labels(ok(report(rows(['03/04/2026', '05/04/2026']), { period: 'month' }, { locale: 'de-DE' }))), [
      '2026-04',
    ]);
    assert.deepEqual(labels(ok(report(rows(['03/04/2026', '05/04/2026']), { period: 'month' }, { locale: 'en-US' }))), [
      '2026-03',
      '2026-05',
    ]);
  });

  it('an order no value settles, without a locale that does, is reported naming the column, never guessed', () => {
    const result = report(rows(['03/04/2026', '05/04/2026']), { period: 'month' }, { locale: 'en' });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error.message, /Date/);
    assert.equal(result.ok ? '' : result.error.input, 'Date');
  });

  it("GA4's date dimension (20260314, a number) and LinkedIn's m/d/yyyy", () => {
    const ga4 = ['date,sessions,engagedSessions', '20260314,100,60', '20260402,50,20'].join('\n');
    assert.deepEqual(labels(ok(report(ga4, { period: 'month' }))), ['2026-03', '2026-04']);
    const linkedin = ok(
      report(fixture('linkedin-campaign-performance.csv'), { period: 'month', groupBy: ['Campaign Name'] }),
    );
    assert.ok(
      linkedin.groups.some((g) => g.key.month === '2024-01'),
      linkedin.groups.map((g) => JSON.stringify(g.key)).join(' '),
    );
  });

  it('a row whose date cannot be read stays in the totals, in a group of its own, and is named in the notes', () => {
    const r = ok(report(rows(['2026-03-01', 'soon', '2026-03-02']), { period: 'month', metrics: ['ctr'] }));
    assert.deepEqual(
      r.groups.map((g) => [g.key.month, g.rows.length]),
      [
        ['2026-03', 2],
        [null, 1],
      ],
    );
    assert.deepEqual(r.undatedRows, [1]);
    assert.match(r.notes.join('\n'), /1 of 3 rows have no date that could be read \(first: row 2\)/);
    assert.equal(value(r, 'ctr'), 6 / 300);
  });
});

describe('report: inputs and errors', () => {
  const records = [
    { channel: 'Search', clicks: 10, impressions: 1000 },
    { channel: 'Social', clicks: '5', impressions: 2000 },
    { channel: 'Search', clicks: 30, impressions: 1000 },
  ];

  it('takes records (numbers as text read as numbers) and groups by a key', () => {
    const r = ok(report(records, { groupBy: ['channel'], metrics: ['ctr'] }));
    assert.deepEqual(
      r.groups.map((g) => [g.key.channel, value(g, 'ctr')]),
      [
        ['Search', 0.02],
        ['Social', 0.0025],
      ],
    );
  });

  it('groups by a column name as written or by the kind of dimension the core reads it as', () => {
    const csv = fixture('x-ads-campaign-daily.csv');
    const byName = ok(report(csv, { groupBy: ['Campaign'] }));
    const byKind = ok(report(csv, { groupBy: ['campaign'] }));
    assert.deepEqual(
      byKind.groups.map((g) => Object.values(g.key)),
      byName.groups.map((g) => Object.values(g.key)),
    );
    assert.equal(
      byName.groups.length,
      new Set(
        csv
          .split('\n')
          .slice(1, -1)
          .map((l) => l.split(',')[0]),
      ).size,
    );
  });

  it('names a dimension the table does not have, with the ones it has', () => {
    const result = report(records, { groupBy: ['region'] });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error.message, /No column is "region": the table's dimensions are channel/);
  });

  it('refuses a spec it cannot follow, naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ compare: 'previousPeriod' }, /compare: "previousPeriod" needs a period/],
      [{ period: 'fortnight' }, /period "fortnight" is none of day, week, month, quarter, year/],
      [{ groupBy: 'channel' }, /groupBy is a list of names/],
      [{ weekStart: 7 }, /weekStart 7 is no weekday/],
      [{ metrics: ['ctr', 'nope'] }, /No metric is "nope"/],
      [{ period: 'month' }, /needs a date column, and the table has none/],
    ];
    for (const [spec, message] of cases) {
      const result = report(records, spec as never);
      assert.equal(result.ok, false, JSON.stringify(spec));
      assert.match(result.ok ? '' : result.error.message, message);
    }
  });

  it('without groupBy or period, there are no groups and the total is the TOTAL row', () => {
    const r = ok(report(records, {}));
    assert.deepEqual(r.groups, []);
    assert.equal(value(r, 'ctr'), 45 / 4000);
  });
});
