import assert from 'node:assert/strict';
import { analyseTable, readColumns, readTable, type ColumnarRows, type ColumnReading } from '../../../../src/core';

function tableOf(csv: string): ColumnarRows {
  const reading = readTable(csv);
  assert.ok(reading.ok && reading.kind === 'table', JSON.stringify(reading));
  return reading;
}

const byName = (columns: readonly ColumnReading[], name: string) => columns.find((c) => c.name === name)!;

describe('columns: a table read as a whole', () => {
  it('Link clicks is the clicks; a plain Clicks beside it is read as all clicks, and says so', () => {
    const { columns } = readColumns(tableOf('Campaign,Impressions,Clicks,Link clicks\nA,1000,60,40\nB,2000,90,50'));
    assert.equal(byName(columns, 'Link clicks').id, 'clicks');
    const clicks = byName(columns, 'Clicks');
    assert.equal(clicks.id, 'allClicks');
    assert.equal(clicks.note, "read as all clicks: 'Link clicks' is the clicks");
  });

  it('a budget beside the spend is left out, with the reason; alone it is the cost', () => {
    const both = readColumns(tableOf('Campaign,Amount spent (USD),Budget\nA,90,100\nB,80,100')).columns;
    assert.equal(byName(both, 'Amount spent (USD)').id, 'cost');
    assert.equal(byName(both, 'Budget').role, 'unused');
    assert.equal(byName(both, 'Budget').why, "'Amount spent (USD)' already gives the cost");
    const alone = readColumns(tableOf('Campaign,Budget,New customers\nA,100,4\nB,100,5')).columns;
    assert.equal(byName(alone, 'Budget').id, 'cost');
    assert.match(byName(alone, 'Budget').note ?? '', /planned spend/);
  });

  it('two names of equal standing for one quantity stay as they are: each row says both give it', () => {
    const { columns } = readColumns(tableOf('cost,spend,clicks\n10,11,5'));
    assert.deepEqual(
      columns.map((c) => [c.role, c.id]),
      [
        ['input', 'cost'],
        ['input', 'cost'],
        ['input', 'clicks'],
      ],
    );
  });

  it('a mapping wins over a more exact name, and the other column gives way', () => {
    const options = { columnMappings: { Clicks: 'clicks' } };
    const { columns } = readColumns(tableOf('Impressions,Clicks,Link clicks\n1000,60,40'), options);
    assert.equal(byName(columns, 'Clicks').id, 'clicks');
    assert.equal(byName(columns, 'Clicks').by, 'mapping');
    assert.equal(byName(columns, 'Link clicks').role, 'unused');
  });

  it('"Engagement rate" is GA4\'s where the table has engaged sessions, a social one where it has engagements', () => {
    const ga4 = readColumns(tableOf('Sessions,Engaged sessions,Engagement rate\n1000,600,0.6')).columns;
    assert.equal(byName(ga4, 'Engagement rate').id, 'sessionEngagementRate');
    const social = readColumns(tableOf('Impressions,Engagements,Engagement rate\n1000,50,5%')).columns;
    assert.equal(byName(social, 'Engagement rate').id, 'engagementRate');
  });

  it('text and date columns are dimensions; a column of numbers of no known name is unused, with the reason', () => {
    const { columns } = readColumns(tableOf('Week,Region,Score,clicks\n2024-01-01,EU,7,10\n2024-01-08,US,8,12'));
    assert.deepEqual(
      columns.map((c) => [c.role, c.dimension ?? c.why ?? c.id]),
      [
        ['dimension', 'date'],
        ['dimension', 'country'],
        ['unused', 'no quantity of that name'],
        ['input', 'clicks'],
      ],
    );
    const content = readColumns(tableOf('When,Flavour,clicks\n03/01/2024,mint,4\n03/02/2024,lime,5')).columns;
    assert.deepEqual(
      content.slice(0, 2).map((c) => [c.role, c.dimension, c.by]),
      [
        ['dimension', 'date', 'content'],
        ['dimension', 'other', 'content'],
      ],
    );
  });

  it('a column named like a quantity that holds text is left out, saying so', () => {
    const { columns } = readColumns(tableOf('Campaign,Clicks,Impressions\nA,many,100\nB,lots,200'));
    assert.equal(byName(columns, 'Clicks').role, 'unused');
    assert.equal(byName(columns, 'Clicks').why, 'named like clicks, but holds text, not numbers');
  });

  it("the one currency the headers name is the table's; two are none", () => {
    assert.equal(
      readColumns(tableOf('Amount spent (EUR),CPC (cost per link click) (EUR),Link clicks\n10,1,10')).currency,
      'EUR',
    );
    assert.equal(readColumns(tableOf('Cost (EUR),Revenue (USD)\n10,20')).currency, undefined);
  });

  it('a reported KPI the table cannot compute is an input, as before (Frequency with Reach gives impressions)', () => {
    const analysis = analyseTable(tableOf('Campaign,Reach,Frequency,Amount spent\nA,1000,2.5,50'));
    assert.deepEqual(analysis.given, [2]);
    assert.equal(analysis.checks.length, 0);
    const cpm = analysis.aggregate.total.results.find((m) => m.id === 'cpm');
    assert.equal(cpm?.value, 20); // 1000 × 50 / (1000 × 2.5)
  });

  it('Google Ads API micros are scaled before any KPI: 1,500,000 micros over 3 clicks is a CPC of 0.50', () => {
    const analysis = analyseTable(
      tableOf('campaign.name,metrics.clicks,metrics.impressions,metrics.cost_micros\nBrand,3,100,1500000'),
    );
    assert.equal(analysis.aggregate.total.results.find((m) => m.id === 'cpc')?.value, 0.5);
    assert.equal(analysis.aggregate.total.inputs.get('cost'), 1.5);
  });
});
