/**
 * What one date cell holds, read character by character: no regular expression, no substring,
 * no object, so a column of a million dates allocates only its result.
 *
 * A cell's code is one of the negative constants below or, for a date as written, its layout and
 * parts packed into the bits of one small integer (V8 keeps integers below 2^30 unboxed, so a
 * million codes allocate nothing; a wider code cost 3× the time):
 *
 *     code   = layout << 24 | year << 10 | first << 5 | second      (year < 16384, parts ≤ 31)
 *     layout = shape * 4 + separator
 *
 * where `first` and `second` are the month and the day in that order for every shape but
 * YEAR_LAST, whose order (`14/03/2026` or `3/14/2026`) the column settles, not the cell.
 *
 * Grammar of a text cell (surrounding white space ignored; `sep` is one of `-` `/` `.` and the
 * same twice; `time` is `T` or a space followed by a digit and anything after it):
 *
 *     yearFirst = yyyy sep m[m] sep d[d] [time]          2026-03-14, 2026-03-14T10:00:00Z
 *     yearLast  = n[n] sep n[n] sep yyyy [time]          14/03/2026, 3/14/2026, 2/1/2024 9:15:00 AM
 *     compact   = yyyymmdd                               20260314 (GA4's `date` dimension)
 *     named     = Month d[d][,] yyyy | d[d] Month yyyy | d[d]-Mon-yyyy     Mar 14, 2026
 *     number    = digits [. digits]                      45000 (Excel), 1773446400 (Unix)
 */

export const EMPTY = -1;
export const NUMBER = -2;
export const UNREADABLE = -3;

export const YEAR_FIRST = 1;
export const YEAR_LAST = 2;
export const NAMED = 3;
export const COMPACT = 4;

export const NO_SEPARATOR = 0;
export const DASH = 1;
export const SLASH = 2;
export const DOT = 3;

export function layoutOf(code: number): number {
  return code >> 24;
}
export function shapeOf(layout: number): number {
  return layout >> 2;
}
export function separatorOf(layout: number): number {
  return layout & 3;
}
export function yearPart(code: number): number {
  return (code >> 10) & 16383;
}
export function firstPart(code: number): number {
  return (code >> 5) & 31;
}
export function secondPart(code: number): number {
  return code & 31;
}

/** A part above 31 is neither a day nor a month: the cell is unreadable, and the bits stay small. */
function pack(shape: number, separator: number, year: number, first: number, second: number): number {
  if (first > 31 || second > 31) return UNREADABLE;
  return (((shape << 2) | separator) << 24) | (year << 10) | (first << 5) | second;
}

/** The code of a text cell. */
export function scanText(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (start === end) return EMPTY;
  const c = text.charCodeAt(start);
  if (isDigit(c)) return scanFromDigits(text, start, end);
  if (isLetter(c)) return scanMonthFirst(text, start, end);
  return UNREADABLE;
}

/**
 * The code of a numeric cell: GA4 writes `date` as 20260314, which JSON readers give as a number.
 * NaN is how a numeric column says "no value", so it is an empty cell.
 */
export function scanNumber(value: number): number {
  if (Number.isNaN(value)) return EMPTY;
  if (!Number.isFinite(value) || value < 0) return UNREADABLE;
  if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) return compact(value);
  return NUMBER;
}

function scanFromDigits(text: string, start: number, end: number): number {
  const i = digitsEnd(text, start, end);
  const length = i - start;
  if (i === end) return length === 8 ? compact(digitsValue(text, start, i)) : NUMBER;
  const c = text.charCodeAt(i);
  if (c === 46 /* . */ && digitsEnd(text, i + 1, end) === end && i + 1 < end && length > 2) return NUMBER;
  const separator = separatorCode(c);
  if (length === 4 && separator !== NO_SEPARATOR) return scanYearFirst(text, start, i, end, separator);
  if (length > 2) return UNREADABLE;
  if (separator !== NO_SEPARATOR && isDigit(text.charCodeAt(i + 1)))
    return scanYearLast(text, start, i, end, separator);
  if (c === 32 || c === 45 /* - */) return scanDayFirstNamed(text, start, i, end);
  return UNREADABLE;
}

function scanYearFirst(text: string, start: number, i: number, end: number, separator: number): number {
  const monthEnd = digitsEnd(text, i + 1, end);
  if (monthEnd - i - 1 < 1 || monthEnd - i - 1 > 2 || separatorCode(text.charCodeAt(monthEnd)) !== separator)
    return UNREADABLE;
  const dayEnd = digitsEnd(text, monthEnd + 1, end);
  if (dayEnd - monthEnd - 1 < 1 || dayEnd - monthEnd - 1 > 2 || !isTail(text, dayEnd, end)) return UNREADABLE;
  return pack(
    YEAR_FIRST,
    separator,
    digitsValue(text, start, i),
    digitsValue(text, i + 1, monthEnd),
    digitsValue(text, monthEnd + 1, dayEnd),
  );
}

