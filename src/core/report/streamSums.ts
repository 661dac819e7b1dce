/**
 * A streamed report's memory: one small accumulator per combination of dimension values and
 * period (a leaf), never a row. Each input keeps its sum, count, least and greatest value, as
 * the SQL of reportSumsSql does; the groups of every level are those leaves rolled up once the
 * file is read, when what only the whole file tells is known: how an ambiguous `1,234` reads
 * (the column's decimal evidence), whether a "--" in a dimension is a label, the day order of
 * `03/04/2026`.
 */
import type { InputSums } from '../totals';
import type { GroupSums } from './fromSums';
import type { PeriodKey } from './streamDates';

/** Per input: sum, count, min, max, and rows whose cell is empty. */
const WIDTH = 5;

export interface Leaf {
  /** Per dimension, its token (streamTokens.ts); null where the cell is empty. */
  readonly tokens: readonly (string | null)[];
  readonly period: PeriodKey;
  /** The first row in the leaf: sibling groups are listed in order of first appearance. */
  readonly firstRow: number;
  rowCount: number;
  /** Per input, the values read the same in any case. */
  readonly sums: Float64Array;
  /**
   * Per input, values of ambiguous text (`1,234`): read as the locale reads them, and read the
   * other way; the column's evidence picks one at the end. Only leaves that met one have it.
   */
  ambiguous?: Float64Array;
}

export function newLeaf(tokens: (string | null)[], period: PeriodKey, firstRow: number, inputs: number): Leaf {
  const sums = new Float64Array(inputs * WIDTH);
  for (let k = 0; k < inputs; k++) startSums(sums, k * WIDTH);
  return { tokens, period, firstRow, rowCount: 0, sums };
}

/** Adds a value to input k; NaN is no value. */
/** A row whose cell of input k is empty: report reads it as 0 where the column adds up. */
export function addBlank(sums: Float64Array, k: number): void {
  sums[k * WIDTH + 4]!++;
}

export function addValue(sums: Float64Array, k: number, value: number): void {
  if (value !== value) return;
  const at = k * WIDTH;
  sums[at]! += value;
  sums[at + 1]!++;
  if (value < sums[at + 2]!) sums[at + 2] = value;
  if (value > sums[at + 3]!) sums[at + 3] = value;
}

/** Adds an ambiguous cell's two readings to input k. */
export function addAmbiguous(leaf: Leaf, inputs: number, k: number, asLocale: number, otherWay: number): void {
  if (!leaf.ambiguous) {
    leaf.ambiguous = new Float64Array(inputs * WIDTH * 2);
    for (let j = 0; j < inputs * 2; j++) startSums(leaf.ambiguous, j * WIDTH);
  }
  addValue(leaf.ambiguous, 2 * k, asLocale);
  addValue(leaf.ambiguous, 2 * k + 1, otherWay);
}

/** How the leaves' tokens and periods read once the whole file has been read. */
export interface Finishing {
  /** Per dimension, a token's value (null: no value). */
  readonly valueOf: (dimension: number, token: string | null) => string | null;
  /** A leaf's period start, null where the row has no date. */
  readonly periodOf: (key: PeriodKey) => number | null;
  /** Per input, whether its ambiguous cells read the other way than the locale. */
  readonly otherWay: readonly boolean[];
  /** Per input, the scale applied at the end (a reported percentage in points: 0.01). */
  readonly scale: readonly number[];
}

/**
 * Every group of every level, the grand total at level 0, from the leaves: the SQL's GROUP BY
 * ROLLUP. `ids` are the inputs in table order; `hasPeriod`: the last key is the period.
 */
export function rollUp(
  leaves: Iterable<Leaf>,
  ids: readonly string[],
  hasPeriod: boolean,
  finishing: Finishing,
): GroupSums[] {
  const groups = new Map<
    string,
    { key: (string | number | null)[]; level: number; rowCount: number; sums: Float64Array }
  >();
  for (const leaf of leaves) {
    const full: (string | number | null)[] = leaf.tokens.map((token, d) => finishing.valueOf(d, token));
    if (hasPeriod) full.push(finishing.periodOf(leaf.period));
    const sums = chosenSums(leaf, ids.length, finishing.otherWay);
    for (let level = 0; level <= full.length; level++) {
      const key = [...full.slice(0, level), ...Array<null>(full.length - level).fill(null)];
      const name = JSON.stringify([level, ...full.slice(0, level)]);
      let group = groups.get(name);
      if (!group) {
        group = { key, level, rowCount: 0, sums: newLeaf([], NaN, 0, ids.length).sums };
        groups.set(name, group);
      }
      group.rowCount += leaf.rowCount;
      for (let k = 0; k < ids.length; k++) mergeInto(group.sums, k, sums, k);
    }
  }
  return [...groups.values()].map((group) => ({
    key: group.key,
    level: group.level,
    rowCount: group.rowCount,
    inputs: new Map(ids.map((id, k) => [id, inputSums(group.sums, k, finishing.scale[k]!)])),
    blanks: new Map(ids.map((id, k) => [id, group.sums[k * WIDTH + 4]!])),
  }));
}

/** A leaf's sums with its ambiguous cells read as their columns read them. */
function chosenSums(leaf: Leaf, inputs: number, otherWay: readonly boolean[]): Float64Array {
  if (!leaf.ambiguous) return leaf.sums;
  const sums = leaf.sums.slice();
  for (let k = 0; k < inputs; k++) mergeInto(sums, k, leaf.ambiguous, 2 * k + (otherWay[k] ? 1 : 0));
  return sums;
}

function mergeInto(into: Float64Array, k: number, from: Float64Array, j: number): void {
  const a = k * WIDTH;
  const b = j * WIDTH;
  into[a + 4]! += from[b + 4]!;
  if (from[b + 1] === 0) return;
  into[a]! += from[b]!;
  into[a + 1]! += from[b + 1]!;
  if (from[b + 2]! < into[a + 2]!) into[a + 2] = from[b + 2]!;
  if (from[b + 3]! > into[a + 3]!) into[a + 3] = from[b + 3]!;
}

function inputSums(sums: Float64Array, k: number, scale: number): InputSums {
  const at = k * WIDTH;
  const count = sums[at + 1]!;
  if (count === 0) return { sum: 0, count: 0, min: NaN, max: NaN };
  return { sum: sums[at]! * scale, count, min: sums[at + 2]! * scale, max: sums[at + 3]! * scale };
}

function startSums(sums: Float64Array, at: number): void {
  sums[at + 2] = Infinity;
  sums[at + 3] = -Infinity;
}
