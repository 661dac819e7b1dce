/**
 * A date column read cell by cell as it streams past, into the first day of each cell's period,
 * by the rules readDates applies to a whole column:
 *
 *  - the first readable cell fixes the layout (ISO, `dd/mm/yyyy`, `Mar 14, 2026`, GA4's
 *    `20260314`, Excel serials…); a later cell of another layout is a row without a date;
 *  - `03/04/2026` waits for the column to settle day against month: a cell with a part above
 *    12 settles it for every cell, before or after; one the other way round makes the column
 *    mixed (readDates' error). Until then such a cell is kept as its code, not its day, and
 *    its period is found at the end: codes of n/n/yyyy with both parts at most 12 are few (144
 *    a year), so memory stays bounded;
 *  - left unsettled at the end, the dot, then the locale settle it, or the column is ambiguous.
 *
 * The decisions and their words (the format's pattern, a column of numbers that are no dates,
 * an ambiguous order) are readDates' own, asked about the few cells that made them.
 */
import * as l10n from '@vscode/l10n';
import { daysFromCivil, isValidDate } from '../dates/calendar';
import { numberIn, numericDay, type NumericDateFormat } from '../dates/numbers';
import { periodOf, type Period, type PeriodOptions } from '../dates/periods';
import {
  columnName,
  mixedOrder,
  oneOrderHint,
  readDates,
  type DateCell,
  type ReadDatesOptions,
} from '../dates/readDates';
import {
  DOT,
  EMPTY,
  firstPart,
  layoutOf,
  NUMBER,
  scanNumber,
  scanText,
  secondPart,
  separatorOf,
  shapeOf,
  YEAR_LAST,
  yearPart,
} from '../dates/scan';
import { dayOrderOf, type DayOrder } from '../dates/dayOrder';
import { fail, type Failure } from '../errors';

/** A cell's period: its first day, NaN for no date, or a key still waiting for the day order. */
export type PeriodKey = number | string;

export interface PeriodsRead {
  /** The period start of a key `key` gave, NaN where the row has no date. */
  readonly startOf: (key: PeriodKey) => number;
  /** The format as people write it (`yyyy-mm-dd`), for the report's notes. */
  readonly pattern: string;
}

interface Evidence {
  readonly raw: string;
  readonly row: number;
}

export class PeriodReader {
  /** 'text': `layout` set; 'number': `format` set. */
  private mode: 'none' | 'text' | 'number' = 'none';
  private layout = 0;
  private format: NumericDateFormat = 'excelSerial';
  private firstReadable: DateCell;
  private firstValue: DateCell;
  private dayFirst?: Evidence;
  private monthFirst?: Evidence;
  /** The first cell whose order waits, for readDates' message if nothing settles it. */
  private firstWaiting?: string;
  failure?: Failure;
  private readonly readOptions: ReadDatesOptions;

  constructor(
    private readonly column: string,
    numbersAreDates: boolean,
    locale: string | undefined,
    private readonly period: Period,
    private readonly periods: PeriodOptions,
  ) {
    this.readOptions = { header: column, numbersAreDates, ...(locale !== undefined ? { locale } : {}) };
  }

  /** The period of row `row`'s cell: a trimmed text, a number, or null where the cell is empty. */
  keyOf(cell: string | number | null, row: number): PeriodKey {
    const code = cell === null ? EMPTY : typeof cell === 'number' ? scanNumber(cell) : scanText(cell);
    if (this.firstValue === undefined && cell !== null && String(cell).trim() !== '') this.firstValue = cell;
    if (this.mode === 'none' && !this.decide(cell, code)) return NaN;
    if (this.mode === 'number')
      return code === NUMBER ? this.periodOfDay(numericDay(numberIn(cell as string | number), this.format)) : NaN;
    if (code < 0 || layoutOf(code) !== this.layout) return NaN;
    if (shapeOf(this.layout) !== YEAR_LAST)
      return this.periodOfParts(yearPart(code), firstPart(code), secondPart(code));
    return this.yearLast(code, String(cell).trim(), row);
  }

  /** The periods of the keys given, once every cell is read: or why the column has none. */
  finish(): PeriodsRead | Failure {
    if (this.failure) return this.failure;
    if (this.mode === 'none') return this.asFailure(readDates(this.firstValue !== undefined ? [this.firstValue] : []));
    const order = this.dayFirst ? 'dayFirst' : this.monthFirst ? 'monthFirst' : this.settleWaiting();
    if (typeof order !== 'string') return order;
    const shown = readDates(
      [this.firstReadable, ...(this.dayFirst ? [this.dayFirst.raw] : this.monthFirst ? [this.monthFirst.raw] : [])],
      this.optionsFor(order),
    );
    const pattern = shown.ok ? shown.pattern : '';
    return {
      pattern,
      startOf: (key) => {
        if (typeof key === 'number') return key;
        const code = Number(key);
        const month = order === 'dayFirst' ? secondPart(code) : firstPart(code);
        const day = order === 'dayFirst' ? firstPart(code) : secondPart(code);
        return this.periodOfParts(yearPart(code), month, day);
      },
    };
  }

