import assert from 'node:assert/strict';
import { builtinCatalog } from '../../../src/core';
import { findMetricAt } from '../../../src/hover/findMetricAt';

describe('findMetricAt: the metric under the pointer', () => {
  const catalog = builtinCatalog();
  const cases: [line: string, pointerAt: string, metric: string | undefined, matched?: string][] = [
    ['Our CTR rose last week.', 'CTR', 'ctr', 'CTR'],
    ['The cost per click fell to $0.42.', 'per', 'cpc', 'cost per click'],
    ['The cost per click fell to $0.42.', 'cost', 'cpc', 'cost per click'],
    ['x = roas(50000, 10000)', 'roas', 'roas', 'roas'],
    ['df["ctr"] = df["clicks"] / df["impressions"]', 'ctr', 'ctr', 'ctr'],
    ['click-through rate is clicks over impressions', 'through', 'ctr', 'click-through rate'],
    ['SELECT SUM(cost) / SUM(conversions) AS cpa', 'cpa', 'cpa', 'cpa'],
    ['return on ad spend', 'spend', 'roas', 'return on ad spend'],
    ['Net Promoter Score: 60', 'Promoter', 'nps', 'Net Promoter Score'],
    ['const clicks = 5;', 'clicks', undefined],
    ['cost.per(click)', 'per', undefined],
    ['nothing here', 'here', undefined],
  ];
  for (const [line, pointerAt, metric, matched] of cases) {
    it(`${JSON.stringify(line)} at '${pointerAt}' → ${metric ?? 'nothing'}`, () => {
      const found = findMetricAt(line, line.indexOf(pointerAt) + 1, catalog);
      assert.equal(found?.metric.id, metric);
      if (found && matched) assert.equal(line.slice(found.start, found.end), matched);
    });
  }

  it('never looks beyond the line window around the pointer', () => {
    const line = `${'x '.repeat(5000)}CTR${' y'.repeat(5000)}`;
    const at = line.indexOf('CTR') + 1;
    assert.equal(findMetricAt(line, at, catalog)?.metric.id, 'ctr');
  });
});
