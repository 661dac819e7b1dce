import assert from 'node:assert/strict';
import { aggregate, BUILTIN_CATALOG, type Inputs } from '../../../src/core';

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

  it('builds the result of a row only when asked, the same as rows holds', () => {
    const rows: Inputs[] = [
      { clicks: 10, impressions: 1000 },
      { clicks: 5, impressions: 5000 },
      null as unknown as Inputs,
    ];
    const result = aggregate(rows, ['ctr']);
    assert.equal(result.rowCount, 3);
    assert.deepStrictEqual(
      [0, 1, 2].map((r) => result.row(r)),
      result.rows,
    );
    assert.equal(result.row(1).results[0]?.value, 0.001);
    assert.match(result.row(2).fieldProblems[0]?.error.message ?? '', /^Row 3 is null/);
  });

  it('explains a total that needs a non-additive input', () => {
    const result = aggregate([
      { reach: 1000, impressions: 5000 },
      { reach: 2000, impressions: 6000 },
    ]);
    assert.deepEqual(
      result.rows.map((r) => r.results.map((m) => m.id)),
      [['frequency'], ['frequency']],
    );
    assert.deepEqual(result.total.results, []);
    assert.equal(result.total.notAggregable[0]?.id, 'frequency');
    assert.match(result.total.notAggregable[0]!.reason, /reach is not additive/);
  });

  it('uses a non-additive input when every row has the same value', () => {
    const result = aggregate(
      [
        { reach: 1000, targetAudience: 10000, impressions: 2000 },
        { reach: 1000, targetAudience: 10000, impressions: 3000 },
      ],
      ['reachRate'],
    );
    assert.equal(result.total.results[0]?.value, 0.1);
  });

  it('says which rows lack an input', () => {
    const result = aggregate([{ clicks: 1, impressions: 10 }, { impressions: 10 }], ['ctr']);
    assert.match(result.total.notAggregable[0]!.reason, /clicks is missing in 1 of 2 rows/);
  });
});

describe('aggregate: rows that are no records (issue 16)', () => {
  it('a null row is a problem of that row, never an exception; the others are computed', () => {
    const result = aggregate([{ clicks: 1, impressions: 10 }, null as unknown as Inputs], ['ctr']);
    assert.equal(result.rows[0]?.results[0]?.value, 0.1);
    assert.equal(
      result.rows[1]?.fieldProblems[0]?.error.message,
      'Row 2 is null, not a record of fields such as { "clicks": 120 }',
    );
    assert.match(result.total.notAggregable[0]?.reason ?? '', /missing in 1 of 2 rows/);
  });

  it('a number or a list as a row is named too', () => {
    const result = aggregate(
      [5 as unknown as Inputs, [1, 2] as unknown as Inputs, { clicks: 1, impressions: 10 }],
      ['ctr'],
    );
    assert.equal(
      result.rows[0]?.fieldProblems[0]?.error.message,
      'Row 1 is 5, not a record of fields such as { "clicks": 120 }',
    );
    assert.equal(
      result.rows[1]?.fieldProblems[0]?.error.message,
      'Row 2 is a list, not a record of fields such as { "clicks": 120 }',
    );
  });
});

describe('catalog: basket size is not AOV (issue 16)', () => {
  it('"basket size" (units per basket) names no metric', () => {
    assert.equal(BUILTIN_CATALOG.metrics.find((m) => m.id === 'aov')?.aliases.includes('basket size'), false);
  });
});
