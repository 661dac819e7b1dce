import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { readDates } from '../../../../src/core/dates';
import type { DateCell, DateColumn, DateFormat, DateReading, ReadDatesOptions } from '../../../../src/core/dates';
import { isoDate } from '../../../../src/core/dates/calendar';

const EXPORTS = path.join(__dirname, '../../../fixtures/exports');

function read(cells: ArrayLike<DateCell>, options: ReadDatesOptions = {}): DateColumn {
  const reading = readDates(cells, options);
  assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
  return reading;
}

function isoDays(column: DateColumn): string[] {
  return Array.from(column.days, (day) => (Number.isNaN(day) ? '' : isoDate(day)));
}

function failure(reading: DateReading): { code: string; message: string; input?: string; hint?: string } {
  assert.ok(!reading.ok, 'expected the column to be refused');
  return reading.error;
}

/** One column of a fixture export, by header; `skip` lines of preamble before the header. */
function fixtureColumn(file: string, header: string, skip = 0): string[] {
  const text = fs.readFileSync(path.join(EXPORTS, file), 'utf8').split('\n').slice(skip).join('\n');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => row[header] ?? '');
}

describe('readDates', () => {
  describe('reads each format as exports write it', () => {
    const cases: [
      name: string,
      cells: DateCell[],
      format: DateFormat,
      expected: string[],
      options?: ReadDatesOptions,
    ][] = [
      // Google Ads API: segments.date and DateRange dates are "yyyy-mm-dd"
      // (developers.google.com/google-ads/api/reference/rpc/v23/DateRange); the UI report's Day column likewise.
      ['Google Ads Day (ISO)', ['2026-03-14', '2026-03-15'], 'iso', ['2026-03-14', '2026-03-15']],
      // Meta Ads Manager "Reporting starts"/"Reporting ends": ISO, as the Marketing API's date_start/since
      // ("A date in the format of YYYY-MM-DD", developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-account/reporting).
      ['Meta Reporting starts (ISO)', ['2026-03-01', '2026-03-01'], 'iso', ['2026-03-01', '2026-03-01']],
      [
        'ISO date-times',
        ['2026-03-14T10:00:00Z', '2026-03-14 10:00:00', '2026-03-14T23:59:59-05:00'],
        'iso',
        ['2026-03-14', '2026-03-14', '2026-03-14'],
      ],
      // Shopify orders export "Created at": date, time and offset; the date is read as written.
      ['Shopify Created at', ['2024-01-05 09:12:41 -0500'], 'iso', ['2024-01-05']],
      ['yyyy/mm/dd', ['2026/03/14', '2026/3/1'], 'yearMonthDay', ['2026-03-14', '2026-03-01']],
      // GA4 Data API `date` dimension: YYYYMMDD, e.g. 20240422 (GA4 runReport answers quoted at
      // volcengine.com/article/1877954; developers.google.com/analytics/devguides/reporting/data/v1/api-schema).
      ['GA4 date (YYYYMMDD)', ['20260314', '20261231'], 'yyyymmdd', ['2026-03-14', '2026-12-31']],
      ['GA4 date as a JSON number', [20260314, 20260101], 'yyyymmdd', ['2026-03-14', '2026-01-01']],
      ['dd.mm.yyyy', ['14.03.2026', '01.02.2026'], 'dayMonthYear', ['2026-03-14', '2026-02-01']],
      ['dd-mm-yyyy', ['14-03-2026', '01-02-2026'], 'dayMonthYear', ['2026-03-14', '2026-02-01']],
      ['dd/mm/yyyy', ['14/03/2026', '1/2/2026'], 'dayMonthYear', ['2026-03-14', '2026-02-01']],
      // LinkedIn Campaign Manager "Start Date (in UTC)": M/D/YYYY (third-party parsers of real exports,
      // see test/fixtures/exports/SOURCES.md; not confirmed in LinkedIn's own help pages).
      ['m/d/yyyy without zeros', ['3/14/2026', '12/1/2026'], 'monthDayYear', ['2026-03-14', '2026-12-01']],
      // Microsoft Advertising preamble: "Last Completed Available Day: 2/1/2024 9:15:00 AM (GMT)".
      [
        'm/d/yyyy h:mm:ss AM',
        ['2/1/2024 9:15:00 AM', '2/13/2024 11:00:00 PM'],
        'monthDayYear',
        ['2024-02-01', '2024-02-13'],
      ],
      [
        'Mar 14, 2026',
        ['Mar 14, 2026', 'Dec 1, 2026', 'September 3, 2026', 'Sept. 3, 2026'],
        'monthName',
        ['2026-03-14', '2026-12-01', '2026-09-03', '2026-09-03'],
      ],
      [
        '14 Mar 2026, 14-Mar-2026',
        ['14 Mar 2026', '1 December 2026', '14-Mar-2026'],
        'monthName',
        ['2026-03-14', '2026-12-01', '2026-03-14'],
      ],
      // Excel 1900 date system: serial 1 = 1900-01-01, 60 = the fictitious 1900-02-29, DATEVALUE("01-Feb-2006")
      // = 38749, 2958465 = 9999-12-31 (ECMA-376 Part 1 "Date Representation", c-rex.net; support.microsoft.com kb/214326).
      [
        'Excel serials',
        [45000, '45001', 38749, 1, 59, 61, 2958465, 45000.75],
        'excelSerial',
        [
          '2023-03-15',
          '2023-03-16',
          '2006-02-01',
          '1900-01-01',
          '1900-02-28',
          '1900-03-01',
          '9999-12-31',
          '2023-03-15',
        ],
        { header: 'Date' },
      ],
      [
        'Unix seconds',
        [1773446400, '1773532799'],
        'unixSeconds',
        ['2026-03-14', '2026-03-14'],
        { header: 'created_at' },
      ],
      [
        'Unix milliseconds',
        [1773446400000, 1773446400000 + 86_399_999],
        'unixMilliseconds',
        ['2026-03-14', '2026-03-14'],
        { numbersAreDates: true },
      ],
    ];
    for (const [name, cells, format, expected, options] of cases) {
      it(name, () => {
        const column = read(cells, options);
        assert.equal(column.format, format);
        assert.deepEqual(isoDays(column), expected);
        assert.deepEqual(column.problems, []);
      });
    }
  });

  describe('reads the fixture exports', () => {
    const cases: [file: string, header: string, skip: number, format: DateFormat, first: string][] = [
      ['meta-ads-campaign.csv', 'Reporting starts', 0, 'iso', '2024-01-01'],
      ['meta-ads-ad-daily.csv', 'Day', 0, 'iso', '2024-01-08'],
      ['google-ads-api-gaql.csv', 'segments.date', 0, 'iso', '2024-01-01'],
      ['search-console-dates.csv', 'Date', 0, 'iso', '2024-01-01'],
      ['shopify-sales-over-time.csv', 'Day', 0, 'iso', '2024-01-01'],
      ['klaviyo-campaigns.csv', 'Send Time', 0, 'iso', '2024-01-09'],
      ['hubspot-deals.csv', 'Close Date', 0, 'iso', '2024-01-19'],
      ['x-ads-campaign-daily.csv', 'Time', 0, 'iso', '2024-01-15'],
      // Mailchimp "Send Date" is %m/%d/%Y; 01/16/2024 settles the order without a locale.
      ['mailchimp-campaign-reports.csv', 'Send Date', 0, 'monthDayYear', '2024-01-09'],
      // LinkedIn: three preamble lines; every row is 1/1/2024, which reads the same either way.
      ['linkedin-campaign-performance.csv', 'Start Date (in UTC)', 3, 'monthDayYear', '2024-01-01'],
    ];
    for (const [file, header, skip, format, first] of cases) {
      it(`${file}: ${header}`, () => {
        const cells = fixtureColumn(file, header, skip);
        const column = read(cells, { header });
        assert.equal(column.format, format);
        assert.equal(isoDays(column)[0], first);
        assert.deepEqual(column.problems, []);
        assert.ok(column.days.every((day) => Number.isInteger(day)));
      });
    }
  });

  describe('settles dd/mm against mm/dd, never by guessing', () => {
    it('a value with a day above 12 settles the whole column', () => {
      const column = read(['03/04/2026', '14/03/2026'], { locale: 'en-US' });
      assert.equal(column.format, 'dayMonthYear');
      assert.equal(column.orderFrom, 'values');
      assert.deepEqual(isoDays(column), ['2026-04-03', '2026-03-14']);
    });
    it('a value with a month-first day above 12 settles it the other way, whatever the locale', () => {
      const column = read(['03/04/2026', '03/14/2026'], { locale: 'de-DE' });
      assert.equal(column.format, 'monthDayYear');
      assert.deepEqual(isoDays(column), ['2026-03-04', '2026-03-14']);
    });
    const byLocale: [locale: string, expected: string][] = [
      ['en-US', '2026-03-04'],
      ['de-DE', '2026-04-03'],
      ['fr-FR', '2026-04-03'],
      ['en-GB', '2026-04-03'],
      ['et-EE', '2026-04-03'],
      ['en-IN', '2026-04-03'],
    ];
    for (const [locale, expected] of byLocale) {
      it(`03/04/2026 under ${locale} is ${expected}`, () => {
        const column = read(['03/04/2026', '05/06/2026'], { locale });
        assert.equal(column.orderFrom, 'locale');
        assert.equal(isoDays(column)[0], expected);
      });
    }
    it('the dot is day first without a locale', () => {
      const column = read(['03.04.2026']);
      assert.equal(column.orderFrom, 'separator');
      assert.deepEqual(isoDays(column), ['2026-04-03']);
    });
    it('values that read the same either way need nothing settled', () => {
      assert.deepEqual(isoDays(read(['1/1/2024', '3/3/2024'])), ['2024-01-01', '2024-03-03']);
    });
    it('is reported without a locale, naming the column and a value', () => {
      const error = failure(readDates(['', '1/1/2026', '03/04/2026', '05/06/2026'], { header: 'Send Date' }));
      assert.equal(error.code, 'ambiguousDateOrder');
      assert.equal(error.input, 'Send Date');
      assert.match(error.message, /Column "Send Date" has dates like "03\/04\/2026" whose order is ambiguous/);
      assert.match(error.hint ?? '', /en-US .* en-GB/);
    });
    for (const locale of ['en', 'de', 'not a locale']) {
      it(`is reported under '${locale}', which names no region`, () => {
        const error = failure(readDates(['03/04/2026'], { locale, header: 'Date' }));
        assert.equal(error.code, 'ambiguousDateOrder');
        assert.match(error.message, new RegExp(`the locale '${locale}' names no region`));
      });
    }
    it('a column mixing the orders is an error naming both rows', () => {
      const error = failure(
        readDates(['01/01/2026', '13/01/2026', '02/02/2026', '01/13/2026'], { header: 'Date', locale: 'en-US' }),
      );
      assert.equal(error.code, 'mixedDateOrder');
      assert.equal(
        error.message,
        'Column "Date" mixes day-first and month-first dates: row 2 has "13/01/2026" (day first) and row 4 has "01/13/2026" (month first).',
      );
    });
  });

  describe('cells that are no dates', () => {
    it('empty cells are NaN and no problem', () => {
      const column = read(['2026-03-14', '', '   ', null, undefined, '2026-03-15']);
      assert.deepEqual(isoDays(column), ['2026-03-14', '', '', '', '', '2026-03-15']);
      assert.deepEqual(column.problems, []);
    });
    it('leap years: 2024-02-29 is a date, 2023-02-29 and 1900-02-29 are problems', () => {
      const column = read(['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2026-04-31']);
      assert.deepEqual(isoDays(column), ['2024-02-29', '', '2000-02-29', '', '']);
      assert.deepEqual(
        column.problems.map((p) => [p.row, p.raw]),
        [
          [1, '2023-02-29'],
          [3, '1900-02-29'],
          [4, '2026-04-31'],
        ],
      );
      assert.equal(column.problems[0]!.message, 'Row 2: "2023-02-29" is not a day of the calendar.');
    });
    it('a cell of another layout is a problem with its row and text, in row order', () => {
      const column = read(['2026-03-14', '(not set)', '14/03/2026', '2026-13-01', 'Total']);
      assert.equal(column.format, 'iso');
      assert.deepEqual(
        column.problems.map((p) => [p.row, p.raw]),
        [
          [1, '(not set)'],
          [2, '14/03/2026'],
          [3, '2026-13-01'],
          [4, 'Total'],
        ],
      );
      assert.match(
        column.problems[0]!.message,
        /^Row 2: "\(not set\)" is not a date written like the column's first one \(yyyy-mm-dd\)\.$/,
      );
    });
    it('the first readable cell decides, cells before it are problems', () => {
      const column = read(['Date', '2026-03-14']);
      assert.deepEqual(
        column.problems.map((p) => p.row),
        [0],
      );
    });
    it('Excel serial 60, the fictitious 1900-02-29, is a problem', () => {
      const column = read([59, 60, 61], { header: 'Day' });
      assert.deepEqual(isoDays(column), ['1900-02-28', '', '1900-03-01']);
      assert.deepEqual(
        column.problems.map((p) => p.raw),
        ['60'],
      );
    });
    it('numbers are not dates unless the header or the caller says so', () => {
      const error = failure(readDates([45000, 45001], { header: 'Clicks' }));
      assert.equal(error.code, 'notDates');
      assert.equal(error.message, 'Column "Clicks" holds numbers such as 45000, not dates.');
      assert.equal(failure(readDates([1773446400], { header: 'Campaign ID' })).code, 'notDates');
      assert.equal(failure(readDates([42.5], { header: 'Time on site' })).code, 'notDates');
      assert.equal(read([45000], { header: 'Reporting starts' }).format, 'excelSerial');
    });
    it('numbers out of every date range are refused', () => {
      assert.match(failure(readDates([5e10], { header: 'Date' })).hint ?? '', /Excel serial numbers/);
    });
    it('a column with no dates names its first value', () => {
      assert.equal(
        failure(readDates(['', 'Search – Brand'], { header: 'Campaign' })).message,
        'Column "Campaign" holds no dates: its first value is "Search – Brand".',
      );
      assert.equal(failure(readDates(['', null])).message, 'The date column has no values.');
    });
  });

  it('reads a Float64Array of serials, NaN as an empty cell', () => {
    const column = read(new Float64Array([45000, NaN, 45002]), { numbersAreDates: true });
    assert.deepEqual(isoDays(column), ['2023-03-15', '', '2023-03-17']);
    assert.deepEqual(column.problems, []);
  });
});
