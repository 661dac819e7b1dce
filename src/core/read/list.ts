/**
 * A bare list of numbers: "120 4000", "120, 4000", one per line, "120\t4000", "1;2;3".
 *
 * Tabs, line breaks and ';' always separate values (no number contains them). An ASCII space
 * separates values too, except in locales that group digits with spaces (fr-FR: "1 234,5" is
 * one number); no-break spaces never separate, since they come from formatted numbers. A word
 * that is not a number as a whole but is a ','-separated list of numbers ("1,2,3") is split.
 * When words fail, the whole piece is tried as one number ("USD 1,200", "12 %").
 *
 * "5 -3" on one line is left to the expression parser (it reads as a subtraction), while the
 * same values on two lines are a list.
 */
import * as l10n from '@vscode/l10n';
import { fail } from '../errors';
import type { Failure } from '../errors';
import { readNumber } from './number';
import type { NumberReading, NumberValue, ReadNumberOptions } from './number';
import { isSign } from './affixes';
import { localeNumbers } from './locale';
import { settleGroup, verdictOf } from './evidence';
import type { Tally } from './evidence';
import type { TableReading } from './selectionTypes';
import { splitLines } from './text';

/**
 * Values as they are read. Only ambiguous readings are kept whole: a 2 MB selection holds
 * hundreds of thousands of numbers, and keeping a reading object for each costs more in
 * garbage collection than reading them.
 */
export interface Collected {
  readonly values: number[];
  readonly tally: Tally;
  readonly ambiguous: { index: number; text: string; reading: NumberValue }[];
}

export function collected(): Collected {
  return { values: [], tally: { point: 0, comma: 0 }, ambiguous: [] };
}

export function collect(out: Collected, text: string, reading: NumberValue): void {
  if (reading.ambiguous === true) out.ambiguous.push({ index: out.values.length, text, reading });
  else if (reading.decimal === '.') out.tally.point++;
  else if (reading.decimal === ',') out.tally.comma++;
  out.values.push(reading.value);
}

export function readNumberList(body: string, locale: string): TableReading | undefined {
  const out = collected();
  const spacesGroup = localeNumbers(locale).groupsWithSpaces;
  const options = { locale }; // one object for all values, not one per value
  for (const line of splitLines(body)) {
    for (const piece of line.split(/[\t;]/)) {
      if (!readPiece(piece, options, spacesGroup, out)) return undefined;
    }
  }
  if (out.values.length === 0) return undefined;
  return settleList(out, locale);
}

/** Resolves ambiguous values by the others; a list proving both conventions cannot be settled. */
export function settleList(out: Collected, locale: string): TableReading {
  if (out.ambiguous.length > 0) {
    const texts = out.ambiguous.map((entry) => entry.text);
    const readings: NumberReading[] = out.ambiguous.map((entry) => entry.reading);
    let mixed: Failure | undefined;
    settleGroup(texts, readings, verdictOf(out.tally, undefined), locale, (_, message) => {
      mixed ??= fail('ambiguousNumber', message, { hint: l10n.t('write the numbers with one decimal separator') });
    });
    if (mixed !== undefined) return mixed;
    readings.forEach((reading, i) => {
      const entry = out.ambiguous[i];
      if (reading.ok && entry !== undefined) out.values[entry.index] = reading.value;
    });
  }
  return { ok: true, kind: 'numbers', values: out.values };
}

function readPiece(piece: string, options: ReadNumberOptions, spacesGroup: boolean, out: Collected): boolean {
  const trimmed = piece.trim();
  if (trimmed === '') return true;
  if (spacesGroup && add(trimmed, options, out)) return true;
  const mark = markOf(out);
  // Words are sliced one at a time rather than split into an array: on a 2 MB line the array
  // would keep every word alive until the end, which costs more in garbage collection than reading.
  for (let start = 0; start < trimmed.length;) {
    let end = trimmed.indexOf(' ', start);
    if (end < 0) end = trimmed.length;
    if (start > 0 && isSign(trimmed.charCodeAt(start))) return false;
    if (end > start && !readWord(trimmed, start, end, options, out)) {
      rollBack(out, mark);
      return add(trimmed, options, out);
    }
    start = end + 1;
  }
  return true;
}

/** "120, 4000": a comma ends the word, since no number ends with one. */
function readWord(text: string, start: number, end: number, options: ReadNumberOptions, out: Collected): boolean {
  const bare = text.slice(start, text.charCodeAt(end - 1) === 44 ? end - 1 : end);
  return bare === '' || add(bare, options, out) || addCommaList(bare, options, out);
}

function add(text: string, options: ReadNumberOptions, out: Collected): boolean {
  const reading = readNumber(text, options);
  if (!reading.ok) return false;
  collect(out, text, reading);
  return true;
}

function addCommaList(word: string, options: ReadNumberOptions, out: Collected): boolean {
  if (!word.includes(',')) return false;
  const mark = markOf(out);
  for (const part of word.split(',')) {
    if (part !== '' && !add(part, options, out)) {
      rollBack(out, mark);
      return false;
    }
  }
  return true;
}

interface Mark {
  values: number;
  ambiguous: number;
  point: number;
  comma: number;
}

function markOf(out: Collected): Mark {
  return { values: out.values.length, ambiguous: out.ambiguous.length, point: out.tally.point, comma: out.tally.comma };
}

function rollBack(out: Collected, mark: Mark): void {
  out.values.length = mark.values;
  out.ambiguous.length = mark.ambiguous;
  out.tally.point = mark.point;
  out.tally.comma = mark.comma;
}
