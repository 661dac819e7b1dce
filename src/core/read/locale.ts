/**
 * What a locale says about writing numbers, probed once from Intl and memoised: creating an
 * Intl.NumberFormat is slow, and readNumber runs once per cell of a large selection.
 */

export type DecimalSeparator = '.' | ',';

export interface LocaleNumbers {
  /** The decimal separator; locales whose separator is neither (Arabic '٫') fall back to '.'. */
  readonly decimal: DecimalSeparator;
  /** Groups digits in twos above the thousands (en-IN, hi-IN: 12,34,567). */
  readonly groupsInTwos: boolean;
  /** Groups with a space-like character (fr-FR, sv-SE), so "1 234" is one number. */
  readonly groupsWithSpaces: boolean;
}

export const DEFAULT_LOCALE = 'en-US';

const FALLBACK: LocaleNumbers = { decimal: '.', groupsInTwos: false, groupsWithSpaces: false };

/** Locales come from settings, so few distinct ones occur; the cap only guards against misuse. */
const MAX_CACHED = 64;
const cache = new Map<string, LocaleNumbers>();

export function localeNumbers(locale: string): LocaleNumbers {
  let info = cache.get(locale);
  if (info === undefined) {
    info = probe(locale);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(locale, info);
  }
  return info;
}

/** The locale's decimal separator ('.' or ','), memoised per locale. Unknown locales read as '.'. */
export function decimalSeparatorOf(locale: string): DecimalSeparator {
  return localeNumbers(locale).decimal;
}

function probe(locale: string): LocaleNumbers {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale);
  } catch {
    // An invalid tag (a typo in a setting) must not break reading: behave like the default.
    return FALLBACK;
  }
  const decimal = format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  const parts = format.formatToParts(1234567);
  const integers = parts.filter((part) => part.type === 'integer');
  const group = parts.find((part) => part.type === 'group')?.value ?? '';
  return {
    decimal,
    groupsInTwos: integers.length > 2 && integers[1]?.value.length === 2,
    groupsWithSpaces: group.trim() === '' && group !== '',
  };
}
