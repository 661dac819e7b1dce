import assert from 'node:assert/strict';
import { aggregate } from '../../../src/core';

describe('aggregate', () => {
  it('totals CTR as a ratio of sums, not the mean of row CTRs', () => {
    const rows = [
      { clicks: 10, impressions: 1000 },
      { clicks: 5, impressions: 5000 },
      { clicks: 10, impressions: 500 },
    ];
    const result = aggregate(rows, ['ctr']);
    const rowCtrs = result.rows.map((r) => r.results[0]!.value);
    const meanOfRatios = rowCtrs.reduce((a, b) => a + b, 0) / rowCtrs.length;
    const total = result.total.results.find((r) => r.id === 'ctr')!;
    assert.ok(Math.abs(total.value - 25 / 6500) < 1e-15);
    assert.equal(total.text, '0.38%');
    assert.ok(Math.abs(meanOfRatios - 0.010333) < 1e-6, 'the trap: mean of ratios is about 1.03 %');
  });

  it('explains a total that needs a non-additive input', () => {
    const result = aggregate([
      { reach: 1000, impressions: 5000 },
      { reach: 2000, impressions: 6000 },
    ]);
    assert.deepEqual(result.rows.map((r) => r.results.map((m) => m.id)), [['frequency'], ['frequency']]);
    assert.deepEqual(result.total.results, []);
    assert.equal(result.total.notAggregable[0]?.id, 'frequency');
    assert.match(result.total.notAggregable[0]!.reason, /reach is not additive/);
  });

  it('uses a non-additive input when every row has the same value', () => {
    const result = aggregate([
      { reach: 1000, targetAudience: 10000, impressions: 2000 },
      { reach: 1000, targetAudience: 10000, impressions: 3000 },
    ], ['reachRate']);
    assert.equal(result.total.results[0]?.value, 0.1);
  });

  it('says which rows lack an input', () => {
    const result = aggregate([{ clicks: 1, impressions: 10 }, { impressions: 10 }], ['ctr']);
    assert.match(result.total.notAggregable[0]!.reason, /clicks is missing in 1 of 2 rows/);
  });
});
