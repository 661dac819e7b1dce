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
import * as l10n from '@vscode/l10n';
import { fail } from '../errors';
import type { Failure } from '../errors';
import { isSign, readPrefix, readSuffix } from './affixes';
import type { Prefix, Suffix } from './affixes';
import { DEFAULT_LOCALE, localeNumbers } from './locale';
import type { DecimalSeparator } from './locale';
import { isDigit, quote, tooLarge } from './text';
import { scanDigits, splitDigits } from './digits';
import { PlainNumber } from './plainNumber';

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

/**
 * No number a person pastes is longer (1e308 written out with grouping is ~410 characters),
 * and refusing longer text keeps a 2 MB line from being scanned as one number.
 */
const MAX_LENGTH = 1000;

/**
 * Why a text is no number, before it is worded. A column of campaign names is read cell by cell
 * to learn that it is text; wording a message for each cell cost more than reading it.
 */
type Rejection =
  | { readonly why: 'empty' | 'tooLong' | 'notANumber' | 'tooLarge' }
  | { readonly why: 'malformed'; readonly reason: string };

const EMPTY: Rejection = { why: 'empty' };
const TOO_LONG: Rejection = { why: 'tooLong' };
const NOT_A_NUMBER: Rejection = { why: 'notANumber' };
const TOO_LARGE: Rejection = { why: 'tooLarge' };

export function readNumber(text: string, options: ReadNumberOptions = {}): NumberReading {
  const read = readPlain(text) ?? readFormatted(text, options);
  return 'ok' in read ? read : failureOf(text, read);
}

/** readNumber for a reader that only needs to know whether the text is a number: undefined when it is not. */
export function numberIn(text: string, options: ReadNumberOptions = {}): NumberValue | undefined {
  const read = readPlain(text) ?? readFormatted(text, options);
  return 'ok' in read ? read : undefined;
}

/**
 * The common case, `-?\d+(\.\d+)?`, read by the readers' one fast path (plainNumber.ts).
 * Undefined for anything else, including `1.234`, which is ambiguous and needs the locale.
 */
function readPlain(text: string): NumberValue | undefined {
  const plain = new PlainNumber();
  if (!plain.scanWhole(text, 0, text.length)) return undefined;
  // `+ 0` turns -0 into 0: a pasted "-0" is zero.
  const value = plain.value + 0;
  return plain.fraction > 0 ? { ok: true, value, decimal: '.' } : { ok: true, value };
}

function readFormatted(text: string, options: ReadNumberOptions): NumberValue | Rejection {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  if (trimmed.length > MAX_LENGTH) return TOO_LONG;
  if (!hasDigit(trimmed) || trimmed.charCodeAt(0) === 35) return NOT_A_NUMBER;
  let i = 0;
  let end = trimmed.length;
  const accounting = trimmed.charCodeAt(0) === 40 && trimmed.charCodeAt(end - 1) === 41;
  if (accounting) {
    i = 1;
    end -= 1;
  }
  const prefix = readPrefix(trimmed, i, end);
  if (typeof prefix === 'string') return malformed(prefix);
  if (accounting && prefix.signed) return malformed(l10n.t('it has both parentheses and a sign'));
  return readBody(trimmed, prefix, end, accounting, options);
}

function readBody(
  text: string,
  prefix: Prefix,
  end: number,
  accounting: boolean,
  options: ReadNumberOptions,
): NumberValue | Rejection {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const scan = scanDigits(text, prefix.next, end);
  const digits = splitDigits(text, scan, localeNumbers(locale), options.decimal);
  if (typeof digits === 'string') return malformed(digits);
  const suffix = readSuffix(text, scan.exponentEnd, end);
  if (typeof suffix === 'string') return malformed(suffix);
  const currency = currencyOf(prefix, suffix);
  if (currency === false) return malformed(l10n.t('it names two different currencies'));
  if (currency !== undefined && suffix.percent) return malformed(l10n.t('it has both a currency and a percent sign'));
  const exponent = scan.exponent + suffix.exponent - (suffix.percent ? 2 : 0);
  const negative = accounting || prefix.negative;
  // One correctly rounded conversion: "12%" → "12e-2" gives exactly 0.12, unlike 12 / 100.
  const value = Number(`${negative ? '-' : ''}${digits.integer || '0'}.${digits.fraction || '0'}e${exponent}`) + 0;
  if (!Number.isFinite(value)) return TOO_LARGE;
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
  if (prefix.currency !== undefined && suffix.currency !== undefined && prefix.currency !== suffix.currency)
    return false;
  return prefix.currency ?? suffix.currency;
}

function noteFor(
  text: string,
  value: number,
  separator: { char: DecimalSeparator; isDecimal: boolean },
  options: ReadNumberOptions,
): string {
  const [shown, char, locale] = [quote(text), separator.char, options.locale ?? DEFAULT_LOCALE];
  // Whole sentences: how "is the decimal separator" and "in en-US" join differs by language.
  if (options.decimal !== undefined)
    return separator.isDecimal
      ? l10n.t("read {0} as {1} ('{2}' is the decimal separator in the other values)", shown, value, char)
      : l10n.t("read {0} as {1} ('{2}' groups thousands in the other values)", shown, value, char);
  return separator.isDecimal
    ? l10n.t("read {0} as {1} ('{2}' is the decimal separator in {3})", shown, value, char, locale)
    : l10n.t("read {0} as {1} ('{2}' groups thousands in {3})", shown, value, char, locale);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Text that holds no number at all: say what it is when we can tell. */
function notANumber(text: string): Failure {
  if (SPREADSHEET_ERROR.test(text)) {
    return fail('invalidNumber', l10n.t('{0} is not a number (a spreadsheet error)', quote(text)), {
      hint: l10n.t('fix the formula in the sheet, or leave the cell empty'),
    });
  }
  const bare = (isSign(text.charCodeAt(0)) ? text.slice(1) : text).toLowerCase();
  if (bare === 'nan') return fail('nonFinite', l10n.t('{0} is not a number', quote(text)));
  if (bare === 'infinity' || bare === 'inf' || bare === '∞')
    return fail('nonFinite', l10n.t('{0} is not a finite number', quote(text)));
  return fail('invalidNumber', l10n.t('{0} is not a number', quote(text)));
}

function malformed(reason: string): Rejection {
  return { why: 'malformed', reason };
}

/** The rejection worded for the user; `text` as given, untrimmed. */
function failureOf(text: string, rejection: Rejection): Failure {
  const trimmed = text.trim();
  switch (rejection.why) {
    case 'empty':
      return fail('invalidNumber', l10n.t('{0} is empty', quote(text)));
    case 'tooLong':
      return fail('invalidNumber', l10n.t('{0} is too long to be a number', quote(trimmed)));
    case 'notANumber':
      return notANumber(trimmed);
    case 'tooLarge':
      return fail('nonFinite', tooLarge(quote(trimmed)));
    case 'malformed':
      return fail('invalidNumber', l10n.t('{0} is not a number: {1}', quote(trimmed), rejection.reason));
  }
}
