/**
 * Reads a column of date cells into day numbers (see calendar.ts), deciding the column's format
 * once: the first readable cell fixes the layout (ISO, `dd/mm/yyyy`, GA4's `20260314`, `Mar 14,
 * 2026`, Excel serials, Unix timestamps…), every other cell must follow it, and a cell that does
 * not is a problem of its own, never a guess.
 *
 * The order of `03/04/2026` is settled, in turn, by the column's values (a part above 12 names
 * the day), by the dot (`14.03.2026` is written day first wherever it is written), by the number
 * locale, or not at all: then the column is reported as ambiguous.
 */
import * as l10n from '@vscode/l10n';
import { daysFromCivil, isValidDate } from './calendar';
import { dayOrderOf } from './dayOrder';
import type { DayOrder } from './dayOrder';
import { numberIn, numericDay, numericFormatOf } from './numbers';
import type { NumericDateFormat } from './numbers';
import {
  COMPACT,
  DASH,
  DOT,
  EMPTY,
  layoutOf,
  NAMED,
  NUMBER,
  UNREADABLE,
  scanNumber,
  scanText,
  separatorOf,
  shapeOf,
  SLASH,
  YEAR_FIRST,
  YEAR_LAST,
  yearPart,
  firstPart,
  secondPart,
} from './scan';

export type DateCell = string | number | null | undefined;

export type DateFormat =
  'iso' | 'yearMonthDay' | 'dayMonthYear' | 'monthDayYear' | 'monthName' | 'yyyymmdd' | NumericDateFormat;

export interface ReadDatesOptions {
  /**
   * The core's number locale (`CoreOptions.locale`). It settles `03/04/2026` when no value in
   * the column does: month first in en-US, day first in de-DE, fr-FR, en-GB, et-EE… Without it,
   * or with a locale that has no region, such a column is reported as ambiguous.
   */
  readonly locale?: string;
  /** The column's header: named in messages, and a header naming a date lets numbers be read as dates. */
  readonly header?: string;
  /** The caller knows the column holds dates: read numbers as Excel serials or timestamps whatever the header. */
  readonly numbersAreDates?: boolean;
}

/** A cell that holds text but no date of the column's format, or no real date (2023-02-29). */
export interface DateProblem {
  /** 0-based index into the cells; the message counts from 1 for people. */
  readonly row: number;
  /** The cell as written, trimmed. */
  readonly raw: string;
  readonly message: string;
}

export interface DateColumn {
  readonly ok: true;
  readonly format: DateFormat;
  /** The format as people write it: `yyyy-mm-dd`, `dd.mm.yyyy`, `m/d/yyyy`, `Excel serial number`. */
  readonly pattern: string;
  /**
   * How `dd/mm` against `mm/dd` was settled, only for those two formats: by a value with a part
   * above 12 (or because every value reads the same either way, like 1/1/2024), by the dot
   * (`dd.mm.yyyy`), or by the locale.
   */
  readonly orderFrom?: 'values' | 'separator' | 'locale';
  /** Per cell, its day number (days since 1970-01-01); NaN where the cell is empty or a problem. */
  readonly days: Float64Array;
  readonly problems: readonly DateProblem[];
}

export type DateErrorCode = 'ambiguousDateOrder' | 'mixedDateOrder' | 'notDates';

/** The core's error shape (errors.ts), with the codes of this module; `input` is the column. */
export interface DateError {
  readonly code: DateErrorCode;
  readonly message: string;
  readonly input?: string;
  readonly hint?: string;
}

export type DateReading = DateColumn | { readonly ok: false; readonly error: DateError };

export function readDates(cells: ArrayLike<DateCell>, options: ReadDatesOptions = {}): DateReading {
  const column = columnName(options.header);
  for (let r = 0; r < cells.length; r++) {
    const code = codeOf(cells[r]);
    if (code === NUMBER) return readNumbers(cells, r, column, options);
    if (code >= 0) return readTexts(cells, layoutOf(code), column, options);
  }
  return noDates(cells, column, options.header);
}

function codeOf(cell: DateCell): number {
  if (cell === null || cell === undefined) return EMPTY;
  return typeof cell === 'number' ? scanNumber(cell) : scanText(cell);
}

/**
 * One pass leaves in `days` each cell's code, or a negative code where the cell is empty or
 * not of the column's layout, and notes the first row that names the day (`14/03/2026`) and
 * the first that names the month (`03/14/2026`); a second turns codes into day numbers.
 */
