/**
 * Which cells are dates, and their text. A workbook stores a date as a number of days (the
 * serial: 45327 is 2024-02-05) and only its number format says it is one, so the format is
 * classified once per style, and a serial becomes ISO text the core reads as a date.
 */
import { isoDate, pad } from '../core/dates/calendar';

/**
 * `date` shows a day (a time only when the value has one), `dateTime` always a day and a time,
 * `time` a time of day, `duration` elapsed time (`[h]:mm:ss`, hours past 24).
 */
export type DateKind = 'date' | 'dateTime' | 'time' | 'duration';

/**
 * The built-in formats (ECMA-376 §18.8.30) that are dates or times. 27–36 and 50–58 are the
 * East Asian locales' dates, of which 32–35 are times.
 */
const BUILT_IN: ReadonlyMap<number, DateKind> = new Map<number, DateKind>([
  ...[14, 15, 16, 17].map((id): [number, DateKind] => [id, 'date']),
  [22, 'dateTime'],
  ...[18, 19, 20, 21, 45, 47, 32, 33, 34, 35].map((id): [number, DateKind] => [id, 'time']),
  [46, 'duration'],
  ...[27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id): [number, DateKind] => [id, 'date']),
]);

/** A number format's kind of date, or undefined for numbers, text and General. */
export function dateKindOf(numFmtId: number, formatCode: string | undefined): DateKind | undefined {
  if (formatCode === undefined) return BUILT_IN.get(numFmtId);
  return dateKindOfCode(formatCode);
}

/**
 * Reads the format's first section (the one for positive numbers) without what is not a date
 * code: quoted text ("days"), escaped characters (\-), padding (_x, *x) and brackets ([Red],
 * [$€-2], [>100]), except elapsed-time brackets ([h], [mm], [ss]).
 */
export function dateKindOfCode(formatCode: string): DateKind | undefined {
  const section = formatCode
    .replace(/"[^"]*"|\\.|[_*]./g, '')
    .split(';')[0]!
    .toLowerCase();
  if (/\[(h+|m+|s+)\]/.test(section)) return 'duration';
  const codes = section.replace(/\[[^\]]*\]/g, '');
  const day = /[yd]/.test(codes);
  const time = /[hs]/.test(codes);
  if (day) return time ? 'dateTime' : 'date';
  if (time) return 'time';
  // m alone is a month ("mmm"); beside h or s it is minutes, and the format was a time above.
  return codes.includes('m') ? 'date' : undefined;
}

const SECONDS_PER_DAY = 86400;
/** Day number (days since 1970-01-01) of serial 0: 1899-12-30 in the 1900 system, 1904-01-01 in the 1904 one. */
const EPOCH_1900 = -25569;
const EPOCH_1904 = -24107;
/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2958465;

/**
 * A serial's text: `2024-02-05`, `2024-04-01T09:30:00`, `09:30:00`, `26:15:00`; undefined when
 * the number can be no date (negative, past 9999), so it is written as a number.
 * Times are rounded to the second: serials are binary fractions (09:30 is 0.395833…).
 */
export function dateText(serial: number, kind: DateKind, date1904: boolean): string | undefined {
  if (!(serial >= 0 && serial <= MAX_SERIAL)) return undefined;
  const seconds = Math.round(serial * SECONDS_PER_DAY);
  // A time of day is below 1 (a day); 23:59:59.9 rounds to 24:00:00 rather than to a date.
  if (kind === 'duration' || (kind === 'time' && serial < 1)) return clock(seconds);
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  const time = seconds - days * SECONDS_PER_DAY;
  // The 1900 system counts a 1900-02-29 that never was: serials below 61 are a day later than their count.
  const epoch = date1904 ? EPOCH_1904 : days < 61 ? EPOCH_1900 + 1 : EPOCH_1900;
  const day = isoDate(days + epoch);
  return time === 0 && kind === 'date' ? day : `${day}T${clock(time)}`;
}

function clock(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  return `${pad(hours, 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
}

/**
 * A `t="d"` cell's ISO 8601 text (strict OOXML, some writers): the day alone at midnight, else
 * the day and time to the second, without a zone; other text as written.
 */
export function isoCellText(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return text;
  const time = m[2] === undefined ? '' : m[2].length === 5 ? `${m[2]}:00` : m[2];
  return time === '' || time === '00:00:00' ? m[1]! : `${m[1]}T${time}`;
}
