/**
 * Dates written as numbers: Excel serial numbers and Unix timestamps. A column of plain numbers
 * is as likely to hold clicks or campaign ids (Google Ads ids have 10 digits, like a timestamp in
 * seconds), so these are read only when the header or the caller says the column holds dates.
 */
import { daysFromCivil } from './calendar';

export type NumericDateFormat = 'excelSerial' | 'unixSeconds' | 'unixMilliseconds';

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 the fictitious 1900-02-29 that
 * Lotus 1-2-3 had and Excel kept (ECMA-376 Part 1, "Date Representation"; Microsoft's "Excel
 * incorrectly assumes that the year 1900 is a leap year"). From serial 61 (1900-03-01) on, the
 * serial is the day count from 1899-12-30. 2958465 is 9999-12-31, the last serial Excel has.
 */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
const EXCEL_FICTITIOUS_LEAP_DAY = 60;
const EXCEL_LAST = 2958465;
const SECONDS_PER_DAY = 86400;

/** Seconds from 1973-03-03 to 2286-11-20, milliseconds likewise: no overlap with each other or with serials. */
const SECONDS_MIN = 1e8;
const SECONDS_MAX = 1e10;
const MILLISECONDS_MIN = 1e11;
const MILLISECONDS_MAX = 1e13;

/** Which numeric date a column holds, from its first number; undefined when none fits. */
export function numericFormatOf(value: number): NumericDateFormat | undefined {
  if (value >= 1 && value < EXCEL_LAST + 1) return 'excelSerial';
  if (value >= SECONDS_MIN && value < SECONDS_MAX) return 'unixSeconds';
  if (value >= MILLISECONDS_MIN && value < MILLISECONDS_MAX) return 'unixMilliseconds';
  return undefined;
}

/**
 * The day number of a numeric date, or NaN when the value does not fit the column's format (or
 * is serial 60, a day that never was). A fraction is a time of day and is dropped; timestamps
 * are instants, read as their UTC day.
 */
export function numericDay(value: number, format: NumericDateFormat): number {
  if (numericFormatOf(value) !== format) return NaN;
  switch (format) {
    case 'excelSerial': {
      const serial = Math.floor(value);
      if (serial === EXCEL_FICTITIOUS_LEAP_DAY) return NaN;
      return EXCEL_EPOCH + serial + (serial < EXCEL_FICTITIOUS_LEAP_DAY ? 1 : 0);
    }
    case 'unixSeconds':
      return Math.floor(value / SECONDS_PER_DAY);
    case 'unixMilliseconds':
      return Math.floor(value / (SECONDS_PER_DAY * 1000));
  }
}

/** The number a cell holds: a number, or a text of digits with an optional fraction. */
export function numberIn(cell: string | number): number {
  return typeof cell === 'number' ? cell : Number(cell.trim());
}
