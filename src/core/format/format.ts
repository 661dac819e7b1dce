/**
 * Values as people read them, per unit: "3.00%", "$0.0345", "5.00x", "2m 35s", "1,234,567".
 * Never compact notation: "1.2M" hides the digits a marketer checks against the ad platform.
 */
import * as l10n from '@vscode/l10n';
import type { Unit } from '../catalog/schema';
import { formatDuration } from './duration';
import { currencyDigits, DEFAULT_CURRENCY, DEFAULT_LOCALE, digitsFor, formatWith, numberFormat } from './numberFormat';
import type { Digits, Style } from './numberFormat';

export interface FormatOptions {
  /** BCP 47 tag. Default 'en-US'. */
  locale?: string;
  /** ISO 4217 code for currency values. Default 'USD'. */
  currency?: string;
  /** Fraction digits for percent, currency, ratio, number, points and score values. */
  decimals?: number;
  /**
   * Exactly these fraction digits, small values included: a table column's, chosen once for the
   * column (columnDecimals) so that a $0.0833 CPC among $1.25 ones reads $0.08.
   */
  columnDecimals?: number;
}

/** Shown for NaN and ±Infinity, which a formula can produce but no report should print. */
export const NOT_A_VALUE = '—';

/** Older runtimes reject more than 20 fraction digits. */
const MAX_DECIMALS = 20;

export function formatValue(value: number, unit: Unit, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_A_VALUE;
  const v = value + 0; // -0 would print as "-0"
  const locale = options.locale ?? DEFAULT_LOCALE;
  const decimals = validDecimals(options.decimals);
  const exact = validDecimals(options.columnDecimals);
  const fixed =
    exact === undefined
      ? fixedOrSignificant
      : (val: number, _shown: number, loc: string, style: Style, currency: string) =>
          formatWith(numberFormat(loc, style, currency, { kind: 'fraction', min: exact, max: exact }), val);
  switch (unit) {
    case 'percent':
      return fixed(v, v * 100, locale, 'percent', '', decimals ?? 2);
    case 'currency': {
      const currency = options.currency ?? DEFAULT_CURRENCY;
      return fixed(v, v, locale, 'currency', currency, decimals ?? currencyDigits(currency));
    }
    case 'ratio':
      return `${fixed(v, v, locale, 'decimal', '', decimals ?? 2)}x`;
    case 'number':
      return fixed(v, v, locale, 'decimal', '', decimals ?? 2);
    case 'points':
    case 'score':
      return fixed(v, v, locale, 'decimal', '', decimals ?? 1);
    case 'count':
      return formatWith(
        numberFormat(locale, 'decimal', '', { kind: 'fraction', min: 0, max: Number.isInteger(v) ? 0 : 2 }),
        v,
      );
    case 'seconds':
      return formatDuration(v, locale);
    case 'years':
    case 'months':
    case 'periods':
      return spanText(unit, formatWith(numberFormat(locale, 'decimal', '', spanDigits(v)), v));
    case 'perYear':
      return l10n.t('{0} / year', fixedOrSignificant(v, v, locale, 'decimal', '', 2));
    default:
      return assertNever(unit);
  }
}

/** "3 years": the unit's word in the user's language. */
function spanText(unit: 'years' | 'months' | 'periods', number: string): string {
  if (unit === 'years') return l10n.t('{0} years', number);
  if (unit === 'months') return l10n.t('{0} months', number);
  return l10n.t('{0} periods', number);
}

/** A number for the inputs display: grouped, locale digits, up to 15 significant digits (no float noise). */
export function formatPlainNumber(value: number, locale: string = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return NOT_A_VALUE;
  return formatWith(numberFormat(locale, 'decimal', '', { kind: 'significant', max: 15 }), value + 0);
}

/**
 * The fraction digits a column of values is shown with: the unit's (two for percentages and
 * ratios, the currency's minor units), or more when most values are so small that the unit's
 * would show none of their digits (a column of $0.03 CPCs keeps three significant digits).
 * Chosen by the median, so one small value among larger ones is rounded like them.
 */
export function columnDecimals(values: ArrayLike<number>, unit: Unit, options: FormatOptions = {}): number | undefined {
  const base =
    unit === 'percent' || unit === 'ratio' || unit === 'number'
      ? 2
      : unit === 'currency'
        ? currencyDigits(options.currency ?? DEFAULT_CURRENCY)
        : undefined;
  if (base === undefined || validDecimals(options.decimals) !== undefined) return undefined;
  const median = medianMagnitude(values, unit === 'percent' ? 100 : 1);
  if (median === undefined || median === 0 || median >= 10 ** (1 - base)) return base;
  return Math.min(8, Math.max(base, 2 - Math.floor(Math.log10(median))));
}

/** The median of |value| × scale over the finite values, from at most ~1,000 of them spread evenly. */
function medianMagnitude(values: ArrayLike<number>, scale: number): number | undefined {
  const step = Math.max(1, Math.floor(values.length / 1000));
  const sample: number[] = [];
  for (let i = 0; i < values.length; i += step)
    if (Number.isFinite(values[i]!)) sample.push(Math.abs(values[i]! * scale));
  if (sample.length === 0) return undefined;
  sample.sort((a, b) => a - b);
  return sample[sample.length >> 1];
}

/** `shown` is what the digits display (the percent, not the fraction), which decides small-value digits. */
function fixedOrSignificant(
  value: number,
  shown: number,
  locale: string,
  style: Style,
  currency: string,
  decimals: number,
): string {
  return formatWith(numberFormat(locale, style, currency, digitsFor(shown, decimals)), value);
}

/** Durations in years or months: "3.0 years", "4.5 months", "4.25 months"; tiny values keep digits. */
function spanDigits(value: number): Digits {
  const small = value !== 0 && Math.abs(value) < 0.1;
  return small ? { kind: 'significant', max: 3 } : { kind: 'fraction', min: 1, max: 2 };
}

function validDecimals(decimals: number | undefined): number | undefined {
  if (decimals === undefined || !Number.isFinite(decimals)) return undefined;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.floor(decimals)));
}

function assertNever(unit: never): never {
  throw new Error(`unhandled unit ${String(unit)}`);
}
