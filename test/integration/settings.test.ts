import * as assert from 'node:assert/strict';
import type { MarketingMetricsApi } from '../../src/api/register';
import { activated } from './extension';
import { withSettings } from './settings';

async function api(): Promise<MarketingMetricsApi> {
  return (await activated()).exports as MarketingMetricsApi;
}

describe('settings take effect without a reload', () => {
  it('currency and locale change how results are written and how text is read', async () => {
    await withSettings({ currency: 'EUR', numberLocale: 'de-DE' }, async () => {
      const result = (await api()).evaluate('cpc', { cost: '1.234,50', clicks: 1000 });
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      assert.equal(result.value, 1.2345);
      assert.equal(result.text, '1,23\u00a0€');
    });
    const back = (await api()).evaluate('cpc', { cost: 1234.5, clicks: 1000 });
    assert.ok(back.ok);
    assert.equal(back.text, '$1.23');
  });

  it('the ROI basis setting switches the formula', async () => {
    await withSettings({ roiBasis: 'revenue' }, async () => {
      const result = (await api()).evaluate('roi', { revenue: 200000, cost: 50000 });
      assert.ok(result.ok);
      assert.equal(result.value, 3);
    });
  });

  it('custom metrics appear in the tree and compute like built-ins', async () => {
    await withSettings(
      {
        customMetrics: [
          {
            id: 'costPerSession',
            name: 'Cost per session',
            formula: 'cost / sessions',
            unit: 'currency',
            direction: 'lower',
          },
        ],
      },
      async () => {
        const custom = (await api()).metricTree().at(-1)!;
        assert.equal(custom.label, 'Custom');
        assert.deepEqual(
          custom.children.map((c) => c.label),
          ['Cost per session'],
        );
        const result = (await api()).evaluate('costPerSession', { cost: 100, sessions: 50 });
        assert.ok(result.ok);
        assert.equal(result.text, '$2.00');
      },
    );
    assert.notEqual((await api()).metricTree().at(-1)!.label, 'Custom');
  });

  it('a broken custom metric is reported by name and field while the rest still works', async () => {
    const broken = { id: 'brokenOne', name: 'Broken', formula: 'clciks / impressions' };
    const fine = { id: 'fineOne', name: 'Fine', formula: 'clicks * 2' };
    await withSettings({ customMetrics: [broken, fine] }, async () => {
      const problems = (await api()).customMetricProblems();
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.metric, 'brokenOne');
      assert.equal(problems[0]!.field, 'formula');
      assert.match(problems[0]!.message, /unknown name 'clciks' .* did you mean 'clicks'\?/);
      assert.deepEqual(
        (await api())
          .metricTree()
          .at(-1)!
          .children.map((c) => c.label),
        ['Fine'],
      );
      assert.equal((await api()).evaluate('fineOne', { clicks: 4 }).ok, true);
      assert.equal((await api()).evaluate('ctr', { clicks: 1, impressions: 4 }).ok, true);
    });
  });
});
