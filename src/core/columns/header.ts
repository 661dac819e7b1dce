/**
 * A column header as platforms write it, taken apart: `Amount spent (USD)` is the name
 * "Amount spent" in US dollars, `CPC (cost per link click) (EUR)` keeps its own parentheses but
 * not the currency, `metrics.cost_micros` (Google Ads API) is `cost_micros` and
 * `campaign.name` is "campaign name". The name is then matched like any other field name.
 */

export interface HeaderParts {
  /** The header without its unit suffix and API prefix. */
  readonly base: string;
  /** ISO 4217 code the header names, from `(USD)` or `(€)`. */
  readonly currency?: string;
  /** The header says its values are percentages: `(%)`, `%` or `in %`. */
  readonly percent: boolean;
}

const SYMBOL_CURRENCIES: Readonly<Record<string, string>> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₱': 'PHP',
  R$: 'BRL',
  zł: 'PLN',
  kr: 'SEK',
  CHF: 'CHF',
};

/** API objects whose fields name a metric (`metrics.clicks`) or a segment (`segments.date`). */
const VALUE_PREFIXES = new Set(['metrics', 'metric', 'segments', 'segment', 'insights', 'stats', 'statistics']);

/** A trailing parenthesised or bracketed unit: `(USD)`, `[EUR]`, `(%)`, `(€)`. */
const UNIT_SUFFIX = /\s*[([]\s*([A-Za-z]{3}|%|[^\sA-Za-z0-9]{1,2}|[A-Z]{1,2}\$|zł|kr)\s*[)\]]\s*$/u;

export function splitHeader(header: string): HeaderParts {
  let base = header.trim();
  let currency: string | undefined;
  let percent = false;
  for (let match = UNIT_SUFFIX.exec(base); match; match = UNIT_SUFFIX.exec(base)) {
    const unit = match[1]!;
    if (unit === '%') percent = true;
    else if (/^[A-Z]{3}$/.test(unit)) currency = unit;
    else if (SYMBOL_CURRENCIES[unit] !== undefined) currency = SYMBOL_CURRENCIES[unit];
    else break;
    base = base.slice(0, match.index).trim();
  }
  if (/\s%$|\bin %$/.test(base)) {
    percent = true;
    base = base.replace(/\s*(in )?%$/, '').trim();
  }
  base = apiName(base);
  return { base, percent, ...(currency !== undefined ? { currency } : {}) };
}

/** `metrics.cost_micros` → `cost_micros`; `campaign.name` → `campaign name`; others unchanged. */
function apiName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(name)) return name;
  const parts = name.split('.');
  if (VALUE_PREFIXES.has(parts[0]!.toLowerCase())) return parts.slice(1).join(' ');
  return parts.join(' ');
}
