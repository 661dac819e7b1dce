/**
 * Reads a number the way people paste it: `1,234.5`, `1.234,5`, `1 234,5`, `$1,200`,
 * `1.200,50 €`, `12%`, `2.5bn`, `(500)`, `−3`, `1e3`, `.5`.
 *
 * Separator rules, in order:
 *  1. both '.' and ',' occur → the last one is the decimal separator, the other groups;
 *  2. one of them occurs more than once → it groups (and proves the other is the decimal);
 *  3. one occurs once, after other group separators (`1 234,5`, `1'234.567`) → decimal;
 *  4. one occurs once, followed by other than three digits (`1,5`) → decimal;
 *  5. one occurs once, followed by three digits, after a part that cannot be a thousands group
 *     (`0.125`, `1234.567`) → decimal;
 *  6. otherwise (`1,234`, `1.234`) the text is ambiguous: options.decimal, or else the locale's
 *     decimal separator, decides, and `note` says how it was read.
 * Group separators (',', '.', spaces, apostrophes) must come every three digits; underscores
 * (`1_000`, as in code) may group any way. Indian grouping (`12,34,567`) is accepted only for
 * locales that write numbers that way (en-IN, hi-IN), detected from Intl rather than a list.
 */
import { fail } from '../errors';
import type { Failure } from '../errors';
import { isSign, readPrefix, readSuffix } from './affixes';
import type { Prefix, Suffix } from './affixes';
import { DEFAULT_LOCALE, localeNumbers } from './locale';
import type { DecimalSeparator } from './locale';
import { isDigit, quote } from './text';
import { scanDigits, splitDigits } from './digits';

export { decimalSeparatorOf } from './locale';
export type { DecimalSeparator } from './locale';

export interface NumberValue {
  ok: true;
  value: number;
  /** The text had a percent sign; `value` is then the fraction (12% → 0.12). */
  percent?: boolean;
  /** ISO 4217 code of a currency written with the number. */
  currency?: string;
  /** How an ambiguous text was read, for the user: "read '1,234' as 1234 (…)". */
  note?: string;
  /** The decimal separator the text itself proves (by a decimal, or by repeated grouping). */
  decimal?: DecimalSeparator;
  /** Only the locale (or options.decimal) decided between grouping and decimal. */
  ambiguous?: boolean;
}

export type NumberReading = NumberValue | Failure;

export interface ReadNumberOptions {
  /** BCP 47 tag whose decimal separator settles ambiguous text. Default 'en-US'. */
  locale?: string;
  /** Settles ambiguous text instead of the locale, when other values show the convention. */
  decimal?: DecimalSeparator;
}

/** Excel, LibreOffice and Google Sheets error values, e.g. #DIV/0!, #N/A, #VALUE!. */
const SPREADSHEET_ERROR = /^#[A-Z0-9_/]+[!?]?$/;

/** Longest text the fast path takes; beyond it Number() could overflow to Infinity. */
const FAST_MAX = 300;

/**
 * No number a person pastes is longer (1e308 written out with grouping is ~410 characters),
 * and refusing longer text keeps a 2 MB line from being scanned as one number.
 */
const MAX_LENGTH = 1000;

export function readNumber(text: string, options: ReadNumberOptions = {}): NumberReading {
  return readPlain(text) ?? readFormatted(text, options);
}

/**
 * The common case, `-?\d+(\.\d+)?`, scanned by char code without allocating. Returns undefined
 * for anything else, including `1.234`, which is ambiguous and needs the locale.
 */
function readPlain(text: string): NumberValue | undefined {
  const n = text.length;
  if (n === 0 || n > FAST_MAX) return undefined;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intLength = i - intStart;
  if (intLength === 0) return undefined;
  if (i === n) return { ok: true, value: Number(text) + 0 };
  if (text.charCodeAt(i) !== 46) return undefined;
  const fracStart = ++i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const fracLength = i - fracStart;
  if (fracLength === 0 || i !== n) return undefined;
  if (fracLength === 3 && intLength <= 3 && text.charCodeAt(intStart) !== 48) return undefined;
  return { ok: true, value: Number(text) + 0, decimal: '.' };
}

