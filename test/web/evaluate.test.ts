// Evaluate Selection on rows in the web-worker host, where papaparse (quoted CSV cells) and
// jsonc-parser (JSON with comments) are bundled into the one browser bundle: each of the
// first two selections goes through one of them.
import * as assert from 'node:assert/strict';
import { COMMANDS } from '../../src/commandIds';
import { activated } from '../integration/extension';
import {
  done,
  openEditor,
  resultsTabs,
  run,
  sample,
  selectAll,
  selectTexts,
  until,
} from '../integration/commandsSupport.test';

describe('Evaluate Selection in the web host', () => {
  before(activated);

  it('reads JSON rows with comments and a trailing comma, and inserts the KPIs below as JSON', async () => {
    const jsonc =
      '[\n  // spring\n  {"campaign": "Spring", "clicks": 10, "impressions": 1000, "cost": 25},\n  {"campaign": "Summer", "clicks": 5, "impressions": 5000, "cost": 10},\n]';
    const editor = await openEditor(jsonc, 'jsonc');
    selectAll(editor);
    done(await run(COMMANDS.evaluateSelection, { table: { format: 'json', to: 'below' } }));
    const json = JSON.parse(editor.document.getText().slice(jsonc.length)) as {
      rows: Record<string, unknown>[];
      total: Record<string, number>;
      unmatched: string[];
    };
    assert.deepEqual(
      json.rows.map((row) => [row.campaign, row.ctr, row.cpc]),
      [
        ['Spring', 0.01, 2.5],
        ['Summer', 0.001, 2],
      ],
    );
    assert.equal(json.total.ctr, 0.0025, 'Σclicks / Σimpressions');
    assert.equal(json.total.cpc, 2.33333333333, 'Σcost / Σclicks');
    assert.equal(json.unmatched, undefined, 'campaign is a dimension, not an unmatched column');
  });

  it('reads quoted CSV cells and inserts the KPIs below as CSV, quoting them again', async () => {
    const csv = 'campaign,clicks,impressions\n"Spring, EU",10,1000\n"Summer ""Max""",5,5000';
    const editor = await openEditor(csv, 'csv');
    selectAll(editor);
    done(await run(COMMANDS.evaluateSelection, { table: { format: 'csv', to: 'below' } }));
    const inserted = [
      'campaign,ctr,clicks,impressions',
      '"Spring, EU",0.01,10,1000',
      '"Summer ""Max""",0.001,5,5000',
      'TOTAL,0.0025,15,6000',
    ];
    assert.equal(editor.document.getText(), `${csv}\n${inserted.join('\n')}`);
  });

  it('evaluates a formula in place', async () => {
    const editor = await openEditor('Test placement: roas(revenue=50000, cost=10000) last week.\n', 'markdown');
    selectTexts(editor, 'roas(revenue=50000, cost=10000)');
    assert.deepEqual(await run(COMMANDS.evaluateSelection), { status: 'done', edits: 1, tables: 0 });
    assert.equal(editor.document.getText(), 'Test placement: roas(revenue=50000, cost=10000) = 5.00x last week.\n');
  });

  it('reads the Meta Ads Manager sample by its own column names: CPC and ROAS, its CTR (all) checked', async () => {
    const csv = await sample('meta-ads-campaigns.csv');
    const editor = await openEditor(csv, 'csv');
    selectAll(editor);
    done(await run(COMMANDS.evaluateSelection, { table: { format: 'json', to: 'below' } }));
    const json = JSON.parse(editor.document.getText().slice(csv.length)) as {
      total: Record<string, number>;
      unmatched?: string[];
      disagreements?: string[];
    };
    assert.equal(json.total.cpc, Number((6720 / 8730).toPrecision(12)), 'Σ amount spent / Σ link clicks');
    assert.equal(
      json.total.roas,
      Number((26370 / 6720).toPrecision(12)),
      'Σ purchases conversion value / Σ amount spent',
    );
    assert.deepEqual(json.unmatched, ['Landing page views']);
    assert.ok(
      json.disagreements?.some((note) => note.startsWith("'CTR (all)' differs from ours")),
      JSON.stringify(json.disagreements),
    );
  });

  it('opens the results view for the sample campaigns.csv of the mounted workspace', async () => {
    const editor = await openEditor(await sample('campaigns.csv'), 'csv');
    selectAll(editor);
    assert.deepEqual(await run(COMMANDS.evaluateSelection), { status: 'done', edits: 0, tables: 1 });
    await until(() => resultsTabs().length > 0, 'the results view never opened', 5_000);
    assert.equal(resultsTabs().length, 1, 'the results view is open');
  });
});
