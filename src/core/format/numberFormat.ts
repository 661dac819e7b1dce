/**
 * Cached Intl.NumberFormat instances. Creating one costs far more than formatting with it (the
 * first in a process also loads ICU's locale data), and a results table formats thousands of
 * values with a handful of distinct settings.
 */

export const DEFAULT_LOCALE = 'en-US';
export const DEFAULT_CURRENCY = 'USD';

export type Style = 'decimal' | 'percent' | 'currency';

/** Either fixed fraction digits or a number of significant digits. */
export type Digits =
  | { readonly kind: 'fraction'; readonly min: number; readonly max: number }
  | { readonly kind: 'significant'; readonly max: number };

/** Distinct settings are few (locales × units × currencies × digits); the cap guards misuse. */
const MAX_CACHED = 256;
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, style: Style, currency: string, digits: Digits): Intl.NumberFormat {
  const key = `${locale}|${style}|${style === 'currency' ? currency : ''}|${digits.kind}|${digits.max}|${digits.kind === 'fraction' ? digits.min : ''}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = create(locale, style, currency, digits);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, format);
  }
  return format;
}

function create(locale: string, style: Style, currency: string, digits: Digits): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions =
    digits.kind === 'fraction'
      ? { style, minimumFractionDigits: digits.min, maximumFractionDigits: digits.max }
      : { style, maximumSignificantDigits: digits.max };
  if (style === 'currency') options.currency = currency;
  // A bad locale or currency in the settings must degrade to the defaults, not throw in a hover.
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    try {
      return new Intl.NumberFormat(DEFAULT_LOCALE, options);
    } catch {
      return new Intl.NumberFormat(DEFAULT_LOCALE, { ...options, currency: DEFAULT_CURRENCY });
    }
  }
}

const minorUnits = new Map<string, number>();

/** The currency's usual fraction digits, as Intl knows them: 2 for USD and EUR, 0 for JPY and KRW. */
export function currencyDigits(currency: string): number {
  let digits = minorUnits.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat(DEFAULT_LOCALE, { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    if (minorUnits.size >= MAX_CACHED) minorUnits.clear();
    minorUnits.set(currency, digits);
  }
  return digits;
}

/**
 * Digits for a value shown with `decimals` places, except that a value below 1 which those
 * places would show with fewer than two significant digits keeps three: 0.000123 as a percent
 * is 0.0123 %, and two places would print "0.01%". Values of 1 and more keep the places asked
 * for, so `decimals: 0` still prints "5%" for 5.12 %.
 */
export function digitsFor(shown: number, decimals: number): Digits {
  const magnitude = Math.abs(shown);
  if (magnitude !== 0 && magnitude < Math.min(1, 10 ** (1 - decimals))) return { kind: 'significant', max: 3 };
  return { kind: 'fraction', min: decimals, max: decimals };
}

/** Formats, printing a value that rounds to zero without a minus sign ("-0.00" helps nobody). */
export function formatWith(format: Intl.NumberFormat, value: number): string {
  const text = format.format(value);
  if (value >= 0 || hasNonZeroDigit(text)) return text;
  return format.format(0);
}

function hasNonZeroDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 49 && code <= 57) return true;
  }
  return false;
}
