import assert from 'node:assert/strict';
import fc from 'fast-check';
import { periodLabel, periodOf, previousYear, readDates } from '../../../../src/core/dates';
import type { DateFormat, ReadDatesOptions } from '../../../../src/core/dates';

/**
 * Random dates written in each layout, read back through readDates and compared with the day
 * number JavaScript's own calendar gives (`Date.UTC`); periods against a plain reference built
 * on Date objects.
 */
const MS_PER_DAY = 86_400_000;
const p2 = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days from 1900-03-01 (Excel's serials are real days from there on) to 2199-12-31. */
const dayArb = fc.integer({ min: Date.UTC(1900, 2, 1) / MS_PER_DAY, max: Date.UTC(2199, 11, 31) / MS_PER_DAY });

type Writer = (d: Date) => string | number;
const writers: [name: string, write: Writer, format: DateFormat, options?: ReadDatesOptions][] = [
  ['yyyy-mm-dd', (d) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`, 'iso'],
  ['ISO date-time', (d) => d.toISOString(), 'iso'],
  [
    'mm/dd/yyyy',
    (d) => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()}`,
    'monthDayYear',
    { locale: 'en-US' },
  ],
  [
    'm/d/yyyy',
    (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
    'monthDayYear',
    { locale: 'en-US' },
  ],
  [
    'dd/mm/yyyy',
    (d) => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    'dayMonthYear',
    { locale: 'en-GB' },
  ],
  ['dd.mm.yyyy', (d) => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`, 'dayMonthYear'],
  [
    'dd-mm-yyyy',
    (d) => `${p2(d.getUTCDate())}-${p2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`,
    'dayMonthYear',
    { locale: 'de-DE' },
  ],
  ['yyyymmdd', (d) => `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}`, 'yyyymmdd'],
  ['Mon d, yyyy', (d) => `${MONTHS[d.getUTCMonth()]!} ${d.getUTCDate()}, ${d.getUTCFullYear()}`, 'monthName'],
  ['d-Mon-yyyy', (d) => `${d.getUTCDate()}-${MONTHS[d.getUTCMonth()]!}-${d.getUTCFullYear()}`, 'monthName'],
  // Excel 1900 date system after the fictitious 1900-02-29: serial = days since 1899-12-30.
  ['Excel serial', (d) => d.getTime() / MS_PER_DAY + 25569, 'excelSerial', { header: 'Date' }],
  ['Unix seconds', (d) => d.getTime() / 1000 + 3600, 'unixSeconds', { header: 'Date' }],
  ['Unix milliseconds', (d) => d.getTime() + 43_200_000, 'unixMilliseconds', { header: 'Date' }],
];

describe('readDates agrees with Date.UTC on random dates', () => {
  for (const [name, write, format, options] of writers) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(dayArb, { minLength: 1, maxLength: 40 }), (days) => {
          const inRange =
            format === 'unixSeconds' || format === 'unixMilliseconds' ? days.map((d) => Math.max(d, 1200)) : days;
          const reading = readDates(
            inRange.map((d) => write(new Date(d * MS_PER_DAY))),
            options,
          );
          if (!reading.ok) {
            // Only an order no value settles may be refused, and only without a locale.
            assert.equal(reading.error.code, 'ambiguousDateOrder');
            assert.equal(options?.locale, undefined);
            return;
          }
          assert.equal(reading.format, format);
          assert.deepEqual(Array.from(reading.days), inRange);
          assert.deepEqual(reading.problems, []);
        }),
        { numRuns: 200 },
      );
    });
  }
});

/** Reference ISO week: the classic algorithm on Date objects. */
function isoWeekReference(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * MS_PER_DAY));
  return `${year}-W${p2(week)}`;
}

describe('periods agree with a Date-based reference on random days', () => {
  it('month, quarter and year keys', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const d = new Date(day * MS_PER_DAY);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth();
        assert.equal(periodOf(day, 'month'), Date.UTC(y, m, 1) / MS_PER_DAY);
        assert.equal(periodOf(day, 'quarter'), Date.UTC(y, m - (m % 3), 1) / MS_PER_DAY);
        assert.equal(periodOf(day, 'year'), Date.UTC(y, 0, 1) / MS_PER_DAY);
      }),
      { numRuns: 2000 },
    );
  });
  it('weeks for every weekStart', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 6 }), (day, weekStart) => {
        const key = periodOf(day, 'week', { weekStart });
        assert.equal(new Date(key * MS_PER_DAY).getUTCDay(), weekStart);
        assert.ok(key <= day && day - key < 7);
      }),
      { numRuns: 2000 },
    );
  });
  it('ISO week labels', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        assert.equal(periodLabel(day, 'week'), isoWeekReference(day));
      }),
      { numRuns: 2000 },
    );
  });
  it("a day a year before keeps month and day, or takes the month's last day", () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const d = new Date(day * MS_PER_DAY);
        const before = new Date(previousYear(day, 'day') * MS_PER_DAY);
        const lastDay = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth() + 1, 0)).getUTCDate();
        assert.equal(before.getUTCFullYear(), d.getUTCFullYear() - 1);
        assert.equal(before.getUTCMonth(), d.getUTCMonth());
        assert.equal(before.getUTCDate(), Math.min(d.getUTCDate(), lastDay));
      }),
      { numRuns: 2000 },
    );
  });
});
