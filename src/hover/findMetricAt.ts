import type { Catalog, MetricDef } from '../core';

const WORD = /[A-Za-z][A-Za-z0-9_-]*/g;
const MAX_WORDS = 4;
/** Only this much of the line either side of the pointer is ever looked at. */
const REACH = 80;

export interface MetricAt {
  readonly metric: MetricDef;
  /** Offsets within the line of the matched word or phrase. */
  readonly start: number;
  readonly end: number;
}

/**
 * The metric named by the word or phrase under the pointer: `CTR`, `roas` in `roas(`, or a
 * phrase such as "cost per click". Tries the longest phrase through the pointer first, so
 * "cost per click" wins over "cost".
 */
export function findMetricAt(line: string, character: number, catalog: Catalog): MetricAt | undefined {
  const from = Math.max(0, character - REACH);
  const window = line.slice(from, character + REACH);
  const words: { start: number; end: number; text: string }[] = [];
  let pointer = -1;
  for (const match of window.matchAll(WORD)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start <= character && character <= end && pointer < 0) pointer = words.length;
    words.push({ start, end, text: match[0] });
  }
  if (pointer < 0) return undefined;
  for (let size = Math.min(MAX_WORDS, words.length); size >= 1; size--) {
    for (let first = Math.max(0, pointer - size + 1); first <= pointer && first + size <= words.length; first++) {
      const last = words[first + size - 1]!;
      const phrase = words.slice(first, first + size);
      if (!adjacent(line, phrase)) continue;
      const metric = catalog.metric(phrase.map((w) => w.text).join(' '));
      if (metric) return { metric, start: phrase[0]!.start, end: last.end };
    }
  }
  return undefined;
}

/** Words of a phrase are separated by spaces or hyphens only, not by code punctuation. */
function adjacent(line: string, phrase: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < phrase.length; i++) {
    const gap = line.slice(phrase[i - 1]!.end, phrase[i]!.start);
    if (!/^[ \t-]{1,2}$/.test(gap)) return false;
  }
  return true;
}