  /** The first readable cell fixes the layout, or (a number) what numbers mean: readDates decides. */
  private decide(cell: string | number | null, code: number): boolean {
    if (code === NUMBER) {
      const reading = readDates([cell], this.readOptions);
      if (!reading.ok) {
        this.failure ??= this.asFailure(reading);
        return false;
      }
      this.mode = 'number';
      this.format = reading.format as NumericDateFormat;
      this.firstReadable = cell;
      return true;
    }
    if (code < 0) return false;
    this.mode = 'text';
    this.layout = layoutOf(code);
    this.firstReadable = cell;
    return true;
  }

  /** n/n/yyyy: the parts tell the order, settle it, contradict it, or wait for it. */
  private yearLast(code: number, raw: string, row: number): PeriodKey {
    const first = firstPart(code);
    const second = secondPart(code);
    const year = yearPart(code);
    if (first > 12 && second <= 12) {
      this.dayFirst ??= { raw, row };
      this.checkMixed();
      return this.periodOfParts(year, second, first);
    }
    if (second > 12 && first <= 12) {
      this.monthFirst ??= { raw, row };
      this.checkMixed();
      return this.periodOfParts(year, first, second);
    }
    // Both above 12 is no date either way; equal parts read the same either way.
    if (first > 12 || first === second) return this.periodOfParts(year, first, second);
    if (this.dayFirst) return this.periodOfParts(year, second, first);
    if (this.monthFirst) return this.periodOfParts(year, first, second);
    this.firstWaiting ??= raw;
    // A part 0 is no day and no month, whichever comes first.
    if (first === 0 || second === 0) return NaN;
    // The code without the time: one key per date, however many times of day a file holds.
    return String(code);
  }

  /** As readDates words it, but with the rows of the file: readDates numbers the cells it is given. */
  private checkMixed(): void {
    if (!this.dayFirst || !this.monthFirst || this.failure) return;
    const { dayFirst, monthFirst } = this;
    this.failure = fail(
      'mixedDateOrder',
      mixedOrder(columnName(this.column), dayFirst.row, dayFirst.raw, monthFirst.row, monthFirst.raw),
      { input: this.column, hint: oneOrderHint() },
    );
  }

  /**
   * No cell settled the order: the dot, then the locale, then (no cell reads two ways) month
   * first as readDates takes it, else readDates' ambiguity error. Only n/n/yyyy has an order.
   */
  private settleWaiting(): DayOrder | Failure {
    if (this.mode !== 'text' || shapeOf(this.layout) !== YEAR_LAST) return 'monthFirst';
    if (separatorOf(this.layout) === DOT) return 'dayFirst';
    const locale = this.readOptions.locale;
    const order = locale !== undefined ? dayOrderOf(locale) : undefined;
    if (order !== undefined) return order;
    if (this.firstWaiting === undefined) return 'monthFirst';
    const reading = readDates([this.firstWaiting], this.readOptions);
    return reading.ok ? 'monthFirst' : this.asFailure(reading);
  }

  /** readDates told only the order the column settled on, for the pattern of the notes. */
  private optionsFor(order: DayOrder): ReadDatesOptions {
    const { locale: _locale, ...rest } = this.readOptions;
    return { ...rest, locale: order === 'dayFirst' ? 'en-GB' : 'en-US' };
  }

  private periodOfParts(year: number, month: number, day: number): number {
    return isValidDate(year, month, day) ? periodOf(daysFromCivil(year, month, day), this.period, this.periods) : NaN;
  }

  private periodOfDay(day: number): number {
    return Number.isNaN(day) ? NaN : periodOf(day, this.period, this.periods);
  }

  private asFailure(reading: ReturnType<typeof readDates>): Failure {
    if (reading.ok)
      return fail('notDates', l10n.t('{0} holds no dates.', l10n.t('Column "{0}"', this.column)), {
        input: this.column,
      });
    return fail(reading.error.code, reading.error.message, {
      input: this.column,
      ...(reading.error.hint !== undefined ? { hint: reading.error.hint } : {}),
    });
  }
}
