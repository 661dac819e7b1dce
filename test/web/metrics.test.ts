// The Metrics view and a quick calculation, through the extension's API and its commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import { COMMANDS, METRICS_VIEW_ID } from '../../src/commandIds';
import { activated } from '../integration/extension';

describe('the Metrics view and quick calculations in the web host', () => {
  let api: MarketingMetricsApi;
  before(async () => {
    api = (await activated()).exports as MarketingMetricsApi;
  });

  it('lists the 14 categories from Digital advertising to Unit economics, each metric with its abbreviation', () => {
    const tree = api.metricTree();
    assert.equal(tree.length, 14);
    assert.deepEqual([tree[0]?.label, tree[13]?.label], ['Digital advertising', 'Unit economics']);
    const digital = tree[0]?.children.map((metric) => `${metric.label} (${metric.description})`) ?? [];
    assert.deepEqual(digital.slice(0, 3), [
      'Click-through rate (CTR)',
      'Cost per acquisition (CPA)',
      'Cost per click (CPC)',
    ]);
  });

  it('contributes the Metrics view: its focus command is registered and shows it', async () => {
    const focus = `${METRICS_VIEW_ID}.focus`;
    assert.ok((await vscode.commands.getCommands(true)).includes(focus), `${focus} is not registered`);
    await vscode.commands.executeCommand(focus); // rejects when the view cannot be shown
  });

  it('computes CTR through the compute command', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; text?: string }>(COMMANDS.compute, 'ctr', {
      clicks: 120,
      impressions: 4000,
    });
    assert.equal(result?.ok, true, JSON.stringify(result));
    assert.equal(result.text, '3.00%');
  });

  it('solves for the revenue a 4x ROAS on $10,000 needs, through the API', () => {
    const result = api.solve('roas', { roas: 4, cost: 10_000 }, 'revenue');
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.ok && result.text, '$40,000.00');
  });
});