function readTexts(cells: ArrayLike<DateCell>, layout: number, column: string, options: ReadDatesOptions): DateReading {
  const days = new Float64Array(cells.length);
  const shape = shapeOf(layout);
  let dayFirstRow = -1;
  let monthFirstRow = -1;
  let unsettledRow = -1;
  for (let r = 0; r < days.length; r++) {
    const code = codeOf(cells[r]);
    if (code >= 0 && layoutOf(code) !== layout) days[r] = UNREADABLE;
    else days[r] = code;
    if (shape === YEAR_LAST && code >= 0) {
      const first = firstPart(code);
      const second = secondPart(code);
      if (dayFirstRow < 0 && first > 12 && second <= 12) dayFirstRow = r;
      else if (monthFirstRow < 0 && second > 12 && first <= 12) monthFirstRow = r;
      else if (unsettledRow < 0 && first !== second && first <= 12 && second <= 12) unsettledRow = r;
    }
  }
  let order: DayOrder = 'monthFirst';
  let orderFrom: DateColumn['orderFrom'];
  if (shape === YEAR_LAST) {
    const settled = settleOrder(cells, layout, { dayFirstRow, monthFirstRow, unsettledRow }, column, options);
    if (!settled.ok) return settled;
    ({ order, orderFrom } = settled);
  }
  const pattern = patternOf(shape, separatorOf(layout), order);
  return {
    ok: true,
    format: formatOf(shape, separatorOf(layout), order),
    pattern,
    ...(orderFrom !== undefined ? { orderFrom } : {}),
    days,
    problems: toDays(cells, days, shape === YEAR_LAST && order === 'dayFirst', pattern),
  };
}

type Settled =
  { ok: true; order: DayOrder; orderFrom: NonNullable<DateColumn['orderFrom']> } | { ok: false; error: DateError };

/** First rows of a `n/n/yyyy` column: one naming the day (14/03), one naming the month (03/14), one either (03/04). */
interface OrderEvidence {
  readonly dayFirstRow: number;
  readonly monthFirstRow: number;
  readonly unsettledRow: number;
}

function settleOrder(
  cells: ArrayLike<DateCell>,
  layout: number,
  evidence: OrderEvidence,
  column: string,
  options: ReadDatesOptions,
): Settled {
  const { dayFirstRow, monthFirstRow, unsettledRow } = evidence;
  const input = options.header !== undefined ? { input: options.header } : {};
  if (dayFirstRow >= 0 && monthFirstRow >= 0) {
    const dayFirst = rawOf(cells[dayFirstRow]);
    const monthFirst = rawOf(cells[monthFirstRow]);
    const message = mixedOrder(column, dayFirstRow, dayFirst, monthFirstRow, monthFirst);
    return { ok: false, error: { code: 'mixedDateOrder', message, ...input, hint: oneOrderHint() } };
  }
  if (dayFirstRow >= 0) return { ok: true, order: 'dayFirst', orderFrom: 'values' };
  if (monthFirstRow >= 0) return { ok: true, order: 'monthFirst', orderFrom: 'values' };
  if (separatorOf(layout) === DOT) return { ok: true, order: 'dayFirst', orderFrom: 'separator' };
  const order = options.locale !== undefined ? dayOrderOf(options.locale) : undefined;
  if (order !== undefined) return { ok: true, order, orderFrom: 'locale' };
  // Every value reads the same either way (1/1/2024, 3/3/2026): nothing to settle.
  if (unsettledRow < 0) return { ok: true, order: 'monthFirst', orderFrom: 'values' };
  const example = rawOf(cells[unsettledRow]);
  const message =
    options.locale !== undefined
      ? l10n.t(
          '{0} has dates like "{1}" whose order is ambiguous: no value has a day above 12, so it could be day/month or month/day, and the locale \'{2}\' names no region to settle it.',
          column,
          example,
          options.locale,
        )
      : l10n.t(
          '{0} has dates like "{1}" whose order is ambiguous: no value has a day above 12, so it could be day/month or month/day.',
          column,
          example,
        );
  return {
    ok: false,
    error: {
      code: 'ambiguousDateOrder',
      message,
      ...input,
      hint: l10n.t('set the number locale to one with a region, such as en-US (month first) or en-GB (day first)'),
    },
  };
}

/** Turns the codes left in `days` into day numbers, reporting the cells that are no date of the column. */
function toDays(cells: ArrayLike<DateCell>, days: Float64Array, dayFirst: boolean, pattern: string): DateProblem[] {
  const problems: DateProblem[] = [];
  for (let r = 0; r < days.length; r++) {
    const code = days[r]!;
    if (code < 0) {
      days[r] = NaN;
      if (code !== EMPTY)
        problems.push(problem(cells, r, l10n.t("is not a date written like the column's first one ({0})", pattern)));
      continue;
    }
    const year = yearPart(code);
    const month = dayFirst ? secondPart(code) : firstPart(code);
    const day = dayFirst ? firstPart(code) : secondPart(code);
    if (isValidDate(year, month, day)) days[r] = daysFromCivil(year, month, day);
    else {
      days[r] = NaN;
      problems.push(problem(cells, r, l10n.t('is not a day of the calendar')));
    }
  }
  return problems;
}

