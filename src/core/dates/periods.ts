/**
 * Periods for breakdowns over time. A period is keyed by the day number of its first day, so keys
 * sort in time order, a key is its own bucket, and "the period before" is arithmetic on keys:
 *
 *     period    key of 2026-03-14 (a Saturday)    label
 *     day       2026-03-14                        2026-03-14
 *     week      2026-03-09 (Monday, ISO 8601)     2026-W11
 *     week      2026-03-08 (weekStart: 0)         week of 2026-03-08
 *     month     2026-03-01                        2026-03
 *     quarter   2026-01-01                        2026-Q1
 *     year      2026-01-01                        2026
 *
 * Weeks start on Monday and are labelled by ISO week-numbering year and week (2026-12-31 and
 * 2027-01-01 are both in 2026-W53); with another `weekStart` they have no numbering standard and
 * are labelled by their first day.
 */
import * as l10n from '@vscode/l10n';
import { civilOf, dayOfMonth, daysFromCivil, daysInMonth, isoDate, monthOf, pad, weekdayOf, yearOf } from './calendar';

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Comparison = 'previousPeriod' | 'previousYear';

export interface PeriodOptions {
  /** The first day of a week: 0 = Sunday … 6 = Saturday. Default 1, Monday, as ISO 8601. */
  readonly weekStart?: number;
}

const ISO_WEEK_START = 1;

/** The key of the period holding `day`: the day number of the period's first day. NaN stays NaN. */
export function periodOf(day: number, period: Period, options: PeriodOptions = {}): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return day - ((weekdayOf(day) - weekStartOf(options) + 7) % 7);
    case 'month':
      return day - dayOfMonth(civilOf(day)) + 1;
    case 'quarter': {
      const civil = civilOf(day);
      return daysFromCivil(yearOf(civil), monthOf(civil) - ((monthOf(civil) - 1) % 3), 1);
    }
    case 'year':
      return daysFromCivil(yearOf(civilOf(day)), 1, 1);
  }
}

/** {@link periodOf} for a column of day numbers (readDates' `days`), into a new array. */
export function periodKeys(days: ArrayLike<number>, period: Period, options: PeriodOptions = {}): Float64Array {
  const keys = new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    keys[i] = Number.isNaN(day) ? NaN : periodOf(day, period, options);
  }
  return keys;
}

/** `2026-03-14`, `2026-W11` or `week of 2026-03-08`, `2026-03`, `2026-Q1`, `2026`. Any day of the period will do. */
export function periodLabel(key: number, period: Period, options: PeriodOptions = {}): string {
  const first = periodOf(key, period, options);
  const civil = civilOf(first);
  switch (period) {
    case 'day':
      return isoDate(first);
    case 'week':
      return weekStartOf(options) === ISO_WEEK_START ? isoWeekLabel(first) : l10n.t('week of {0}', isoDate(first));
    case 'month':
      return `${pad(yearOf(civil), 4)}-${pad(monthOf(civil), 2)}`;
    case 'quarter':
      return `${pad(yearOf(civil), 4)}-Q${Math.floor((monthOf(civil) - 1) / 3) + 1}`;
    case 'year':
      return pad(yearOf(civil), 4);
  }
}

/** The key of the period just before: the day before, the week before, the month before… */
export function previousPeriod(key: number, period: Period, options: PeriodOptions = {}): number {
  const first = periodOf(key, period, options);
  if (period === 'day') return first - 1;
  if (period === 'week') return first - 7;
  return periodOf(first - 1, period, options);
}

/**
 * The key of the same period a year before. A day keeps its month and day (2024-02-29 gives
 * 2023-02-28, the last day of that February); an ISO week keeps its number (2026-W53 gives
 * 2025-W52, as 2025 has no week 53); other weeks go back 52 weeks, to the same weekday.
 */
export function previousYear(key: number, period: Period, options: PeriodOptions = {}): number {
  const first = periodOf(key, period, options);
  if (period === 'week') {
    if (weekStartOf(options) !== ISO_WEEK_START) return first - 364;
    const { year: weekYear, week } = isoWeek(first);
    return isoWeekStart(weekYear - 1, Math.min(week, isoWeeksIn(weekYear - 1)));
  }
  const civil = civilOf(first);
  const year = yearOf(civil) - 1;
  const month = monthOf(civil);
  return daysFromCivil(year, month, Math.min(dayOfMonth(civil), daysInMonth(year, month)));
}

/** The key a period is compared with. */
export function comparedPeriod(
  key: number,
  period: Period,
  comparison: Comparison,
  options: PeriodOptions = {},
): number {
  return comparison === 'previousPeriod' ? previousPeriod(key, period, options) : previousYear(key, period, options);
}

/** 0–6, Sunday first; anything else (a fraction, NaN) falls back to Monday. */
function weekStartOf(options: PeriodOptions): number {
  const start = options.weekStart;
  return start !== undefined && Number.isInteger(start) && start >= 0 && start <= 6 ? start : ISO_WEEK_START;
}

/** ISO 8601: a week belongs to the year that holds its Thursday. */
function isoWeek(monday: number): { year: number; week: number } {
  const thursday = monday + 3;
  const year = yearOf(civilOf(thursday));
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}

function isoWeekLabel(monday: number): string {
  const { year, week } = isoWeek(monday);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** The Monday of ISO week 1 is the Monday of the week that holds 4 January. */
function isoWeekStart(year: number, week: number): number {
  const january4 = daysFromCivil(year, 1, 4);
  return january4 - ((weekdayOf(january4) + 6) % 7) + (week - 1) * 7;
}

/** 53 when 28 December, always in the year's last week, is in week 53. */
function isoWeeksIn(year: number): number {
  const december28 = daysFromCivil(year, 12, 28);
  return isoWeek(december28 - ((weekdayOf(december28) + 6) % 7)).week;
}
