import assert from 'node:assert/strict';
import { formatPlainNumber, formatValue } from '../../../../src/core/format/format';
import type { FormatOptions } from '../../../../src/core/format/format';
import { readNumber } from '../../../../src/core/read/number';
import type { Unit } from '../../../../src/core/catalog/schema';

// Node's ICU writes fr-FR groups with U+202F and puts U+00A0 before '%' and currencies.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Case = [value: number, unit: Unit, options: FormatOptions, expected: string];

const EN_US: Case[] = [
  [0.03, 'percent', {}, '3.00%'],
  [0.005, 'percent', {}, '0.50%'],
  [0.000123, 'percent', {}, '0.0123%'],
  [-0.25, 'percent', {}, '-25.00%'],
  [0, 'percent', {}, '0.00%'],
  [0.1234, 'percent', { decimals: 1 }, '12.3%'],
  [0.0512, 'percent', { decimals: 0 }, '5%'],
  [0.005, 'percent', { decimals: 0 }, '0.5%'],
  [0.0055, 'percent', { decimals: 1 }, '0.55%'],
  [0.0345, 'currency', {}, '$0.0345'],
  [0.5, 'currency', {}, '$0.50'],
  [2500, 'currency', {}, '$2,500.00'],
  [-1234.5, 'currency', {}, '-$1,234.50'],
  [2500, 'currency', { currency: 'EUR' }, '€2,500.00'],
  [2500, 'currency', { currency: 'JPY' }, '¥2,500'],
  [1234.5, 'currency', { decimals: 0 }, '$1,235'],
  [0.25, 'currency', { decimals: 0 }, '$0.25'],
  [-0.001, 'currency', { decimals: 2 }, '-$0.001'],
  [-0.0000001, 'number', {}, '-0.0000001'],
  [5, 'ratio', {}, '5.00x'],
  [4.256, 'ratio', { decimals: 1 }, '4.3x'],
  [155, 'seconds', {}, '2m 35s'],
  [45, 'seconds', {}, '45s'],
  [3723, 'seconds', {}, '1h 2m 3s'],
  [12.5, 'seconds', {}, '12.5s'],
  [12, 'seconds', {}, '12s'],
  [0, 'seconds', {}, '0s'],
  [59.96, 'seconds', {}, '1m'],
  [120, 'seconds', {}, '2m'],
  [3600, 'seconds', {}, '1h'],
  [3603, 'seconds', {}, '1h 0m 3s'],
  [155.4, 'seconds', {}, '2m 35s'],
  [-155, 'seconds', {}, '-2m 35s'],
  [-0.01, 'seconds', {}, '0s'],
  [1234567, 'count', {}, '1,234,567'],
  [1234.567, 'count', {}, '1,234.57'],
  [1234.5, 'count', {}, '1,234.5'],
  [5, 'number', {}, '5.00'],
  [5, 'number', { decimals: 3 }, '5.000'],
  [120, 'points', {}, '120.0'],
  [60, 'score', {}, '60.0'],
  [-12.345, 'score', {}, '-12.3'],
  [3, 'years', {}, '3.0 years'],
  [4.5, 'months', {}, '4.5 months'],
  [4.25, 'months', {}, '4.25 months'],
  [20, 'periods', {}, '20.0 periods'],
  [6, 'perYear', {}, '6.00 / year'],
  [1e21, 'count', {}, '1,000,000,000,000,000,000,000'],
  [-0, 'count', {}, '0'],
  [-0, 'percent', {}, '0.00%'],
  [NaN, 'percent', {}, '—'],
  [Infinity, 'currency', {}, '—'],
  [-Infinity, 'count', {}, '—'],
  [2500, 'currency', { locale: 'not a locale!', currency: 'ZZ' }, '$2,500.00'],
];

const DE_DE: Case[] = [
  [0.03, 'percent', {}, `3,00${NBSP}%`],
  [0.000123, 'percent', {}, `0,0123${NBSP}%`],
  [0.0345, 'currency', {}, `0,0345${NBSP}$`],
  [2500, 'currency', { currency: 'EUR' }, `2.500,00${NBSP}€`],
  [-1234.5, 'currency', { currency: 'EUR' }, `-1.234,50${NBSP}€`],
  [5, 'ratio', {}, '5,00x'],
  [1234567, 'count', {}, '1.234.567'],
  [1234.567, 'count', {}, '1.234,57'],
  [1234.5, 'number', {}, '1.234,50'],
  [120, 'points', {}, '120,0'],
  [3, 'years', {}, '3,0 years'],
  [6, 'perYear', {}, '6,00 / year'],
  [12.5, 'seconds', {}, '12,5s'],
  [3723, 'seconds', {}, '1h 2m 3s'],
];

