import assert from 'node:assert/strict';
import { currencyDigits, numberFormat, type Digits } from '../../../../src/core/format/numberFormat';

const TWO: Digits = { kind: 'fraction', min: 2, max: 2 };

describe('core/format/numberFormat', () => {
  it('hands out one Intl.NumberFormat per locale, style, currency and digits', () => {
    const format = numberFormat('de-DE', 'currency', 'EUR', TWO);
    assert.ok(format instanceof Intl.NumberFormat);
    assert.equal(numberFormat('de-DE', 'currency', 'EUR', TWO), format);
    assert.notEqual(numberFormat('de-DE', 'currency', 'USD', TWO), format);
    assert.notEqual(numberFormat('de-DE', 'currency', 'EUR', { kind: 'fraction', min: 0, max: 2 }), format);
    // The currency plays no part outside the currency style.
    assert.equal(numberFormat('en-US', 'percent', 'EUR', TWO), numberFormat('en-US', 'percent', 'USD', TWO));
  });

  it('rounds ties away from zero on the decimal digits, as Intl does and toFixed does not', () => {
    assert.equal(numberFormat('en-US', 'decimal', 'USD', TWO).format(1.005), '1.01');
    assert.equal(numberFormat('en-US', 'decimal', 'USD', TWO).format(-1.005), '-1.01');
    assert.equal(numberFormat('en-US', 'percent', 'USD', TWO).format(0.012345), '1.23%');
    assert.equal(numberFormat('en-US', 'currency', 'USD', TWO).format(-1234.5), '-$1,234.50');
    assert.equal(numberFormat('en-US', 'decimal', 'USD', { kind: 'significant', max: 3 }).format(1234567), '1,230,000');
  });

  it('falls back to en-US and US dollars for a locale or currency Intl rejects, never throwing', () => {
    assert.equal(numberFormat('not a locale!', 'decimal', 'USD', TWO).format(1234.5), '1,234.50');
    assert.equal(numberFormat('en-US', 'currency', 'dollars', TWO).format(2.5), '$2.50');
  });

  it("knows each currency's usual fraction digits", () => {
    assert.deepEqual(['USD', 'EUR', 'JPY', 'KRW'].map(currencyDigits), [2, 2, 0, 0]);
  });
});
