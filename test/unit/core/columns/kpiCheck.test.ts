import assert from 'node:assert/strict';
import { ReportedColumn, type KpiCheck } from '../../../../src/core/columns/kpiCheck';
import type { Unit } from '../../../../src/core/catalog/schema';

const checkColumn = (
  theirs: Float64Array,
  ours: Float64Array,
  unit: Unit,
  header: { percent: boolean },
): Pick<KpiCheck, 'factor' | 'compared' | 'disagreeing'> => new ReportedColumn(theirs).check(ours, unit, header);

const f = (values: readonly number[]) => Float64Array.from(values);

describe("columns: the export's KPI beside ours", () => {
  it('agrees within the rounding of the value as written, and no further', () => {
    // CPC 1.33 written for 4/3: within 0.005; 1.34 is not.
    assert.deepEqual(
      checkColumn(f([1.33, 1.34, 2]), f([4 / 3, 4 / 3, 2.004]), 'currency', { percent: false }).disagreeing,
      [1],
    );
  });

  it("reads percentage points where they agree with ours and the value as written does not (Meta's CTR 1.234567)", () => {
    const check = checkColumn(f([1.234567, 2.5, 0.8]), f([0.01234567, 0.025, 0.008]), 'percent', { percent: false });
    assert.equal(check.factor, 0.01);
    assert.deepEqual(check.disagreeing, []);
  });

  it('takes a fraction as a fraction (GA4 writes 0.6123 for 61.23 %)', () => {
    const check = checkColumn(f([0.6123, 0.5]), f([0.61234, 0.5]), 'percent', { percent: false });
    assert.equal(check.factor, 1);
    assert.deepEqual(check.disagreeing, []);
  });

  it('a header marked % is in points whatever the values', () => {
    assert.equal(checkColumn(f([0.5]), f([0.005]), 'percent', { percent: true }).factor, 0.01);
  });

  it('counts only rows where both have a value', () => {
    const check = checkColumn(f([NaN, 3, 4]), f([1, NaN, 4]), 'ratio', { percent: false });
    assert.equal(check.compared, 1);
    assert.deepEqual(check.disagreeing, []);
  });

  it('flags the classic: CTR from all clicks beside ours from link clicks', () => {
    // Impressions 10,000; link clicks 50 (0.50 %); the export wrote 1.20 % from 120 clicks (all).
    const check = checkColumn(f([0.012, 0.02]), f([0.005, 0.02]), 'percent', { percent: false });
    assert.deepEqual(check.disagreeing, [0]);
  });
});
