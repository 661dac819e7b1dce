// The sentence the results view's live region says for a table (src/webview/results/summary.ts):
// what was computed, over what, by what, and which KPIs have cells without a value, from the
// same view data the page is sent.
import assert from 'node:assert/strict';
import type { ViewTable } from '../../../src/results/protocol';
import { viewReportOf } from '../../../src/results/report/reportView';
import { viewTableOf } from '../../../src/results/viewData';
import { tableSummary, viewSummary } from '../../../src/webview/results/summary';
import { formatter, sampleReport, sampleTable } from './reportFixture';

const TITLE = 'meta-campaigns-by-day.csv, lines 1–8';

async function flat(): Promise<ViewTable> {
  const { model } = await sampleTable();
  return viewTableOf('t1', TITLE, model, formatter, { insert: true, cell: false, map: true });
}

async function byCampaignAndMonth(): Promise<ViewTable> {
  const report = viewReportOf(await sampleReport({ groupBy: ['Campaign name'], period: 'month' }), formatter, 'en-US');
  return { ...(await flat()), report };
}

/** A one-row table whose only KPI has no value: nothing of it was computed. */
const NOTHING_COMPUTED: ViewTable = {
  id: 't9',
  title: 'record.json',
  columns: [
    { label: 'clicks', kind: 'input' },
    { label: 'CTR', kind: 'kpi' },
  ],
  read: [],
  rows: [{ cells: [{ text: '5' }, { text: '—', problem: 'no impressions' }] }],
  firstRow: 0,
  rowCount: 1,
  notes: [],
  canInsert: false,
  canInsertCell: false,
  canMap: false,
};

describe('results view summary', () => {
  it('a flat table: its KPIs, its rows, and the KPI without a value in TOTAL or a row', async () => {
    assert.equal(
      tableSummary(await flat()),
      `${TITLE}: 5 KPIs over 7 rows; some cells of CPL and Average frequency have no value.`,
    );
  });

  it('a report: by what, how many groups, and the KPIs some groups have no value of', async () => {
    assert.equal(
      tableSummary(await byCampaignAndMonth()),
      `${TITLE}: 5 KPIs over 7 rows, by Campaign name › month, 6 groups; some cells of CPL and Average frequency have no value.`,
    );
  });

  it('says the sort and the filter the user set, with the groups the filter matches', async () => {
    const table = await byCampaignAndMonth();
    assert.equal(
      tableSummary(table, { sort: { label: 'CPL', descending: true }, filter: ' 2024-03 ' }),
      `${TITLE}: 5 KPIs over 7 rows, by Campaign name › month, 2 of 6 groups match “2024-03”, sorted by CPL, descending; some cells of CPL and Average frequency have no value.`,
    );
    assert.match(tableSummary(table, { sort: { label: 'CTR', descending: false } }), /, sorted by CTR, ascending;/);
  });

  it('a KPI with no value in any cell could not be computed; one table, one row and one KPI are singular', () => {
    assert.equal(tableSummary(NOTHING_COMPUTED), 'record.json: 1 KPI over 1 row; CTR could not be computed.');
  });

  it('a sentence per table, one after the other, and "No results." for none', async () => {
    assert.equal(
      viewSummary([NOTHING_COMPUTED, NOTHING_COMPUTED]),
      'record.json: 1 KPI over 1 row; CTR could not be computed. record.json: 1 KPI over 1 row; CTR could not be computed.',
    );
    assert.equal(viewSummary([]), 'No results.');
  });
});
