/**
 * A date's period as SQL, engine by engine: the first day of its day, week, month, quarter or
 * year, as a DATE (SQLite: ISO text), so that every engine's groups carry the same keys as the
 * core's periods. No one form runs on all nine engines: portable SQL has no periods.
 *   https://www.postgresql.org/docs/current/functions-datetime.html (date_trunc; date - integer)
 *   https://duckdb.org/docs/stable/sql/functions/date (date_trunc, dayofweek: 0 = Sunday)
 *   https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions (DATE_TRUNC(d, MONTH), DAYOFWEEK 1 = Sunday)
 *   https://docs.snowflake.com/en/sql-reference/functions/dayofweekiso (1 = Monday … 7 = Sunday, whatever WEEK_START is)
 *   https://spark.apache.org/docs/latest/api/sql/index.html#trunc (trunc(date, 'MM'), dayofweek 1 = Sunday)
 *   https://learn.microsoft.com/en-us/sql/t-sql/functions/datefromparts-transact-sql (DATEPART(weekday) follows SET DATEFIRST: not used)
 *   https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html (MAKEDATE, DAYOFWEEK 1 = Sunday)
 *   https://www.sqlite.org/lang_datefunc.html (date(x, 'start of month'), strftime('%w') 0 = Sunday)
 */
import type { Comparison, Period } from '../dates/periods';
import type { SqlDialect } from './sqlDialects';

type Dialect = Exclude<SqlDialect, 'portable'>;

const TRUNCATES = new Set<Dialect>(['postgresql', 'redshift', 'duckdb', 'snowflake']);

/** The first day of `column`'s period; `weekStart` 0 = Sunday … 6 = Saturday. */
export function periodSql(
  period: Period,
  column: string,
  dialect: Dialect,
  weekStart: number,
  format?: string,
): string {
  const day = dayOf(column, dialect, format);
  if (period === 'day') return day;
  if (period === 'week') return weekSql(day, column, dialect, weekStart);
  if (TRUNCATES.has(dialect)) return `CAST(DATE_TRUNC('${period}', ${day}) AS DATE)`;
  switch (dialect) {
    case 'bigquery':
      return `DATE_TRUNC(${day}, ${period.toUpperCase()})`;
    case 'spark':
      return `TRUNC(${day}, '${period === 'month' ? 'MM' : period.toUpperCase()}')`;
    case 'sqlserver':
      return period === 'month'
        ? `DATEFROMPARTS(YEAR(${day}), MONTH(${day}), 1)`
        : period === 'quarter'
          ? `DATEFROMPARTS(YEAR(${day}), 3 * DATEPART(quarter, ${day}) - 2, 1)`
          : `DATEFROMPARTS(YEAR(${day}), 1, 1)`;
    case 'mysql':
      return period === 'month'
        ? `MAKEDATE(YEAR(${day}), 1) + INTERVAL (MONTH(${day}) - 1) MONTH`
        : period === 'quarter'
          ? `MAKEDATE(YEAR(${day}), 1) + INTERVAL 3 * (QUARTER(${day}) - 1) MONTH`
          : `MAKEDATE(YEAR(${day}), 1)`;
    case 'sqlite':
      return period === 'month'
        ? `date(${column}, 'start of month')`
        : period === 'quarter'
          ? `date(${column}, 'start of month', '-' || ((CAST(strftime('%m', ${column}) AS INTEGER) - 1) % 3) || ' months')`
          : `date(${column}, 'start of year')`;
    default:
      return `CAST(DATE_TRUNC('${period}', ${day}) AS DATE)`;
  }
}

/**
 * The column as a DATE. DuckDB, which reads files whose dates are text: TRY_CAST, so a cell that
 * is no date is a group of its own (NULL) rather than an error, or try_strptime with the format
 * the core read the column with (`%d.%m.%Y`).
 *   https://duckdb.org/docs/stable/sql/functions/dateformat (strptime, try_strptime)
 */
function dayOf(column: string, dialect: Dialect, format?: string): string {
  if (dialect === 'sqlite') return `date(${column})`;
  if (dialect !== 'duckdb') return `CAST(${column} AS DATE)`;
  if (format !== undefined)
    return `CAST(try_strptime(CAST(${column} AS VARCHAR), '${format.replace(/'/g, "''")}') AS DATE)`;
  return `TRY_CAST(${column} AS DATE)`;
}

/** The day the week starts on, on or before the date: the date minus (weekday − weekStart) mod 7 days. */
function weekSql(day: string, column: string, dialect: Dialect, weekStart: number): string {
  const back = (weekday: string, mod = (a: string) => `(${a}) % 7`) => mod(`${weekday} + ${7 - weekStart}`);
  switch (dialect) {
    case 'postgresql':
    case 'redshift':
      return `${day} - CAST(${back(`CAST(EXTRACT(DOW FROM ${day}) AS INTEGER)`)} AS INTEGER)`;
    case 'duckdb':
      return `CAST(${day} - CAST(${back(`dayofweek(${day})`)} AS INTEGER) AS DATE)`;
    case 'snowflake':
      return `DATEADD(day, 0 - ${back(`DAYOFWEEKISO(${day}) % 7`)}, ${day})`;
    case 'bigquery':
      return `DATE_SUB(${day}, INTERVAL ${back(`EXTRACT(DAYOFWEEK FROM ${day}) - 1`, (a) => `MOD(${a}, 7)`)} DAY)`;
    case 'spark':
      return `DATE_SUB(${day}, ${back(`DAYOFWEEK(${day}) - 1`)})`;
    case 'sqlserver':
      // 1900-01-01 was a Monday: the weekday whatever SET DATEFIRST says (dates from 1900 on).
      return `DATEADD(day, 0 - ${back(`(DATEDIFF(day, '19000101', ${day}) + 1) % 7`)}, ${day})`;
    case 'mysql':
      return `DATE_SUB(${day}, INTERVAL ${back(`DAYOFWEEK(${day}) - 1`)} DAY)`;
    case 'sqlite':
      return `date(${column}, '-' || (${back(`CAST(strftime('%w', ${column}) AS INTEGER)`)}) || ' days')`;
    default:
      return day;
  }
}

