/**
 * Which comes first in a locale's numeric dates, the day or the month: `03/04/2026` is 3 April
 * in de-DE, fr-FR, en-GB, et-EE and 4 March in en-US. The locale is the core's number locale
 * (`CoreOptions.locale`, the setting `marketingMetrics.numberLocale`), probed once from Intl and
 * memoised like `read/locale.ts` does for numbers.
 *
 * Only a locale with a region settles the order: the order is a regional convention, and a bare
 * language ('en', which is what VS Code's display language gives) is en-US in one office and
 * en-GB in the next. Such a locale, or an invalid tag, settles nothing and the column is reported
 * as ambiguous instead of being guessed.
 */

export type DayOrder = 'dayFirst' | 'monthFirst';

const MAX_CACHED = 64;
const cache = new Map<string, DayOrder | null>();

/** The order the locale writes numeric dates in, or undefined when the locale does not say. */
export function dayOrderOf(locale: string): DayOrder | undefined {
  let order = cache.get(locale);
  if (order === undefined) {
    order = probe(locale);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(locale, order);
  }
  return order ?? undefined;
}

function probe(locale: string): DayOrder | null {
  try {
    if (new Intl.Locale(locale).region === undefined) return null;
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    }).formatToParts(Date.UTC(2026, 2, 14));
    const day = parts.findIndex((part) => part.type === 'day');
    const month = parts.findIndex((part) => part.type === 'month');
    if (day < 0 || month < 0) return null;
    return day < month ? 'dayFirst' : 'monthFirst';
  } catch {
    // An invalid tag (a typo in a setting) settles nothing; the column is reported as ambiguous.
    return null;
  }
}
