import assert from 'node:assert/strict';
import fc from 'fast-check';
import { enUsFormatter } from '../../../../src/core/format/enUsFormat';
import type { Digits, Style } from '../../../../src/core/format/numberFormat';
import { formatPlainNumber, formatValue } from '../../../../src/core/format/format';
import { UNITS } from '../../../../src/core/catalog/schema';

/** The Intl formatter that the fast path stands in for. */
function intl(style: Style, digits: Digits): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = digits.kind === 'fraction'
    ? { style, minimumFractionDigits: digits.min, maximumFractionDigits: digits.max }
    : { style, maximumSignificantDigits: digits.max };
  if (style === 'currency') options.currency = 'USD';
  return new Intl.NumberFormat('en-US', options);
}

const STYLES: readonly Style[] = ['decimal', 'percent', 'currency'];

const digitsArb: fc.Arbitrary<Digits> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
    .map(([a, b]): Digits => ({ kind: 'fraction', min: Math.min(a, b), max: Math.max(a, b) })),
  fc.integer({ min: 1, max: 21 }).map((max): Digits => ({ kind: 'significant', max })),
);

/** Any double, and the values where rounding is decided: ties such as 1.005 or 0.125, integers, powers of ten. */
const valueArb: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 })).map(([n, places]) => n / 10 ** places),
  fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -25, max: 25 })).map(([n, e]) => Number(`${n}5e${e}`)),
  fc.integer({ min: -300, max: 300 }).map((e) => 10 ** e),
  fc.constantFrom(0, -0, 0.5, 0.005, 1.005, 2 ** 53, 2 ** 60, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 9.995, 99.95, 0.9995),
);

describe('core/format/enUsFormat', () => {
  it('prints exactly what Intl.NumberFormat prints for en-US, every style and number of digits', () => {
    fc.assert(fc.property(fc.constantFrom(...STYLES), digitsArb, valueArb, (style, digits, value) => {
      assert.equal(enUsFormatter(style, digits).format(value), intl(style, digits).format(value));
    }), { numRuns: 20000 });
  });

  it('prints what Intl prints for the values no report should show (NaN, ±Infinity)', () => {
    for (const style of STYLES) {
      for (const value of [Number.NaN, Infinity, -Infinity]) {
        const digits: Digits = { kind: 'fraction', min: 2, max: 2 };
        assert.equal(enUsFormatter(style, digits).format(value), intl(style, digits).format(value));
      }
    }
  });

  // 'en-us' is the same locale to Intl but not the fast path's 'en-US', so it goes through Intl.
  it('gives formatValue the same text for every unit and number of decimals as Intl does', () => {
    const decimalsArb = fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined });
    fc.assert(fc.property(fc.constantFrom(...UNITS), valueArb, decimalsArb, (unit, value, decimals) => {
      const options = decimals === undefined ? {} : { decimals };
      assert.equal(formatValue(value, unit, options), formatValue(value, unit, { ...options, locale: 'en-us' }));
    }), { numRuns: 10000 });
    fc.assert(fc.property(valueArb, (value) => {
      assert.equal(formatPlainNumber(value), formatPlainNumber(value, 'en-us'));
    }), { numRuns: 3000 });
  });

  it('rounds ties away from zero on the decimal digits, as Intl does and toFixed does not', () => {
    const two: Digits = { kind: 'fraction', min: 2, max: 2 };
    assert.equal(enUsFormatter('decimal', two).format(1.005), '1.01');
    assert.equal(enUsFormatter('decimal', two).format(-1.005), '-1.01');
    assert.equal(enUsFormatter('percent', two).format(0.012345), '1.23%');
    assert.equal(enUsFormatter('currency', two).format(-1234.5), '-$1,234.50');
    assert.equal(enUsFormatter('decimal', { kind: 'significant', max: 3 }).format(1234567), '1,230,000');
  });
});