/**
 * The first day of the period a period is compared with, from its own first day (`start`, a
 * period's key as periodSql writes it), by the core's calendar (dates/periods.ts): the day, week
 * (7 days), month, quarter (3 months) or year before; or the same period a year before — 12
 * months back (29 February gives 28 February, as every engine's month arithmetic but SQLite's
 * does), 52 weeks for weeks not numbered by ISO 8601, and for an ISO week the week of the same
 * number (52 weeks back, or 53 where that lands on another number: week 53, or after a year of 53).
 *   https://www.postgresql.org/docs/current/functions-datetime.html (date - interval, EXTRACT(WEEK): ISO)
 *   https://duckdb.org/docs/stable/sql/functions/date (weekofyear: ISO week)
 *   https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions (DATE_SUB, EXTRACT(ISOWEEK))
 *   https://docs.snowflake.com/en/sql-reference/functions/dateadd (DATEADD of a DATE is a DATE), …/year (WEEKISO)
 *   https://spark.apache.org/docs/latest/api/sql/index.html#add_months (weekofyear: ISO, Monday first)
 *   https://learn.microsoft.com/en-us/sql/t-sql/functions/dateadd-transact-sql (DATEPART(iso_week, d))
 *   https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html (DATE_SUB, WEEK(d, 3): ISO)
 *   https://docs.aws.amazon.com/redshift/latest/dg/r_Dateparts_for_datetime_functions.html (week: ISO)
 *   https://www.sqlite.org/lang_datefunc.html ('-1 year' of 02-29 overflows to 03-01; %V only from 3.46)
 */
export function comparedPeriodSql(
  period: Period,
  comparison: Comparison,
  start: string,
  dialect: Dialect,
  weekStart: number,
): string {
  if (comparison === 'previousPeriod')
    return period === 'day' || period === 'week'
      ? daysBack(start, period === 'day' ? 1 : 7, dialect)
      : monthsBack(start, MONTHS[period], dialect);
  if (period === 'week') {
    const back52 = daysBack(start, 364, dialect);
    if (weekStart !== 1) return back52;
    return `CASE WHEN ${isoWeek(back52, dialect)} = ${isoWeek(start, dialect)} THEN ${back52} ELSE ${daysBack(start, 371, dialect)} END`;
  }
  if (period === 'day' && dialect === 'sqlite')
    return `CASE WHEN strftime('%m-%d', ${start}) = '02-29' THEN date(${start}, '-1 year', '-1 day') ELSE date(${start}, '-1 year') END`;
  return monthsBack(start, 12, dialect);
}

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

function daysBack(day: string, days: number, dialect: Dialect): string {
  switch (dialect) {
    case 'postgresql':
    case 'redshift':
    case 'duckdb':
      // date - integer is a date.
      return `${day} - ${days}`;
    case 'snowflake':
    case 'sqlserver':
      return `DATEADD(day, -${days}, ${day})`;
    case 'bigquery':
    case 'mysql':
      return `DATE_SUB(${day}, INTERVAL ${days} DAY)`;
    case 'spark':
      return `DATE_SUB(${day}, ${days})`;
    case 'sqlite':
      return `date(${day}, '-${days} days')`;
  }
}

function monthsBack(day: string, months: number, dialect: Dialect): string {
  switch (dialect) {
    case 'postgresql':
    case 'redshift':
    case 'duckdb':
      return `CAST(${day} - INTERVAL '${months} month' AS DATE)`;
    case 'snowflake':
    case 'sqlserver':
      return `DATEADD(month, -${months}, ${day})`;
    case 'bigquery':
    case 'mysql':
      return `DATE_SUB(${day}, INTERVAL ${months} MONTH)`;
    case 'spark':
      return `ADD_MONTHS(${day}, -${months})`;
    case 'sqlite':
      return `date(${day}, '-${months} months')`;
  }
}

/** The ISO 8601 week number of a Monday. SQLite: from its Thursday's day of the year (%V is recent). */
function isoWeek(monday: string, dialect: Dialect): string {
  switch (dialect) {
    case 'postgresql':
    case 'redshift':
      return `EXTRACT(WEEK FROM ${monday})`;
    case 'duckdb':
      return `weekofyear(${monday})`;
    case 'snowflake':
      return `WEEKISO(${monday})`;
    case 'bigquery':
      return `EXTRACT(ISOWEEK FROM ${monday})`;
    case 'spark':
      return `WEEKOFYEAR(${monday})`;
    case 'sqlserver':
      return `DATEPART(iso_week, ${monday})`;
    case 'mysql':
      return `WEEK(${monday}, 3)`;
    case 'sqlite':
      return `(CAST(strftime('%j', ${monday}, '+3 days') AS INTEGER) - 1) / 7 + 1`;
  }
}