function scanYearLast(text: string, start: number, i: number, end: number, separator: number): number {
  const secondEnd = digitsEnd(text, i + 1, end);
  if (secondEnd - i - 1 > 2 || separatorCode(text.charCodeAt(secondEnd)) !== separator) return UNREADABLE;
  const yearEnd = digitsEnd(text, secondEnd + 1, end);
  if (yearEnd - secondEnd - 1 !== 4 || !isTail(text, yearEnd, end)) return UNREADABLE;
  return pack(
    YEAR_LAST,
    separator,
    digitsValue(text, secondEnd + 1, yearEnd),
    digitsValue(text, start, i),
    digitsValue(text, i + 1, secondEnd),
  );
}

/** `14 Mar 2026`, `14 March 2026`, `14-Mar-2026` (Excel's d-mmm-yyyy). */
function scanDayFirstNamed(text: string, start: number, i: number, end: number): number {
  const dash = text.charCodeAt(i) === 45;
  const nameStart = dash ? i + 1 : skipSpaces(text, i, end);
  const nameEnd = lettersEnd(text, nameStart, end);
  const month = monthNumber(text, nameStart, nameEnd);
  if (month === 0) return UNREADABLE;
  let j = text.charCodeAt(nameEnd) === 46 /* . */ ? nameEnd + 1 : nameEnd;
  if (dash) {
    if (text.charCodeAt(j) !== 45) return UNREADABLE;
    j++;
  } else {
    if (text.charCodeAt(j) === 44 /* , */) j++;
    const yearStart = skipSpaces(text, j, end);
    if (yearStart === j) return UNREADABLE;
    j = yearStart;
  }
  const yearEnd = digitsEnd(text, j, end);
  if (yearEnd - j !== 4 || !isTail(text, yearEnd, end)) return UNREADABLE;
  return pack(NAMED, NO_SEPARATOR, digitsValue(text, j, yearEnd), month, digitsValue(text, start, i));
}

/** `Mar 14, 2026` (Meta, LinkedIn), `March 14 2026`, `Sept. 3, 2026`. */
function scanMonthFirst(text: string, start: number, end: number): number {
  const nameEnd = lettersEnd(text, start, end);
  const month = monthNumber(text, start, nameEnd);
  if (month === 0) return UNREADABLE;
  let j = text.charCodeAt(nameEnd) === 46 /* . */ ? nameEnd + 1 : nameEnd;
  const dayStart = skipSpaces(text, j, end);
  const dayEnd = digitsEnd(text, dayStart, end);
  if (dayStart === j || dayEnd - dayStart < 1 || dayEnd - dayStart > 2) return UNREADABLE;
  j = text.charCodeAt(dayEnd) === 44 /* , */ ? dayEnd + 1 : dayEnd;
  const yearStart = skipSpaces(text, j, end);
  const yearEnd = digitsEnd(text, yearStart, end);
  if (yearStart === dayEnd || yearEnd - yearStart !== 4 || !isTail(text, yearEnd, end)) return UNREADABLE;
  return pack(NAMED, NO_SEPARATOR, digitsValue(text, yearStart, yearEnd), month, digitsValue(text, dayStart, dayEnd));
}

function compact(value: number): number {
  const year = Math.floor(value / 1e4);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1
    ? pack(COMPACT, NO_SEPARATOR, year, month, day)
    : UNREADABLE;
}

/** English month names and abbreviations, as the platforms' English exports write them. */
const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
]);

function monthNumber(text: string, start: number, end: number): number {
  if (end - start < 3 || end - start > 9) return 0;
  return MONTHS.get(text.slice(start, end).toLowerCase()) ?? 0;
}

/** After the date: nothing, or a time (`T10:00:00Z`, ` 10:00:00`, ` 9:15:00 AM`). */
function isTail(text: string, i: number, end: number): boolean {
  if (i === end) return true;
  const c = text.charCodeAt(i);
  return (c === 84 /* T */ || c === 32) && isDigit(text.charCodeAt(i + 1));
}

function separatorCode(c: number): number {
  return c === 45 ? DASH : c === 47 ? SLASH : c === 46 ? DOT : NO_SEPARATOR;
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

function lettersEnd(text: string, i: number, end: number): number {
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  return i;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
