/**
 * The digits of a pasted number and the separators between them. scanDigits only records
 * where the digit runs are (no substrings), so the caller can decide which separator is the
 * decimal before any string is built. The rules are listed at the top of number.ts.
 */
import * as l10n from '@vscode/l10n';
import type { DecimalSeparator, LocaleNumbers } from './locale';
import { isDigit, isSpaceLike } from './text';
import { couldGroupThousands } from './plainNumber';

type SeparatorKind = 'point' | 'comma' | 'space' | 'apostrophe' | 'underscore';

/** A kind of separator as a message names it; a function, so that it speaks the language set when it runs. */
function separatorName(kind: SeparatorKind): string {
  switch (kind) {
    case 'point':
      return "'.'";
    case 'comma':
      return "','";
    case 'space':
      return l10n.t('spaces');
    case 'apostrophe':
      return l10n.t('apostrophes');
    case 'underscore':
      return l10n.t('underscores');
  }
}

/** Exponents beyond this overflow or underflow anyway; the clamp keeps the arithmetic exact. */
const MAX_EXPONENT = 1e6;

export interface DigitScan {
  /** [start, end) offsets of each digit run, flattened. */
  readonly runs: number[];
  /** seps[k] stands between run k and run k + 1. */
  readonly seps: SeparatorKind[];
  /** A separator before the first digit (".5"), which can only be a decimal. */
  leading?: 'point' | 'comma';
  /** Power of ten written as e3 or E-2. */
  exponent: number;
  /** Offset just after the digits and the exponent. */
  exponentEnd: number;
}

export interface Ambiguity {
  readonly char: DecimalSeparator;
  readonly isDecimal: boolean;
}

export interface Digits {
  readonly integer: string;
  readonly fraction: string;
  readonly evidence?: DecimalSeparator;
  readonly ambiguousBy?: Ambiguity;
}

interface Decision {
  /** Index into seps of the decimal separator, or -1 when every separator groups. */
  readonly at: number;
  readonly evidence?: DecimalSeparator;
  readonly ambiguousBy?: Ambiguity;
}

function kindOf(code: number): SeparatorKind | undefined {
  if (code === 46) return 'point';
  if (code === 44) return 'comma';
  if (code === 39 || code === 0x2019) return 'apostrophe';
  if (code === 95) return 'underscore';
  return isSpaceLike(code) ? 'space' : undefined;
}

/** Records digit runs joined by single separators, then an optional exponent. */
export function scanDigits(text: string, start: number, end: number): DigitScan {
  const scan: DigitScan = { runs: [], seps: [], exponent: 0, exponentEnd: start };
  let j = start;
  const first = kindOf(text.charCodeAt(j));
  if ((first === 'point' || first === 'comma') && isDigit(text.charCodeAt(j + 1))) {
    scan.leading = first;
    j++;
  }
  for (;;) {
    const runStart = j;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    scan.runs.push(runStart, j);
    if (j + 1 >= end) break;
    const kind = kindOf(text.charCodeAt(j));
    if (kind === undefined || !isDigit(text.charCodeAt(j + 1))) break;
    scan.seps.push(kind);
    j++;
  }
  scan.exponentEnd = readExponent(text, j, end, scan);
  return scan;
}

function readExponent(text: string, j: number, end: number, scan: DigitScan): number {
  const marker = text.charCodeAt(j);
  if (marker !== 101 && marker !== 69) return j;
  let k = j + 1;
  const sign = text.charCodeAt(k);
  const negative = sign === 45 || sign === 0x2212;
  if (negative || sign === 43) k++;
  const digitsStart = k;
  let value = 0;
  for (; k < end && isDigit(text.charCodeAt(k)); k++)
    value = Math.min(value * 10 + text.charCodeAt(k) - 48, MAX_EXPONENT);
  if (k === digitsStart) return j;
  scan.exponent = negative ? -value : value;
  return k;
}

function runLength(scan: DigitScan, run: number): number {
  return (scan.runs[2 * run + 1] ?? 0) - (scan.runs[2 * run] ?? 0);
}

function runText(text: string, scan: DigitScan, run: number): string {
  return text.slice(scan.runs[2 * run] ?? 0, scan.runs[2 * run + 1] ?? 0);
}

