/**
 * Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar, with no time
 * zone (a date as written, not an instant). 1970-01-01 is 0, 2026-03-14 is 20526. They sort
 * as dates do, subtract to a count of days, and fit a Float64Array with NaN for "no date".
 *
 * The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` (public-domain
 * algorithms, "chrono-Compatible Low-Level Date Algorithms"): integer arithmetic only, no Date
 * object, so a million cells allocate nothing. Years 1–9999 are what the readers produce.
 */

const DAYS_PER_ERA = 146097;

/** The day number of a valid year, month (1–12) and day of month. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - 719468;
}

/**
 * A day number's date packed as `year * 10000 + month * 100 + day` (20260314): one number, so
 * bucketing a million days allocates nothing. Unpack with {@link yearOf}, {@link monthOf},
 * {@link dayOfMonth}.
 */
export function civilOf(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

export function yearOf(civil: number): number {
  return Math.floor(civil / 10000);
}

export function monthOf(civil: number): number {
  return Math.floor(civil / 100) % 100;
}

export function dayOfMonth(civil: number): number {
  return civil % 100;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Whether year (1–9999), month and day name a real date: 2024-02-29 does, 2023-02-29 does not. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`; 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** `2026-03-14`. */
export function isoDate(dayNumber: number): string {
  const civil = civilOf(dayNumber);
  return `${pad(yearOf(civil), 4)}-${pad(monthOf(civil), 2)}-${pad(dayOfMonth(civil), 2)}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