function readFormatted(text: string, options: ReadNumberOptions): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') return fail('invalidNumber', `${quote(text)} is empty`);
  if (trimmed.length > MAX_LENGTH) return fail('invalidNumber', `${quote(trimmed)} is too long to be a number`);
  if (!hasDigit(trimmed) || trimmed.charCodeAt(0) === 35) return notANumber(trimmed);
  let i = 0;
  let end = trimmed.length;
  const accounting = trimmed.charCodeAt(0) === 40 && trimmed.charCodeAt(end - 1) === 41;
  if (accounting) {
    i = 1;
    end -= 1;
  }
  const prefix = readPrefix(trimmed, i, end);
  if (typeof prefix === 'string') return malformed(trimmed, prefix);
  if (accounting && prefix.signed) return malformed(trimmed, 'it has both parentheses and a sign');
  return readBody(trimmed, prefix, end, accounting, options);
}

function readBody(text: string, prefix: Prefix, end: number, accounting: boolean, options: ReadNumberOptions): NumberReading {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const scan = scanDigits(text, prefix.next, end);
  const digits = splitDigits(text, scan, localeNumbers(locale), options.decimal);
  if (typeof digits === 'string') return malformed(text, digits);
  const suffix = readSuffix(text, scan.exponentEnd, end);
  if (typeof suffix === 'string') return malformed(text, suffix);
  const currency = currencyOf(prefix, suffix);
  if (currency === false) return malformed(text, 'it names two different currencies');
  if (currency !== undefined && suffix.percent) return malformed(text, 'it has both a currency and a percent sign');
  const exponent = scan.exponent + suffix.exponent - (suffix.percent ? 2 : 0);
  const negative = accounting || prefix.negative;
  // One correctly rounded conversion: "12%" → "12e-2" gives exactly 0.12, unlike 12 / 100.
  const value = Number(`${negative ? '-' : ''}${digits.integer || '0'}.${digits.fraction || '0'}e${exponent}`) + 0;
  if (!Number.isFinite(value)) return fail('nonFinite', `${quote(text)} is too large to be a finite number`);
  const reading: NumberValue = { ok: true, value };
  if (suffix.percent) reading.percent = true;
  if (currency !== undefined) reading.currency = currency;
  if (digits.evidence !== undefined) reading.decimal = digits.evidence;
  if (digits.ambiguousBy !== undefined) {
    reading.ambiguous = true;
    reading.note = noteFor(text, value, digits.ambiguousBy, options);
  }
  return reading;
}

/** The currency written before or after the digits; false when both are written and differ. */
function currencyOf(prefix: Prefix, suffix: Suffix): string | undefined | false {
  if (prefix.currency !== undefined && suffix.currency !== undefined && prefix.currency !== suffix.currency) return false;
  return prefix.currency ?? suffix.currency;
}

function noteFor(text: string, value: number, separator: { char: DecimalSeparator; isDecimal: boolean }, options: ReadNumberOptions): string {
  const where = options.decimal !== undefined ? 'in the other values' : `in ${options.locale ?? DEFAULT_LOCALE}`;
  const role = separator.isDecimal ? 'is the decimal separator' : 'groups thousands';
  return `read ${quote(text)} as ${value} ('${separator.char}' ${role} ${where})`;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Text that holds no number at all: say what it is when we can tell. */
function notANumber(text: string): Failure {
  if (SPREADSHEET_ERROR.test(text)) {
    return fail('invalidNumber', `${quote(text)} is not a number (a spreadsheet error)`, {
      hint: 'fix the formula in the sheet, or leave the cell empty',
    });
  }
  const bare = (isSign(text.charCodeAt(0)) ? text.slice(1) : text).toLowerCase();
  if (bare === 'nan') return fail('nonFinite', `${quote(text)} is not a number`);
  if (bare === 'infinity' || bare === 'inf' || bare === '∞') return fail('nonFinite', `${quote(text)} is not a finite number`);
  return fail('invalidNumber', `${quote(text)} is not a number`);
}

function malformed(text: string, reason: string): Failure {
  return fail('invalidNumber', `${quote(text)} is not a number: ${reason}`);
}