/** Splits the scanned runs into integer and fraction digits, or says why they are not a number. */
export function splitDigits(
  text: string,
  scan: DigitScan,
  locale: LocaleNumbers,
  override?: DecimalSeparator,
): Digits | string {
  if (runLength(scan, 0) === 0) return l10n.t('it has no digits');
  if (scan.leading !== undefined) {
    if (scan.seps.length > 0) return l10n.t('digits after the decimal separator cannot be grouped');
    return { integer: '', fraction: runText(text, scan, 0), evidence: scan.leading === 'point' ? '.' : ',' };
  }
  const decision = findDecimal(text, scan, locale, override);
  if (typeof decision === 'string') return decision;
  const groupCount = decision.at >= 0 ? decision.at : scan.seps.length;
  const groupError = checkGroups(scan, groupCount, locale);
  if (groupError !== undefined) return groupError;
  let integer = '';
  for (let run = 0; run <= groupCount; run++) integer += runText(text, scan, run);
  const fraction = decision.at >= 0 ? runText(text, scan, decision.at + 1) : '';
  return { integer, fraction, evidence: decision.evidence, ambiguousBy: decision.ambiguousBy };
}

function findDecimal(
  text: string,
  scan: DigitScan,
  locale: LocaleNumbers,
  override?: DecimalSeparator,
): Decision | string {
  const { seps } = scan;
  let points = 0;
  let commas = 0;
  let last = -1;
  for (let k = 0; k < seps.length; k++) {
    if (seps[k] === 'point') points++;
    else if (seps[k] === 'comma') commas++;
    else continue;
    last = k;
  }
  if (points > 0 && commas > 0) {
    const char = seps[last] === 'point' ? '.' : ',';
    if ((char === '.' ? points : commas) > 1)
      return l10n.t("'{0}' appears more than once, so it cannot be the decimal separator", char);
    if (last !== seps.length - 1) return l10n.t('digits after the decimal separator cannot be grouped');
    return { at: last, evidence: char };
  }
  if (points + commas === 1 && last === seps.length - 1) return single(text, scan, last, locale, override);
  // A separator repeated is grouping, which shows that the other one is the decimal.
  if (points > 1) return { at: -1, evidence: ',' };
  if (commas > 1) return { at: -1, evidence: '.' };
  return { at: -1 };
}

/** One '.' or ',' and it is the last separator: decimal unless it could be a thousands group. */
function single(
  text: string,
  scan: DigitScan,
  at: number,
  locale: LocaleNumbers,
  override?: DecimalSeparator,
): Decision {
  const char = scan.seps[at] === 'point' ? '.' : ',';
  const couldGroup =
    scan.seps.length === 1 &&
    couldGroupThousands(runLength(scan, 0), runLength(scan, 1), text.charCodeAt(scan.runs[0] ?? 0));
  if (!couldGroup) return { at, evidence: char };
  const isDecimal = (override ?? locale.decimal) === char;
  return { at: isDecimal ? at : -1, ambiguousBy: { char, isDecimal } };
}

/** Group separators must all be alike and come every three digits (Indian style where allowed). */
function checkGroups(scan: DigitScan, groupCount: number, locale: LocaleNumbers): string | undefined {
  if (groupCount === 0) return undefined;
  const kind = scan.seps[0] ?? 'underscore';
  for (let k = 1; k < groupCount; k++) {
    const other = scan.seps[k] ?? kind;
    if (other !== kind)
      return l10n.t('it mixes {0} and {1} between digit groups', separatorName(kind), separatorName(other));
  }
  // Underscores group as in source code, where any grouping is allowed.
  if (kind === 'underscore') return undefined;
  const first = runLength(scan, 0);
  let threes = first <= 3;
  let twos = first <= 2 && groupCount >= 2 && runLength(scan, groupCount) === 3;
  for (let run = 1; run <= groupCount; run++) {
    const length = runLength(scan, run);
    threes &&= length === 3;
    if (run < groupCount) twos &&= length === 2;
  }
  if (threes) return undefined;
  if (!twos) return l10n.t('digit groups must have three digits');
  if (locale.groupsInTwos) return undefined;
  return l10n.t(
    'it groups digits in twos (Indian style), which is read only for locales that write numbers so, such as en-IN',
  );
}
