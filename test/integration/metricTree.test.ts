import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import { activated } from './extension';

async function api(): Promise<MarketingMetricsApi> {
  return (await activated()).exports as MarketingMetricsApi;
}

describe('the Metrics view', () => {
  it('lists the categories in the seed order, then Manufacturing and Unit economics', async () => {
    const tree = (await api()).metricTree();
    assert.deepEqual(tree.map((c) => c.label), [
      'Digital advertising', 'Web analytics', 'Traditional advertising', 'Direct marketing', 'Social media',
      'Email marketing', 'Marketing funnel', 'Sales and ROI', 'Brand and customer', 'Healthcare', 'Automotive',
      'Retail and e-commerce', 'Manufacturing', 'Unit economics',
    ]);
  });

  it('shows each metric by name with its abbreviation as description', async () => {
    const digital = (await api()).metricTree()[0]!;
    assert.deepEqual(digital.children.slice(0, 3).map((m) => [m.label, m.description]), [
      ['Click-through rate', 'CTR'], ['Cost per acquisition', 'CPA'], ['Cost per click', 'CPC'],
    ]);
    const manufacturing = (await api()).metricTree().find((c) => c.label === 'Manufacturing')!;
    assert.deepEqual(manufacturing.children.map((m) => [m.label, m.description]), [
      ['MQL-to-SQL rate', ''], ['Customer acquisition cost', 'CAC'], ['Return on (marketing) investment', 'ROI'], ['Return on ad spend', 'ROAS'],
    ]);
  });

  it('can be focused from its view container', async () => {
    await vscode.commands.executeCommand('marketingMetrics.metrics.focus');
  });
});