const FR_FR: Case[] = [
  [0.03, 'percent', {}, `3,00${NBSP}%`],
  [0.005, 'percent', {}, `0,50${NBSP}%`],
  [2500, 'currency', {}, `2${NNBSP}500,00${NBSP}$US`],
  [2500, 'currency', { currency: 'EUR' }, `2${NNBSP}500,00${NBSP}€`],
  [0.0345, 'currency', { currency: 'EUR' }, `0,0345${NBSP}€`],
  [5, 'ratio', {}, '5,00x'],
  [1234567, 'count', {}, `1${NNBSP}234${NNBSP}567`],
  [1234.5, 'number', {}, `1${NNBSP}234,50`],
  [60, 'score', {}, '60,0'],
  [4.5, 'months', {}, '4,5 months'],
  [12.5, 'seconds', {}, '12,5s'],
];

function show(text: string): string {
  return JSON.stringify(text).replace(/[\u00a0\u202f]/g, (c) => (c === NBSP ? '\\u00a0' : '\\u202f'));
}

describe('formatValue', () => {
  const tables: [string, Case[]][] = [
    ['en-US', EN_US],
    ['de-DE', DE_DE],
    ['fr-FR', FR_FR],
  ];
  for (const [locale, cases] of tables) {
    describe(`in ${locale}`, () => {
      for (const [value, unit, options, expected] of cases) {
        const all = locale === 'en-US' ? options : { locale, ...options };
        it(`${value} ${unit} ${JSON.stringify(options)} → ${show(expected)}`, () => {
          assert.equal(formatValue(value, unit, all), expected);
        });
      }
    });
  }

  it('uses en-US and USD by default', () => {
    assert.equal(
      formatValue(1234.5, 'currency'),
      formatValue(1234.5, 'currency', { locale: 'en-US', currency: 'USD' }),
    );
  });
});

describe('formatPlainNumber', () => {
  const cases: [value: number, locale: string, expected: string][] = [
    [1234567.891, 'en-US', '1,234,567.891'],
    [1234567.891, 'de-DE', '1.234.567,891'],
    [1234567.891, 'fr-FR', `1${NNBSP}234${NNBSP}567,891`],
    [0.1 + 0.2, 'en-US', '0.3'],
    [-0, 'en-US', '0'],
    [1e-7, 'en-US', '0.0000001'],
    [NaN, 'en-US', '—'],
  ];
  for (const [value, locale, expected] of cases) {
    it(`${value} in ${locale} → ${show(expected)}`, () => assert.equal(formatPlainNumber(value, locale), expected));
  }
});

describe('what formatValue writes, readNumber reads back', () => {
  const values: [number, Unit][] = [
    [0, 'count'],
    [7, 'count'],
    [1234, 'count'],
    [1234567, 'count'],
    [-45000, 'count'],
    [0.5, 'currency'],
    [0.0345, 'currency'],
    [2500, 'currency'],
    [-1234.5, 'currency'],
    [1234567.89, 'currency'],
    [5, 'number'],
    [1234.5, 'number'],
    [-0.25, 'number'],
    [123.45, 'number'],
    [0.03, 'percent'],
    [0.005, 'percent'],
    [0.000123, 'percent'],
    [0.1234, 'percent'],
    [12.5, 'percent'],
  ];
  const settings: FormatOptions[] = [
    { locale: 'en-US' },
    { locale: 'en-US', currency: 'EUR' },
    { locale: 'de-DE' },
    { locale: 'de-DE', currency: 'EUR' },
    { locale: 'fr-FR' },
    { locale: 'fr-FR', currency: 'EUR' },
  ];
  for (const options of settings) {
    for (const [value, unit] of values) {
      if (options.currency !== undefined && unit !== 'currency') continue;
      const text = formatValue(value, unit, options);
      it(`${value} ${unit} in ${options.locale ?? ''} ${options.currency ?? ''}: ${show(text)}`, () => {
        const reading = readNumber(text, { locale: options.locale ?? 'en-US' });
        assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
        assert.equal(reading.value, value);
        if (unit === 'percent') assert.equal(reading.percent, true);
        if (unit === 'currency') assert.equal(reading.currency, options.currency ?? 'USD');
      });
    }
  }
});
