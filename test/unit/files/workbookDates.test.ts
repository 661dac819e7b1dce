import assert from 'node:assert/strict';
import { dateKindOf, dateKindOfCode, dateText, isoCellText } from '../../../src/files/workbookDates';

describe('workbook dates: which number formats are dates', () => {
  it('reads the built-in formats by id', () => {
    assert.equal(dateKindOf(14, undefined), 'date');
    assert.equal(dateKindOf(22, undefined), 'dateTime');
    assert.equal(dateKindOf(20, undefined), 'time');
    assert.equal(dateKindOf(46, undefined), 'duration');
    for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 37, 44, 49])
      assert.equal(dateKindOf(id, undefined), undefined, `id ${id}`);
  });

  it('reads custom codes past their quoted text, escapes, colours and locales', () => {
    const cases: [string, ReturnType<typeof dateKindOfCode>][] = [
      ['yyyy\\-mm\\-dd', 'date'],
      ['[$-409]mmmm d, yyyy;@', 'date'],
      ['mmm yyyy', 'date'],
      ['mmm', 'date'],
      ['dd/mm/yyyy hh:mm', 'dateTime'],
      ['yyyy-mm-dd"T"hh:mm:ss', 'dateTime'],
      ['h:mm AM/PM', 'time'],
      ['mm:ss.0', 'time'],
      ['[h]:mm:ss', 'duration'],
      ['[mm]:ss', 'duration'],
      ['General', undefined],
      ['@', undefined],
      ['#,##0.00', undefined],
      ['0.00%', undefined],
      ['0.00E+00', undefined],
      ['"$"#,##0.00_);[Red]\\("$"#,##0.00\\)', undefined],
      ['[$€-2] #,##0.00', undefined],
      ['#,##0 "days"', undefined],
      ['[>=100]#,##0;[Red]0', undefined],
    ];
    for (const [code, kind] of cases) assert.equal(dateKindOfCode(code), kind, code);
  });
});

describe('workbook dates: serials as ISO text', () => {
  it('writes a day, and its time when it has one, to the second', () => {
    assert.equal(dateText(45327, 'date', false), '2024-02-05');
    assert.equal(dateText(45383.395833333336, 'date', false), '2024-04-01T09:30:00');
    assert.equal(dateText(45383, 'dateTime', false), '2024-04-01T00:00:00');
    assert.equal(dateText(0.5, 'time', false), '12:00:00');
    assert.equal(dateText(45383.5, 'time', false), '2024-04-01T12:00:00');
    assert.equal(dateText(2.5, 'duration', false), '60:00:00');
    assert.equal(dateText(0.99999999, 'time', false), '24:00:00');
  });

  it('counts from 1904 when the workbook says so, and past the 1900 system’s missing leap day', () => {
    assert.equal(dateText(0, 'date', true), '1904-01-01');
    assert.equal(dateText(1, 'date', false), '1900-01-01');
    assert.equal(dateText(59, 'date', false), '1900-02-28');
    assert.equal(dateText(61, 'date', false), '1900-03-01');
    assert.equal(dateText(2958465, 'date', false), '9999-12-31');
  });

  it('leaves numbers that can be no date to be written as numbers', () => {
    assert.equal(dateText(-1, 'date', false), undefined);
    assert.equal(dateText(2958466, 'date', false), undefined);
    assert.equal(dateText(Number.NaN, 'date', false), undefined);
  });

  it('normalises the ISO text of t="d" cells', () => {
    assert.equal(isoCellText('2024-02-05T00:00:00Z'), '2024-02-05');
    assert.equal(isoCellText('2024-02-05T09:30:00.000+01:00'), '2024-02-05T09:30:00');
    assert.equal(isoCellText('2024-02-05T09:30'), '2024-02-05T09:30:00');
    assert.equal(isoCellText('not a date'), 'not a date');
  });
});
