import assert from 'node:assert/strict';
import { decimalSeparatorOf, readNumber } from '../../../../src/core/read/number';
import type { NumberReading } from '../../../../src/core/read/number';

function value(reading: NumberReading): number {
  assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
  return reading.value;
}

describe('readNumber', () => {
  describe('reads numbers as people paste them', () => {
    const cases: [text: string, expected: number, locale?: string][] = [
      ['0', 0],
      ['42', 42],
      ['-3', -3],
      ['+3', 3],
      ['\u22123', -3],
      ['3.25', 3.25],
      ['-0', 0],
      ['.5', 0.5],
      [',5', 0.5],
      ['0.125', 0.125],
      ['1e3', 1000],
      ['1.5E-2', 0.015],
      ['1,234.5', 1234.5],
      ['1.234,5', 1234.5],
      ['1 234,5', 1234.5],
      ['1\u202f234,5', 1234.5],
      ['1\u00a0234,5', 1234.5],
      ["1'234.5", 1234.5],
      ['1\u2019234.5', 1234.5],
      ['1_000', 1000],
      ['1_0000', 10000],
      ['1,234,567', 1234567],
      ['1.234.567', 1234567],
      ['1.234.567,89', 1234567.89],
      ['1,5', 1.5],
      ['1,2345', 1.2345],
      ['1234,567', 1234.567],
      ['$1,200', 1200],
      ['$1,200.50', 1200.5],
      ['€1.200,50', 1200.5],
      ['1.200,50 €', 1200.5],
      ['1.200,50\u00a0€', 1200.5],
      ['£3', 3],
      ['USD 1,200', 1200],
      ['1,200 USD', 1200],
      ['-$2,500.00', -2500],
      ['$-5', -5],
      ['($1,200.00)', -1200],
      ['(500)', -500],
      ['( 500 )', -500],
      ['12%', 0.12],
      ['12 %', 0.12],
      ['12\u00a0%', 0.12],
      ['0.5%', 0.005],
      ['-3,5 %', -0.035],
      ['1.2k', 1200],
      ['1.2 K', 1200],
      ['3M', 3_000_000],
      ['3mm', 3_000_000],
      ['2.5bn', 2_500_000_000],
      ['2.5B', 2_500_000_000],
      ['$1.2k', 1200],
      ['1T', 1e12],
      ['  42  ', 42],
      ['2 500,00\u00a0$US', 2500, 'fr-FR'],
      ['12,34,567', 1234567, 'en-IN'],
      ['1,23,456.5', 123456.5, 'en-IN'],
    ];
    for (const [text, expected, locale] of cases) {
      it(`${JSON.stringify(text)}${locale !== undefined ? ` (${locale})` : ''} → ${expected}`, () => {
        assert.equal(value(readNumber(text, locale !== undefined ? { locale } : {})), expected);
      });
    }
  });

  describe('reports percent signs and currencies', () => {
    const cases: [text: string, percent: boolean | undefined, currency: string | undefined][] = [
      ['12%', true, undefined],
      ['12', undefined, undefined],
      ['$5', undefined, 'USD'],
      ['5 €', undefined, 'EUR'],
      ['£5', undefined, 'GBP'],
      ['CA$5', undefined, 'CAD'],
      ['5 EUR', undefined, 'EUR'],
      ['₱1,500', undefined, 'PHP'],
      ['$5 USD', undefined, 'USD'],
    ];
    for (const [text, percent, currency] of cases) {
      it(`${JSON.stringify(text)} → percent ${String(percent)}, currency ${String(currency)}`, () => {
        const reading = readNumber(text);
        assert.ok(reading.ok);
        assert.equal(reading.percent, percent);
        assert.equal(reading.currency, currency);
      });
    }
  });

  describe('settles a lone separator before three digits by the locale, and says so', () => {
    const cases: [text: string, locale: string | undefined, expected: number, note: string][] = [
      ['1,234', undefined, 1234, "read '1,234' as 1234 (',' groups thousands in en-US)"],
      ['1,234', 'en-US', 1234, "read '1,234' as 1234 (',' groups thousands in en-US)"],
      ['1.234', 'en-US', 1.234, "read '1.234' as 1.234 ('.' is the decimal separator in en-US)"],
      ['1.234', 'de-DE', 1234, "read '1.234' as 1234 ('.' groups thousands in de-DE)"],
      ['1,234', 'de-DE', 1.234, "read '1,234' as 1.234 (',' is the decimal separator in de-DE)"],
      ['1,234', 'fr-FR', 1.234, "read '1,234' as 1.234 (',' is the decimal separator in fr-FR)"],
      ['12.345', 'es-ES', 12345, "read '12.345' as 12345 ('.' groups thousands in es-ES)"],
      ['-$1,500', 'en-US', -1500, "read '-$1,500' as -1500 (',' groups thousands in en-US)"],
    ];
    for (const [text, locale, expected, note] of cases) {
      it(`${text} in ${locale ?? 'the default locale'} → ${expected}`, () => {
        const reading = readNumber(text, locale !== undefined ? { locale } : {});
        assert.ok(reading.ok);
        assert.equal(reading.value, expected);
        assert.equal(reading.ambiguous, true);
        assert.equal(reading.note, note);
      });
    }

    it('lets other evidence (options.decimal) override the locale', () => {
      const reading = readNumber('2.000', { locale: 'en-US', decimal: ',' });
      assert.ok(reading.ok);
      assert.equal(reading.value, 2000);
      assert.equal(reading.note, "read '2.000' as 2000 ('.' groups thousands in the other values)");
    });

    const unambiguous: [string, number][] = [
      ['0,125', 0.125],
      ['1234.567', 1234.567],
      ['1 234,567', 1234.567],
      ['1,234.5', 1234.5],
    ];
    for (const [text, expected] of unambiguous) {
      it(`${text} is not ambiguous: ${expected} with no note`, () => {
        const reading = readNumber(text);
        assert.ok(reading.ok);
        assert.equal(reading.value, expected);
        assert.equal(reading.note, undefined);
        assert.equal(reading.ambiguous, undefined);
      });
    }
  });

  describe('reports which decimal separator the text itself proves', () => {
    const cases: [text: string, decimal: '.' | ',' | undefined][] = [
      ['1.5', '.'],
      ['1,5', ','],
      ['1,234.5', '.'],
      ['1.234,5', ','],
      ['1,234,567', '.'],
      ['1.234.567', ','],
      ['1 234', undefined],
      ['42', undefined],
      ['1,234', undefined],
    ];
    for (const [text, decimal] of cases) {
      it(`${text} → ${String(decimal)}`, () => {
        const reading = readNumber(text);
        assert.ok(reading.ok);
        assert.equal(reading.decimal, decimal);
      });
    }
  });

  describe('says in words what is wrong', () => {
    const cases: [text: string, code: string, message: string, locale?: string][] = [
      ['', 'invalidNumber', "'' is empty"],
      ['   ', 'invalidNumber', "'   ' is empty"],
      ['#DIV/0!', 'invalidNumber', "'#DIV/0!' is not a number (a spreadsheet error)"],
      ['#N/A', 'invalidNumber', "'#N/A' is not a number (a spreadsheet error)"],
      ['#VALUE!', 'invalidNumber', "'#VALUE!' is not a number (a spreadsheet error)"],
      ['N/A', 'invalidNumber', "'N/A' is not a number"],
      ['abc', 'invalidNumber', "'abc' is not a number"],
      ['1e309', 'nonFinite', "'1e309' is too large to be a finite number"],
      ['-1e309', 'nonFinite', "'-1e309' is too large to be a finite number"],
      ['9'.repeat(400), 'nonFinite', `'${'9'.repeat(39)}…' is too large to be a finite number`],
      ['NaN', 'nonFinite', "'NaN' is not a number"],
      ['Infinity', 'nonFinite', "'Infinity' is not a finite number"],
      ['-Infinity', 'nonFinite', "'-Infinity' is not a finite number"],
      [
        '1,23,456',
        'invalidNumber',
        "'1,23,456' is not a number: it groups digits in twos (Indian style), which is read only for locales that write numbers so, such as en-IN",
      ],
      ['1,2,3', 'invalidNumber', "'1,2,3' is not a number: digit groups must have three digits"],
      ['1 23', 'invalidNumber', "'1 23' is not a number: digit groups must have three digits"],
      [
        '1,234.567.8',
        'invalidNumber',
        "'1,234.567.8' is not a number: '.' appears more than once, so it cannot be the decimal separator",
      ],
      ['1.234 567', 'invalidNumber', "'1.234 567' is not a number: it mixes '.' and spaces between digit groups"],
      [
        '1,234.5 6',
        'invalidNumber',
        "'1,234.5 6' is not a number: digits after the decimal separator cannot be grouped",
      ],
      ['abc 5', 'invalidNumber', "'abc 5' is not a number: 'abc' before the number is not a sign or a currency"],
      [
        '5 kr',
        'invalidNumber',
        "'5 kr' is not a number: 'kr' after the number is not a currency, a percent sign or a multiplier (k, M, bn)",
      ],
      ['(-5)', 'invalidNumber', "'(-5)' is not a number: it has both parentheses and a sign"],
      ['--5', 'invalidNumber', "'--5' is not a number: it has more than one sign"],
      ['$5%', 'invalidNumber', "'$5%' is not a number: it has both a currency and a percent sign"],
      ['5k%', 'invalidNumber', "'5k%' is not a number: it has both a multiplier and a percent sign"],
      ['$5 €', 'invalidNumber', "'$5 €' is not a number: it names two different currencies"],
      ['12%%', 'invalidNumber', "'12%%' is not a number: '%' follows the percent sign"],
      ['1'.repeat(1001), 'invalidNumber', `'${'1'.repeat(39)}…' is too long to be a number`],
    ];
    for (const [text, code, message, locale] of cases) {
      it(`${JSON.stringify(text.slice(0, 20))} → ${code}`, () => {
        const reading = readNumber(text, locale !== undefined ? { locale } : {});
        assert.ok(!reading.ok, 'expected a failure');
        assert.equal(reading.error.code, code);
        assert.equal(reading.error.message, message);
      });
    }
  });

  describe('decimalSeparatorOf', () => {
    const cases: [string, '.' | ','][] = [
      ['en-US', '.'],
      ['en-GB', '.'],
      ['en-IN', '.'],
      ['de-DE', ','],
      ['fr-FR', ','],
      ['es-ES', ','],
      ['pt-BR', ','],
      ['de-CH', '.'],
      ['not a locale!', '.'],
    ];
    for (const [locale, separator] of cases) {
      it(`${locale} → '${separator}'`, () => assert.equal(decimalSeparatorOf(locale), separator));
    }
  });

  it('falls back to en-US rules for an invalid locale instead of throwing', () => {
    assert.equal(value(readNumber('1,234', { locale: 'not a locale!' })), 1234);
  });
});
