/**
 * What may stand around the digits of a pasted number: a sign and a currency before it; a
 * multiplier (k, M, bn), a percent sign or a currency after it. Each parser returns either its
 * result or a sentence saying what is wrong, which readNumber appends to its message.
 */
import * as l10n from '@vscode/l10n';
import { isAsciiLetter, isDigit, isSpaceLike, quote } from './text';

/**
 * Symbols to ISO 4217 codes. '$' and '¥' are read as USD and JPY, their commonest meaning in
 * ad-platform exports; the prefixed forms (CA$, A$, CN¥) say otherwise. 'kr' is left out:
 * it is SEK, NOK and DKK alike.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['US$', 'USD'],
  ['$US', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₱', 'PHP'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['₦', 'NGN'],
  ['฿', 'THB'],
  ['zł', 'PLN'],
  ['CA$', 'CAD'],
  ['$CA', 'CAD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['$AU', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
]);

/** Powers of ten for the suffixes people use in reports ("1.2k", "3M", "2.5bn"). */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['K', 3],
  ['m', 6],
  ['M', 6],
  ['mm', 6],
  ['MM', 6],
  ['mn', 6],
  ['Mn', 6],
  ['b', 9],
  ['B', 9],
  ['bn', 9],
  ['Bn', 9],
  ['BN', 9],
  ['t', 12],
  ['T', 12],
  ['tn', 12],
  ['Tn', 12],
]);

/** The power of ten a multiplier suffix stands for (`k` → 3), or undefined when it is none. */
export function multiplierExponent(suffix: string): number | undefined {
  return MULTIPLIERS.get(suffix);
}

let isoCodes: ReadonlySet<string> | undefined;

/** ISO codes from Intl where the runtime lists them; older webviews accept any three capitals. */
function isIsoCode(token: string): boolean {
  if (!/^[A-Z]{3}$/.test(token)) return false;
  if (isoCodes === undefined) {
    isoCodes = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : new Set();
  }
  return isoCodes.size === 0 || isoCodes.has(token);
}

export function currencyCode(token: string): string | undefined {
  return SYMBOLS.get(token) ?? (isIsoCode(token) ? token : undefined);
}

export function isSign(code: number): boolean {
  return code === 45 || code === 43 || code === 0x2212;
}

/** Where the digits begin: a digit, or a separator directly before one (".5"). */
export function startsDigits(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigit(code)) return true;
  return (code === 46 || code === 44) && isDigit(text.charCodeAt(i + 1));
}

export interface Prefix {
  negative: boolean;
  signed: boolean;
  currency?: string;
  next: number;
}

/** Reads `-`, `$`, `USD `, `-$`, `$-` … up to the first digit. */
export function readPrefix(text: string, i: number, end: number): Prefix | string {
  const prefix: Prefix = { negative: false, signed: false, next: i };
  let j = i;
  while (j < end && !startsDigits(text, j)) {
    const code = text.charCodeAt(j);
    if (isSpaceLike(code)) {
      j++;
    } else if (isSign(code)) {
      if (prefix.signed) return l10n.t('it has more than one sign');
      prefix.signed = true;
      prefix.negative = code !== 43;
      j++;
    } else {
      const start = j;
      while (j < end && !startsDigits(text, j) && !isSpaceLike(text.charCodeAt(j)) && !isSign(text.charCodeAt(j))) j++;
      const token = text.slice(start, j);
      if (prefix.currency !== undefined) return l10n.t('{0} follows a currency', quote(token));
      const currency = currencyCode(token);
      if (currency === undefined) return l10n.t('{0} before the number is not a sign or a currency', quote(token));
      prefix.currency = currency;
    }
  }
  prefix.next = j;
  return prefix;
}

export interface Suffix {
  /** Power of ten from a multiplier such as k or M. */
  exponent: number;
  percent: boolean;
  currency?: string;
}

function skipSpaces(text: string, j: number, end: number): number {
  while (j < end && isSpaceLike(text.charCodeAt(j))) j++;
  return j;
}

/** Reads what follows the digits: `k`, `M`, `bn`, `%`, ` €`, ` USD`, `k €`. */
export function readSuffix(text: string, start: number, end: number): Suffix | string {
  const suffix: Suffix = { exponent: 0, percent: false };
  let j = skipSpaces(text, start, end);
  let k = j;
  while (k < end && isAsciiLetter(text.charCodeAt(k))) k++;
  const after = text.charCodeAt(k);
  const multiplier =
    k > j && (k === end || isSpaceLike(after) || after === 37) ? MULTIPLIERS.get(text.slice(j, k)) : undefined;
  if (multiplier !== undefined) {
    suffix.exponent = multiplier;
    j = skipSpaces(text, k, end);
  }
  if (j === end) return suffix;
  if (text.charCodeAt(j) === 37) {
    if (multiplier !== undefined) return l10n.t('it has both a multiplier and a percent sign');
    suffix.percent = true;
    j = skipSpaces(text, j + 1, end);
    return j === end ? suffix : l10n.t('{0} follows the percent sign', quote(text.slice(j, end)));
  }
  k = j;
  while (k < end && !isSpaceLike(text.charCodeAt(k))) k++;
  const token = text.slice(j, k);
  const currency = currencyCode(token);
  if (currency === undefined)
    return l10n.t('{0} after the number is not a currency, a percent sign or a multiplier (k, M, bn)', quote(token));
  if (skipSpaces(text, k, end) !== end) return l10n.t('{0} follows the currency', quote(text.slice(k, end).trim()));
  suffix.currency = currency;
  return suffix;
}
