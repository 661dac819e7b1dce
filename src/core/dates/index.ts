/**
 * Dates for breakdowns by period: read a column of dates into day numbers (days since
 * 1970-01-01), then bucket them by day, week, month, quarter or year.
 */
export { readDates } from './readDates';
export type {
  DateCell,
  DateColumn,
  DateError,
  DateErrorCode,
  DateFormat,
  DateProblem,
  DateReading,
  ReadDatesOptions,
} from './readDates';
export { comparedPeriod, periodKeys, periodLabel, periodOf, previousPeriod, previousYear } from './periods';
export type { Comparison, Period, PeriodOptions } from './periods';
export { daysFromCivil, isoDate } from './calendar';
export { dayOrderOf } from './dayOrder';
export type { DayOrder } from './dayOrder';
