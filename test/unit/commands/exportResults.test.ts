// An export through Evaluate Selection's table path (the command's code, without the editor):
// the What was read lines, the notes on left-out lines, the export's Total rows beside ours,
// the disagreeing rows of the export's own KPIs on their cells, and the export's currency.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog, type CoreOptions } from '../../../src/core';
import { analyse } from '../../../src/commands/evaluate/analyse';
import { computeTable } from '../../../src/commands/evaluate/table';
import { NO_PROGRESS } from '../../../src/commands/evaluate/work';
import type { TableModel } from '../../../src/results/model';
import { formatterOf, markdownTable } from '../../../src/results/formats';

const options: CoreOptions = { locale: 'en-US', currency: 'USD', catalog: builtinCatalog() };
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'exports');

async function modelOf(file: string, opts: CoreOptions = options): Promise<TableModel> {
  const analysis = analyse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'), opts);
  assert.ok(!('ok' in analysis) && analysis.kind === 'table', JSON.stringify(analysis).slice(0, 300));
  const model = await computeTable(analysis.source, opts, NO_PROGRESS);
  assert.ok(model);
  return model;
}

describe('an export in the results', () => {
  it('Google Ads report: the title and date lines left out, its Total rows agree with our TOTAL', async () => {
    const model = await modelOf('google-ads-campaign-report.csv');
    assert.equal(model.rowCount, 6);
    assert.ok(
      model.disagreements.includes(
        "Left out 2 lines around the table ('Campaign report', '\"January 1, 2024 - January 31, 2024\"') and the export's own Total rows, compared with ours below.",
      ),
      JSON.stringify(model.disagreements),
    );
    const account = model.disagreements.find((n) => n.startsWith("The export's 'Total: Account' row"));
    assert.match(
      account ?? '',
      /^The export's 'Total: Account' row agrees with our TOTAL \(Impr\., Clicks, CTR, Avg\. CPC, Cost, Conversions, Cost \/ conv\., Conv\. value, Conv\. value \/ cost\)\.$/,
    );
    assert.equal(model.currency, 'USD', 'from the Currency code column');
  });

  it('MER, the same formula as ROAS, is shown once as ROAS, and said so (issue 15.7)', async () => {
    const model = await modelOf('google-ads-campaign-report.csv');
    const kpis = model.columns.filter((c) => c.kind === 'kpi').map((c) => c.label);
    assert.ok(kpis.includes('ROAS') && !kpis.includes('MER'), JSON.stringify(kpis));
    assert.ok(
      model.disagreements.includes(
        "MER equals ROAS here (revenue / cost), shown once as ROAS; MER counts all marketing spend, ROAS one channel's.",
      ),
      JSON.stringify(model.disagreements),
    );
  });

  it("a selection missing a row: the export's Total row says which sums differ", async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'google-ads-campaign-report.csv'), 'utf8').split('\n');
    const withoutOneCampaign = text.filter((line) => !line.includes('Search – Competitors')).join('\n');
    const analysis = analyse(withoutOneCampaign, options);
    assert.ok(!('ok' in analysis) && analysis.kind === 'table');
    const model = (await computeTable(analysis.source, options, NO_PROGRESS))!;
    const account = model.disagreements.find((n) => n.startsWith("The export's 'Total: Account' row"));
    assert.match(
      account ?? '',
      /differs from our TOTAL: Impr\. 1,031,940 against 1,025,630; Clicks 10,504 against 10,382; .* the selection may lack rows of the export/,
    );
  });

  it('Meta ad sets in EUR: amounts in euros, the disagreeing CPC on its cell, What was read for every column', async () => {
    const model = await modelOf('meta-ads-adset-eur.csv');
    assert.equal(model.currency, 'EUR');
    const format = formatterOf({ ...options, currency: 'EUR' });
    const markdown = markdownTable(model, format);
    assert.match(markdown, /€/);
    assert.doesNotMatch(markdown, /\$/);
    const cpc = model.columns.findIndex((c) => c.key === 'CPC (cost per link click) (EUR)');
    assert.equal(model.columns[cpc]?.kind, 'reported');
    assert.match(model.row(1).problems?.[cpc] ?? '', /^The export says €[\d.]+; ours \(cost \/ clicks\) is €[\d.]+$/);
    assert.equal(model.row(0).problems?.[cpc], undefined);
    assert.equal(model.read.length, model.columns.filter((c) => c.kind !== 'kpi').length);
    const budget = model.read.find((line) => line.name === 'Ad set budget');
    assert.deepEqual([budget?.role, budget?.canMap], ['unused', true]);
    assert.equal(budget?.text, "not used: 'Amount spent (EUR)' already gives the cost");
    assert.match(budget?.note ?? '', /^a budget is planned spend/);
  });

  it('Meta campaigns: Results left out because its rows count different things, and said so', async () => {
    const model = await modelOf('meta-ads-campaign.csv');
    const results = model.read.find((line) => line.name === 'Results');
    assert.match(
      results?.text ?? '',
      /^not used: its rows count different things \(Result indicator: actions:offsite_conversion\.fb_pixel_purchase, actions:link_click, reach, …\)/,
    );
    const purchases = model.read.find((line) => line.name === 'Purchases');
    assert.equal(purchases?.text, 'Conversions (count)');
    assert.equal(purchases?.note, 'empty in 2 of 6 rows: read as 0, as platforms leave a zero blank');
  });

  it("a mapping in the options: the column is read as told, and the line says it is the user's", async () => {
    const model = await modelOf('hubspot-deals.csv', { ...options, columnMappings: { Amount: 'revenue' } });
    const amount = model.read.find((line) => line.name === 'Amount');
    assert.deepEqual([amount?.role, amount?.mapped, amount?.text], ['input', true, 'Revenue (money)']);
  });
});

describe('€ in, € out: a table whose money cells name their currency (issue 15.3)', () => {
  async function model(text: string, opts: CoreOptions): Promise<TableModel> {
    const analysis = analyse(text, opts);
    assert.ok(!('ok' in analysis) && analysis.kind === 'table');
    return (await computeTable(analysis.source, opts, NO_PROGRESS))!;
  }

  it('cells in euros under de-DE give CPCs in euros, whatever the currency setting', async () => {
    const de: CoreOptions = { locale: 'de-DE', currency: 'USD', catalog: builtinCatalog() };
    const table = await model('Kampagne;cost;clicks\nA;1.234,50 €;1.000\nB;99,00 €;100', de);
    assert.equal(table.currency, 'EUR');
    const markdown = markdownTable(table, formatterOf({ ...de, currency: 'EUR' }));
    assert.match(markdown, /\| A \| 1,23\s€ \|/u);
    assert.doesNotMatch(markdown, /\$/);
  });

  it('two currencies in the money cells: used as written, and said so', async () => {
    const table = await model('campaign,cost,revenue\nA,€100,$500\nB,€50,$200', options);
    assert.equal(table.currency, undefined);
    assert.ok(
      table.problems.includes(
        'The money columns name EUR and USD: amounts are used as written, not converted, and results shown in USD, the currency setting',
      ),
      JSON.stringify(table.problems),
    );
  });
});
