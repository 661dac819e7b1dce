import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import type { Log } from '../../src/log';
import { ConfigStore } from '../../src/settings/store';
import { MetricTreeProvider, type TreeNode } from '../../src/tree/metricTree';
import { activated } from './extension';

async function api(): Promise<MarketingMetricsApi> {
  return (await activated()).exports as MarketingMetricsApi;
}

describe('the Metrics view', () => {
  it('lists the categories in the seed order, then Manufacturing and Unit economics', async () => {
    const tree = (await api()).metricTree();
    assert.deepEqual(
      tree.map((c) => c.label),
      [
        'Digital advertising',
        'Web analytics',
        'Traditional advertising',
        'Direct marketing',
        'Social media',
        'Email marketing',
        'Marketing funnel',
        'Sales and ROI',
        'Brand and customer',
        'Healthcare',
        'Automotive',
        'Retail and e-commerce',
        'Manufacturing',
        'Unit economics',
      ],
    );
  });

  it('shows each metric by name with its abbreviation as description', async () => {
    const digital = (await api()).metricTree()[0]!;
    assert.deepEqual(
      digital.children.slice(0, 3).map((m) => [m.label, m.description]),
      [
        ['Click-through rate', 'CTR'],
        ['Cost per acquisition', 'CPA'],
        ['Cost per click', 'CPC'],
      ],
    );
    const manufacturing = (await api()).metricTree().find((c) => c.label === 'Manufacturing')!;
    assert.deepEqual(
      manufacturing.children.map((m) => [m.label, m.description]),
      [
        ['MQL-to-SQL rate', 'in Marketing funnel'],
        ['Customer acquisition cost', 'CAC · in Sales and ROI'],
        ['Return on (marketing) investment', 'ROI · in Sales and ROI'],
        ['Return on ad spend', 'ROAS · in Digital advertising'],
      ],
    );
  });

  it('counts each metric once, in its home; a category repeating others says how many it shares (issue 15.9)', async () => {
    const tree = (await api()).metricTree();
    const counts = Object.fromEntries(tree.map((c) => [c.label, c.description]));
    assert.equal(counts['Manufacturing'], '4 shared');
    assert.equal(counts['Automotive'], '2 · 1 shared');
    assert.equal(counts['Sales and ROI'], '5 · 1 shared');
    assert.equal(counts['Digital advertising'], '9');
    // The counts add up to the metrics there are, each once.
    const own = (description: string) =>
      / shared$/.test(description) && !description.includes('·') ? 0 : Number.parseInt(description, 10);
    const distinct = new Set(tree.flatMap((c) => c.children.map((m) => m.label))).size;
    assert.equal(
      tree.reduce((n, c) => n + own(c.description), 0),
      distinct,
    );
    const email = tree.find((c) => c.label === 'Email marketing')!;
    assert.ok(
      email.children.some((m) => m.label === 'Email click rate' && m.description === ''),
      JSON.stringify(email.children),
    );
    const digital = tree.find((c) => c.label === 'Digital advertising')!;
    assert.ok(digital.children.some((m) => m.label === 'Return on ad spend' && m.description === 'ROAS'));
  });

  it('can be focused from its view container', async () => {
    const focus = 'marketingMetrics.metrics.focus';
    assert.ok((await vscode.commands.getCommands(true)).includes(focus), `${focus} is not registered`);
    await vscode.commands.executeCommand(focus); // rejects when the view cannot be shown
  });
});

describe('the Metrics view items', () => {
  /** The catalog's prose fields: tooltips are built when asked for, so a render does not read them. */
  const PROSE = new Set(['description', 'cautions', 'examples']);
  const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };

  function watched<T extends object>(target: T, reads: string[]): T {
    return new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === 'string' && PROSE.has(key)) reads.push(key);
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
  }

  it('render without reading prose, and read it when a tooltip is asked for', () => {
    const store = new ConfigStore(silent);
    const provider = new MetricTreeProvider(store);
    try {
      const reads: string[] = [];
      const [first] = provider.getChildren();
      assert.ok(first?.kind === 'category');
      const category = watched(first.category, reads);
      const categoryNode: TreeNode = { kind: 'category', category };
      const [metricNode] = provider.getChildren(categoryNode);
      assert.ok(metricNode?.kind === 'metric');
      const metric: TreeNode = { kind: 'metric', category, metric: watched(metricNode.metric, reads) };

      const categoryItem = provider.getTreeItem(categoryNode);
      const metricItem = provider.getTreeItem(metric);
      assert.deepEqual(reads, [], 'getTreeItem read prose');
      assert.equal(categoryItem.tooltip, undefined);

      const { tooltip } = provider.resolveTreeItem(categoryItem, categoryNode);
      assert.equal(tooltip, first.category.description);
      assert.ok(typeof tooltip === 'string' && tooltip.length > 20, 'the category has a description to show');
      assert.deepEqual(reads, ['description'], 'the watch sees the prose read');
      const metricTooltip = provider.resolveTreeItem(metricItem, metric).tooltip;
      assert.ok(metricTooltip instanceof vscode.MarkdownString);
      assert.match(metricTooltip.value, /ctr = clicks \/ impressions/);
      assert.match(
        metricTooltip.value,
        /120 clicks on 4,000 impressions/,
        "the worked example's sentence, which is prose",
      );
    } finally {
      provider.dispose();
      store.dispose();
    }
  });
});