/** The column's first number, at row `first`, decides between Excel serials and timestamps. */
function readNumbers(
  cells: ArrayLike<DateCell>,
  first: number,
  column: string,
  options: ReadDatesOptions,
): DateReading {
  const example = rawOf(cells[first]);
  const format = numericFormatOf(numberIn(cells[first] as string | number));
  if (format === undefined || !(options.numbersAreDates === true || headerNamesDate(options.header))) {
    const message = l10n.t('{0} holds numbers such as {1}, not dates.', column, example);
    const hint =
      format === undefined
        ? l10n.t('dates as numbers are Excel serial numbers (45000 is 2023-03-15) or Unix timestamps')
        : l10n.t('a column whose header names a date (Date, Day) is read as Excel serial numbers or Unix timestamps');
    return {
      ok: false,
      error: { code: 'notDates', message, ...(options.header !== undefined ? { input: options.header } : {}), hint },
    };
  }
  const days = new Float64Array(cells.length);
  const problems: DateProblem[] = [];
  for (let r = 0; r < cells.length; r++) {
    const code = codeOf(cells[r]);
    days[r] = code === NUMBER ? numericDay(numberIn(cells[r] as string | number), format) : NaN;
    if (code !== EMPTY && Number.isNaN(days[r]))
      problems.push(problem(cells, r, l10n.t('is not {0}', numericName(format))));
  }
  return { ok: true, format, pattern: numericName(format), days, problems };
}

/** How a message names a numeric date format (a function: it speaks the language set when it runs). */
function numericName(format: NumericDateFormat): string {
  switch (format) {
    case 'excelSerial':
      return l10n.t('an Excel serial number (1900 date system)');
    case 'unixSeconds':
      return l10n.t('a Unix timestamp in seconds');
    case 'unixMilliseconds':
      return l10n.t('a Unix timestamp in milliseconds');
  }
}

/**
 * Headers that name a date: `Date`, `Day`, `Start Date (in UTC)`, `Reporting starts`,
 * `segments.date`, `created_at`. Not `Time`: a number under it is more often a duration.
 */
const DATE_HEADER = /(?:^|[^a-z])(?:date|day|datum|fecha|jour|timestamp|period|starts|ends)(?:[^a-z]|$)|_(?:at|date)$/;

function headerNamesDate(header: string | undefined): boolean {
  return header !== undefined && DATE_HEADER.test(header.toLowerCase());
}

function noDates(cells: ArrayLike<DateCell>, column: string, header: string | undefined): DateReading {
  let example: string | undefined;
  for (let r = 0; r < cells.length && example === undefined; r++) {
    const raw = rawOf(cells[r]);
    if (raw !== '') example = raw;
  }
  const message =
    example === undefined
      ? l10n.t('{0} has no values.', column)
      : l10n.t('{0} holds no dates: its first value is "{1}".', column, example);
  return { ok: false, error: { code: 'notDates', message, ...(header !== undefined ? { input: header } : {}) } };
}

function formatOf(shape: number, separator: number, order: DayOrder): DateFormat {
  if (shape === YEAR_FIRST) return separator === DASH ? 'iso' : 'yearMonthDay';
  if (shape === YEAR_LAST) return order === 'dayFirst' ? 'dayMonthYear' : 'monthDayYear';
  return shape === COMPACT ? 'yyyymmdd' : 'monthName';
}

/** The format as people write it; `order` undefined while the column has not settled it. */
function patternOf(shape: number, separator: number, order: DayOrder | undefined): string {
  const s = separator === DASH ? '-' : separator === SLASH ? '/' : '.';
  if (shape === YEAR_FIRST) return `yyyy${s}mm${s}dd`;
  if (shape === YEAR_LAST) {
    const dayFirst = `dd${s}mm${s}yyyy`;
    const monthFirst = `mm${s}dd${s}yyyy`;
    return order === undefined
      ? l10n.t('{0} or {1}', dayFirst, monthFirst)
      : order === 'dayFirst'
        ? dayFirst
        : monthFirst;
  }
  if (shape === NAMED) return 'Mar 14, 2026 / 14 Mar 2026';
  return 'yyyymmdd';
}

function problem(cells: ArrayLike<DateCell>, row: number, why: string): DateProblem {
  const raw = rawOf(cells[row]);
  return { row, raw, message: l10n.t('Row {0}: "{1}" {2}.', row + 1, raw, why) };
}

function rawOf(cell: DateCell): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** How a message names the date column: by its header, else as the date column. */
export function columnName(header: string | undefined): string {
  return header !== undefined && header.trim() !== ''
    ? l10n.t('Column "{0}"', header.trim())
    : l10n.t('The date column');
}

/** Day-first and month-first dates in one column; a streamed file says it the same way (streamDates.ts). */
export function mixedOrder(
  column: string,
  dayFirstRow: number,
  dayFirst: string,
  monthFirstRow: number,
  monthFirst: string,
): string {
  return l10n.t(
    '{0} mixes day-first and month-first dates: row {1} has "{2}" (day first) and row {3} has "{4}" (month first).',
    column,
    dayFirstRow + 1,
    dayFirst,
    monthFirstRow + 1,
    monthFirst,
  );
}

export function oneOrderHint(): string {
  return l10n.t('write every date of the column in one order');
}
