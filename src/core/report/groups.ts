/**
 * Rows into groups, every level at once: the rows are ordered once by their values in every
 * dimension, outermost first, so that each group of each level is one run of that order. A
 * group's inputs are then runs of input columns laid out in that order, totalled by the same
 * accumulator as the table's TOTAL row (totals.ts): a rule of the total lives there only.
 */
import type { Catalog } from '../catalog/catalog';
import type { InputColumns } from '../engine/inputs';
import type { CoreOptions } from '../options';
import { InputTotals, totalRow, type TotalRow } from '../totals';
import type { DimensionColumn } from './dimensions';

export interface GroupRun {
  readonly level: number;
  /** The value index in each dimension up to `level` (-1: empty). */
  readonly path: readonly number[];
  /** The run [start, end) of `order`. */
  readonly start: number;
  readonly end: number;
  readonly total: TotalRow;
}

export interface Grouping {
  /** Row indices ordered by group, input order within each group. */
  readonly order: Int32Array;
  /** Groups depth first. */
  readonly runs: readonly GroupRun[];
}

export function groupRows(
  dimensions: readonly DimensionColumn[],
  inputs: InputColumns,
  rowCount: number,
  shown: ReadonlySet<string>,
  catalog: Catalog,
  options: CoreOptions,
): Grouping {
  const order = orderOfRows(dimensions, rowCount);
  const laidOut = [...inputs.values].map(([id, column]) => ({
    id,
    position: inputs.position.get(id) ?? 0,
    column: gather(column, order),
  }));
  const runs: GroupRun[] = [];
  const totalOf = (start: number, end: number): TotalRow => {
    const totals = new InputTotals(catalog);
    for (const input of laidOut) totals.addColumn(input.id, input.column.subarray(start, end), input.position);
    return totalRow(totals.finish(end - start), shown, catalog, options);
  };
  const visit = (level: number, start: number, end: number, path: number[]): void => {
    if (level > dimensions.length) return;
    const ids = dimensions[level - 1]!.ids;
    for (let runStart = start; runStart < end;) {
      const id = ids[order[runStart]!]!;
      let runEnd = runStart + 1;
      while (runEnd < end && ids[order[runEnd]!] === id) runEnd++;
      const runPath = [...path, id];
      runs.push({ level, path: runPath, start: runStart, end: runEnd, total: totalOf(runStart, runEnd) });
      visit(level + 1, runStart, runEnd, runPath);
      runStart = runEnd;
    }
  };
  visit(1, 0, rowCount, []);
  return { order, runs };
}

/**
 * Rows sorted by their value in each dimension, outermost first (a value's index: first
 * appearance, or time for periods; an empty cell last), input order kept within a group: a
 * stable sort by each dimension, innermost first, each a counting sort.
 */
function orderOfRows(dimensions: readonly DimensionColumn[], rowCount: number): Int32Array {
  let order: Int32Array<ArrayBuffer> = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) order[r] = r;
  for (let d = dimensions.length - 1; d >= 0; d--) order = countingSort(order, dimensions[d]!);
  return order;
}

function countingSort(order: Int32Array, dimension: DimensionColumn): Int32Array<ArrayBuffer> {
  const buckets = dimension.values.length + 1;
  // Bucket of a row: its value index, the empty cell (-1) last.
  const bucketOf = (r: number) => {
    const id = dimension.ids[r]!;
    return id < 0 ? buckets - 1 : id;
  };
  const counts = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) counts[bucketOf(order[i]!) + 1]!++;
  for (let b = 1; b <= buckets; b++) counts[b]! += counts[b - 1]!;
  const sorted = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const r = order[i]!;
    sorted[counts[bucketOf(r)]!++] = r;
  }
  return sorted;
}

function gather(column: Float64Array, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) out[i] = column[order[i]!]!;
  return out;
}
