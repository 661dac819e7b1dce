import assert from 'node:assert/strict';
import {
  comparedPeriod,
  daysFromCivil,
  isoDate,
  periodKeys,
  periodLabel,
  periodOf,
  previousPeriod,
  previousYear,
} from '../../../../src/core/dates';
import type { Period, PeriodOptions } from '../../../../src/core/dates';

function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

const SUNDAY: PeriodOptions = { weekStart: 0 };

describe('periods', () => {
  it('day numbers count from 1970-01-01', () => {
    assert.equal(day('1970-01-01'), 0);
    assert.equal(day('2026-03-14'), Date.UTC(2026, 2, 14) / 86_400_000);
    assert.equal(isoDate(day('1900-03-01')), '1900-03-01');
  });

  describe('key and label of the period holding a day', () => {
    const cases: [date: string, period: Period, options: PeriodOptions, key: string, label: string][] = [
      ['2026-03-14', 'day', {}, '2026-03-14', '2026-03-14'],
      ['2026-03-14', 'week', {}, '2026-03-09', '2026-W11'],
      ['2026-03-14', 'week', SUNDAY, '2026-03-08', 'week of 2026-03-08'],
      ['2026-03-08', 'week', SUNDAY, '2026-03-08', 'week of 2026-03-08'],
      ['2026-03-14', 'week', { weekStart: 6 }, '2026-03-14', 'week of 2026-03-14'],
      ['2026-03-14', 'month', {}, '2026-03-01', '2026-03'],
      ['2026-03-14', 'quarter', {}, '2026-01-01', '2026-Q1'],
      ['2026-03-14', 'year', {}, '2026-01-01', '2026'],
      // ISO 8601 weeks at year boundaries: 2026 starts on a Thursday, so it has a week 53.
      ['2026-12-31', 'week', {}, '2026-12-28', '2026-W53'],
      ['2027-01-01', 'week', {}, '2026-12-28', '2026-W53'],
      ['2027-01-03', 'week', {}, '2026-12-28', '2026-W53'],
      ['2027-01-04', 'week', {}, '2027-01-04', '2027-W01'],
      ['2026-01-01', 'week', {}, '2025-12-29', '2026-W01'],
      ['2024-12-30', 'week', {}, '2024-12-30', '2025-W01'],
      ['2021-01-03', 'week', {}, '2020-12-28', '2020-W53'],
      ['2026-01-01', 'week', SUNDAY, '2025-12-28', 'week of 2025-12-28'],
      ['2026-12-31', 'quarter', {}, '2026-10-01', '2026-Q4'],
      ['2026-07-01', 'quarter', {}, '2026-07-01', '2026-Q3'],
      ['2026-06-30', 'quarter', {}, '2026-04-01', '2026-Q2'],
      ['2024-02-29', 'month', {}, '2024-02-01', '2024-02'],
      ['2026-12-31', 'year', {}, '2026-01-01', '2026'],
    ];
    for (const [date, period, options, key, label] of cases) {
      it(`${date} by ${period}${options.weekStart !== undefined ? ` (weekStart ${options.weekStart})` : ''}: ${label}`, () => {
        const k = periodOf(day(date), period, options);
        assert.equal(isoDate(k), key);
        assert.equal(periodLabel(k, period, options), label);
        assert.equal(periodLabel(day(date), period, options), label, 'any day of the period gives its label');
      });
    }
  });

  describe('the period compared with', () => {
    const cases: [date: string, period: Period, options: PeriodOptions, previous: string, yearBefore: string][] = [
      ['2026-01-01', 'day', {}, '2025-12-31', '2025-01-01'],
      ['2024-02-29', 'day', {}, '2024-02-28', '2023-02-28'],
      ['2024-03-01', 'day', {}, '2024-02-29', '2023-03-01'],
      ['2026-03-14', 'week', {}, '2026-03-02', '2025-03-10'],
      ['2026-01-01', 'week', {}, '2025-12-22', '2024-12-30'],
      // 2026-W53 has no twin in 2025, which has 52 weeks: 2025-W52.
      ['2026-12-31', 'week', {}, '2026-12-21', '2025-12-22'],
      ['2026-03-14', 'week', SUNDAY, '2026-03-01', '2025-03-09'],
      ['2026-01-15', 'month', {}, '2025-12-01', '2025-01-01'],
      ['2024-02-29', 'month', {}, '2024-01-01', '2023-02-01'],
      ['2026-02-10', 'quarter', {}, '2025-10-01', '2025-01-01'],
      ['2026-12-31', 'quarter', {}, '2026-07-01', '2025-10-01'],
      ['2026-06-30', 'year', {}, '2025-01-01', '2025-01-01'],
    ];
    for (const [date, period, options, previous, yearBefore] of cases) {
      it(`${date} by ${period}${options.weekStart !== undefined ? ' (Sunday weeks)' : ''}: ${previous}, ${yearBefore}`, () => {
        const key = periodOf(day(date), period, options);
        assert.equal(isoDate(previousPeriod(key, period, options)), previous);
        assert.equal(isoDate(previousYear(key, period, options)), yearBefore);
        assert.equal(comparedPeriod(key, period, 'previousPeriod', options), previousPeriod(key, period, options));
        assert.equal(comparedPeriod(key, period, 'previousYear', options), previousYear(key, period, options));
      });
    }
    it('ISO week labels line up a year apart', () => {
      const key = periodOf(day('2026-03-14'), 'week');
      assert.equal(periodLabel(previousYear(key, 'week'), 'week'), '2025-W11');
      assert.equal(periodLabel(previousYear(periodOf(day('2026-12-31'), 'week'), 'week'), 'week'), '2025-W52');
      assert.equal(periodLabel(previousYear(periodOf(day('2021-01-03'), 'week'), 'week'), 'week'), '2019-W52');
    });
    it('Sunday weeks a year before start on a Sunday', () => {
      const key = previousYear(periodOf(day('2026-03-14'), 'week', SUNDAY), 'week', SUNDAY);
      assert.equal(new Date(key * 86_400_000).getUTCDay(), 0);
    });
  });

  it('keys a column, keeping NaN', () => {
    const keys = periodKeys(new Float64Array([day('2026-03-14'), NaN, day('2026-03-31')]), 'month');
    assert.deepEqual(
      Array.from(keys, (k) => (Number.isNaN(k) ? '' : isoDate(k))),
      ['2026-03-01', '', '2026-03-01'],
    );
  });

  it('a weekStart outside 0–6 falls back to Monday', () => {
    assert.equal(periodLabel(day('2026-03-14'), 'week', { weekStart: 7 }), '2026-W11');
    assert.equal(periodLabel(day('2026-03-14'), 'week', { weekStart: 1.5 }), '2026-W11');
  });
});
