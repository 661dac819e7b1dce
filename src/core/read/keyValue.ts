/**
 * `name: value` and `name = value` lines ("clicks: 1200", "Ad Spend: $1,200"), lines copied
 * from inside a JSON object (`"clicks": 1200,`), and two-column spreadsheet pastes without a
 * header (`clicks<TAB>1200`). Blank lines and `#` or `//` comments are skipped.
 *
 * The first meaningful line decides: if it is not a pair, this is not a record. Lines whose
 * values are all non-numbers are definitions ("ctr = clicks / impressions") for the expression
 * parser, so they are not a record either.
 */
import * as l10n from '@vscode/l10n';
import { fail } from '../errors';
import { readNumber } from './number';
import type { NumberReading } from './number';
import { settleGroup, tallyOf, verdictOf } from './evidence';
import { quote, splitLines } from './text';
import type { Field, TableReading } from './selectionTypes';

export type PairSeparator = 'colonOrEquals' | 'tab';

interface Pair {
  key: string;
  raw: string;
  line: number;
}

/** `firstLine` is the 1-based line number of the body's first line in the whole selection. */
export function readKeyValue(
  body: string,
  firstLine: number,
  locale: string,
  separator: PairSeparator,
): TableReading | undefined {
  // Decide on the first meaningful line before splitting a large selection into lines.
  const first = firstMeaningfulLine(body);
  if (first === undefined || split(first, separator) === undefined) return undefined;
  const lines = splitLines(body);
  const pairs: Pair[] = [];
  let unpaired: { line: number; text: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (!isMeaningful(text)) continue;
    const pair = split(text, separator);
    if (pair === undefined) {
      if (pairs.length === 0) return undefined;
      unpaired ??= { line: firstLine + i, text };
    } else {
      pairs.push({ ...pair, line: firstLine + i });
    }
  }
  const readings = pairs.map((pair) => (pair.raw === '' ? undefined : readNumber(pair.raw, { locale })));
  if (!readings.some((reading) => reading?.ok === true)) return undefined;
  if (unpaired !== undefined) {
    return fail(
      'invalidSelection',
      separator === 'tab'
        ? l10n.t('Line {0} ({1}) has no tab between a name and a value', unpaired.line, quote(unpaired.text))
        : l10n.t("Line {0} ({1}) has no ':' or '=' between a name and a value", unpaired.line, quote(unpaired.text)),
    );
  }
  return (
    duplicateIn(pairs) ?? { ok: true, kind: 'record', format: 'keyValue', fields: fieldsOf(pairs, readings, locale) }
  );
}

function fieldsOf(pairs: readonly Pair[], readings: (NumberReading | undefined)[], locale: string): Field[] {
  const problems: (string | undefined)[] = [];
  settleGroup(
    pairs.map((pair) => pair.raw),
    readings,
    verdictOf(tallyOf(readings), undefined),
    locale,
    (i, message) => {
      problems[i] = message;
    },
  );
  return pairs.map((pair, i) => {
    const reading = readings[i];
    const field: Field = {
      key: pair.key,
      value: reading?.ok === true ? reading.value : null,
      raw: pair.raw,
      line: pair.line,
    };
    const problem =
      problems[i] ??
      (reading === undefined
        ? l10n.t('{0} has no value', quote(pair.key))
        : reading.ok
          ? undefined
          : reading.error.message);
    if (problem !== undefined) field.problem = problem;
    return field;
  });
}

function duplicateIn(pairs: readonly Pair[]): TableReading | undefined {
  const seen = new Map<string, number>();
  for (const pair of pairs) {
    const earlier = seen.get(pair.key);
    if (earlier !== undefined) {
      return fail(
        'invalidSelection',
        l10n.t('{0} appears twice, on line {1} and line {2}', quote(pair.key), earlier, pair.line),
        {
          input: pair.key,
        },
      );
    }
    seen.set(pair.key, pair.line);
  }
  return undefined;
}

function isMeaningful(trimmed: string): boolean {
  return trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('//');
}

function firstMeaningfulLine(body: string): string | undefined {
  for (let start = 0; start < body.length;) {
    let end = start;
    while (end < body.length && body.charCodeAt(end) !== 10 && body.charCodeAt(end) !== 13) end++;
    const text = body.slice(start, end).trim();
    if (isMeaningful(text)) return text;
    start = end + 1;
  }
  return undefined;
}

function split(text: string, separator: PairSeparator): { key: string; raw: string } | undefined {
  return separator === 'tab' ? splitTab(text) : splitColonOrEquals(text);
}

function splitColonOrEquals(text: string): { key: string; raw: string } | undefined {
  let at = -1;
  for (let i = 0; i < text.length && at < 0; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || code === 61) at = i;
  }
  if (at <= 0) return undefined;
  const key = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  // A line copied from inside a JSON object: "clicks": 1200,
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"'))
    return { key: key.slice(1, -1), raw: unquote(raw.endsWith(',') ? raw.slice(0, -1).trim() : raw) };
  return isKey(key) ? { key, raw } : undefined;
}

function splitTab(text: string): { key: string; raw: string } | undefined {
  const parts = text.split('\t');
  if (parts.length !== 2) return undefined;
  const key = (parts[0] ?? '').trim();
  return isKey(key) ? { key, raw: (parts[1] ?? '').trim() } : undefined;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/** A name starts with a letter and holds no delimiters or unbalanced parentheses ("ctr(clicks=" is a call). */
function isKey(key: string): boolean {
  if (!/^\p{L}/u.test(key) || /[",;\t]/.test(key)) return false;
  let depth = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === 40) depth++;
    if (code === 41 && --depth < 0) return false;
  }
  return depth === 0;
}
