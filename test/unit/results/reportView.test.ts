// A report as the results view shows it (src/results/report/): a row per group with its
// level, KPI cells formatted like the flat table's, change columns with their colour class, the
// breakdown offered only on tables with dimensions, and the choice fitted to a table.
import assert from 'node:assert/strict';
import { breakdownOptionsOf, choiceText, fits, specOf } from '../../../src/results/report/choice';
import { changeCell } from '../../../src/results/report/reportTable';
import { viewReportOf } from '../../../src/results/report/reportView';
import { toViewSchema } from '../../../src/results/protocol';
import { formatter, sampleReport, sampleTable } from './reportFixture';

const BY_CAMPAIGN_MONTH = { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod' } as const;

describe('report view: groups of the sample by campaign and month', () => {
  it('a row per group, depth first, labelled by its own dimension and indented by level', async () => {
    const view = viewReportOf(await sampleReport(BY_CAMPAIGN_MONTH), formatter, 'en-US');
    assert.deepEqual(
      view.rows.map((r) => [r.level, r.label]),
      [
        [1, 'Lead Gen - Webinar'],
        [2, '2024-02'],
        [2, '2024-03'],
        [1, 'Retargeting, "Cart" 7d'],
        [2, '2024-02'],
        [2, '2024-03'],
      ],
    );
    assert.deepEqual(view.levels, ['Campaign name', 'month']);
    assert.equal(view.title, 'Campaign name › month, compared with the previous period');
    assert.equal(view.groupCount, 6);
    assert.equal(view.canCompare, true);
  });

  it('KPI cells are formatted like the flat table, with the number they sort by; TOTAL is the ratio of sums', async () => {
    const view = viewReportOf(await sampleReport(BY_CAMPAIGN_MONTH), formatter, 'en-US');
    const cpl = view.columns.findIndex((c) => c.kind === 'kpi' && c.metric === 'cpl');
    assert.equal(view.rows[0]!.cells[cpl]!.text, '$23.00');
    assert.equal(view.rows[0]!.cells[cpl]!.sort, 23);
    assert.equal(view.total[cpl]!.text, '$25.60', '640 / 25 leads, not the mean of the groups');
    const ctr = view.columns.findIndex((c) => c.kind === 'kpi' && c.metric === 'ctr');
    assert.equal(view.rows[0]!.cells[ctr]!.text, '1.56%');
  });

  it('change columns follow each KPI: +9.1 % for a rising CPL is worse, n/a says why', async () => {
    const view = viewReportOf(await sampleReport(BY_CAMPAIGN_MONTH), formatter, 'en-US');
    const change = view.columns.findIndex((c) => c.kind === 'change' && c.metric === 'cpl');
    assert.equal(view.columns[change]!.label, 'Δ CPL');
    assert.deepEqual(view.rows[2]!.cells[change], { text: '+9.1 %', sort: 2 / 22, tone: 'worse', problem: 'worse' });
    assert.deepEqual(view.rows[1]!.cells[change], {
      text: 'n/a',
      sort: null,
      tone: 'na',
      problem: 'no rows for 2024-01',
    });
    assert.deepEqual(view.rows[0]!.cells[change], { text: '', sort: null }, 'a campaign is no period: no change');
    const cpc = view.columns.findIndex((c) => c.kind === 'change' && c.metric === 'cpc');
    assert.equal(view.rows[5]!.cells[cpc]!.text, '\u22125.9 %');
    assert.equal(view.rows[5]!.cells[cpc]!.tone, 'better', 'a CPC that falls is good news');
  });

  it('no change columns without a comparison', async () => {
    const view = viewReportOf(await sampleReport({ groupBy: ['Campaign name'] }), formatter, 'en-US');
    assert.equal(
      view.columns.some((c) => c.kind === 'change'),
      false,
    );
    assert.equal(view.canCompare, false);
    assert.equal(view.rows.length, 2);
  });

  it('is a message the view accepts', async () => {
    const { model } = await sampleTable();
    const report = viewReportOf(await sampleReport(BY_CAMPAIGN_MONTH), formatter, 'en-US');
    const table = {
      id: 't1',
      title: 'x',
      columns: [],
      rows: [],
      firstRow: 0,
      rowCount: model.rowCount,
      notes: [],
      canInsert: true,
      canInsertCell: false,
      canMap: true,
      read: [],
      canBreakDown: true,
      report,
    };
    assert.equal(toViewSchema.safeParse({ type: 'show', tables: [table] }).success, true);
    const broken = { ...report, rows: [{ level: 0, label: 'x', cells: [] }] };
    assert.equal(toViewSchema.safeParse({ type: 'show', tables: [{ ...table, report: broken }] }).success, false);
  });
});

describe('report view: change text and colour class', () => {
  const cases: [
    name: string,
    change: Parameters<typeof changeCell>[0],
    locale: string | undefined,
    expected: ReturnType<typeof changeCell>,
  ][] = [
    [
      'a rise that is good news',
      { previous: 10, absolute: 1, relative: 0.1, better: true },
      'en-US',
      { text: '+10.0 %', tone: 'better', reason: 'better' },
    ],
    [
      'a fall that is bad news',
      { previous: 10, absolute: -0.3, relative: -0.03, better: false },
      'en-US',
      { text: '\u22123.0 %', tone: 'worse', reason: 'worse' },
    ],
    [
      'a change of a metric with no direction',
      { previous: 4, absolute: 1, relative: 0.25 },
      'en-US',
      { text: '+25.0 %', tone: 'neutral' },
    ],
    ['no change', { previous: 4, absolute: 0, relative: 0 }, 'en-US', { text: '0.0 %', tone: 'neutral' }],
    [
      'from 0',
      { previous: 0, absolute: 5, relative: null, reason: '2024-01 was 0: no relative change from 0', better: true },
      'en-US',
      { text: 'n/a', tone: 'na', reason: '2024-01 was 0: no relative change from 0' },
    ],
    [
      'in German',
      { previous: 10, absolute: 1.25, relative: 0.125, better: true },
      'de-DE',
      { text: '+12,5 %', tone: 'better', reason: 'better' },
    ],
    ['no comparison', undefined, 'en-US', undefined],
  ];
  for (const [name, change, locale, expected] of cases)
    it(name, () => assert.deepEqual(changeCell(change, locale), expected));
});

describe('breakdown choice', () => {
  it('offers the text dimensions, and periods of the date columns', async () => {
    const { model } = await sampleTable();
    assert.deepEqual(breakdownOptionsOf(model), {
      dimensions: ['Campaign name'],
      dates: ['Day', 'Reporting starts', 'Reporting ends'],
    });
  });

  it('a remembered choice fits a table with its columns only', () => {
    const options = { dimensions: ['Campaign name'], dates: ['Day'] };
    assert.equal(fits({ groupBy: ['Campaign name'], period: 'month' }, options), true);
    assert.equal(fits({ groupBy: ['Channel'] }, options), false);
    assert.equal(fits({ groupBy: [], period: 'week' }, { dimensions: ['Campaign name'], dates: [] }), false);
    assert.equal(fits({ groupBy: [] }, options), false, 'no breakdown: the flat table');
  });

  it('a comparison without a period is left out of the spec', () => {
    assert.deepEqual(specOf({ groupBy: ['Campaign name'], compare: 'previousYear' }), { groupBy: ['Campaign name'] });
    assert.equal(
      choiceText({ groupBy: ['Campaign name'], period: 'week', compare: 'previousYear' }),
      'Campaign name › week, compared with the same period a year before',
    );
  });
});
