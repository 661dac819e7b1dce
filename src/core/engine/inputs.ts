/**
 * Columns into input values by quantity or metric id, with the per-row rules of readInputs and
 * checkSign applied column-wise: fields matched through aliases and scaled (cost_micros → cost),
 * a field whose id an earlier field of the row already gave is a duplicate, and a negative count
 * or amount, or a value that is not finite, is no value. Rows with such a problem are counted;
 * their messages come from row.ts, which reads that row's record again.
 */
import type { Catalog } from '../catalog/catalog';
import { matchField } from '../columns/names';
import type { CoreOptions } from '../options';
import { fieldOfColumn, type Table } from './table';

export interface InputColumns {
  /** Values by id, NaN where the row has none. Never one of the table's own arrays when changed. */
  readonly values: Map<string, Float64Array>;
  /** For each id, the table column of its first source (orders ids first seen in one row). */
  readonly position: ReadonlyMap<string, number>;
  /** Rows with at least one unusable field (negative, not finite, a duplicate), ascending. */
  readonly problemRows: readonly number[];
}

export function inputColumns(table: Table, catalog: Catalog, options: CoreOptions = {}): InputColumns {
  const sources = new Map<string, { column: number; factor: number }[]>();
  const seen = new Set<string>();
  table.columns.forEach((name, c) => {
    // A repeated column name is one key of the row's record: the later column's value wins.
    if (seen.has(name)) return;
    seen.add(name);
    const match = fieldOfColumn(table, c, (field) => matchField(field, options, catalog));
    if (!match) return;
    const list = sources.get(match.id) ?? [];
    list.push({ column: c, factor: match.factor });
    sources.set(match.id, list);
  });
  const flagged = new Uint8Array(table.rowCount);
  const values = new Map<string, Float64Array>();
  const position = new Map<string, number>();
  for (const [id, list] of sources) {
    const signed = catalog.quantities.get(id)?.signed === true || !catalog.quantities.has(id);
    const columns = list.map(({ column, factor }) => ({ data: cellsOf(table, column), factor }));
    values.set(
      id,
      columns.length === 1
        ? single(columns[0]!.data, columns[0]!.factor, signed, flagged)
        : merged(columns, signed, flagged),
    );
    position.set(id, positionOf(list, table, values.get(id)!));
  }
  const problemRows: number[] = [];
  for (let r = 0; r < flagged.length; r++) if (flagged[r] !== 0) problemRows.push(r);
  return { values, position, problemRows };
}

/** The column that gave the id in the first row that has it: orders ids first seen in the same row. */
function positionOf(list: readonly { column: number }[], table: Table, values: Float64Array): number {
  let r = 0;
  while (r < values.length && Number.isNaN(values[r]!)) r++;
  const used = list.find(({ column }) => Number.isFinite(cellsOf(table, column)[r]));
  return (used ?? list[0]!).column;
}

/** A column's cells, with later columns of the same name laid over it (the record's last write). */
function cellsOf(table: Table, column: number): Float64Array {
  const name = table.columns[column];
  let cells = table.data[column]!;
  for (let c = column + 1; c < table.columns.length; c++) {
    if (table.columns[c] !== name) continue;
    const later = table.data[c]!;
    cells = cells.slice();
    for (let r = 0; r < cells.length; r++) if (!Number.isNaN(later[r]!)) cells[r] = later[r]!;
  }
  return cells;
}

/** The common case: one column per id. Shared, not copied, when every cell is usable as is. */
function single(cells: Float64Array, factor: number, signed: boolean, flagged: Uint8Array): Float64Array {
  if (factor === 1 && clean(cells, signed)) return cells;
  const out = new Float64Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const raw = cells[r]!;
    const value = raw * factor;
    if (raw !== raw) out[r] = NaN;
    else if (raw - raw !== 0 || (!signed && value < 0)) {
      out[r] = NaN;
      flagged[r] = 1;
    } else out[r] = value;
  }
  return out;
}

function clean(cells: Float64Array, signed: boolean): boolean {
  for (let r = 0; r < cells.length; r++) {
    const v = cells[r]!;
    // NaN (empty) is fine; infinities and, for unsigned ids, negatives are not.
    if (v - v !== 0 && v === v) return false;
    if (!signed && v < 0) return false;
  }
  return true;
}

/** Two fields giving one id (cost and spend): in each row the first usable one counts, the others are duplicates. */
function merged(
  columns: readonly { data: Float64Array; factor: number }[],
  signed: boolean,
  flagged: Uint8Array,
): Float64Array {
  const n = flagged.length;
  const out = new Float64Array(n).fill(NaN);
  for (let r = 0; r < n; r++) {
    let taken = NaN;
    for (const { data, factor } of columns) {
      const raw = data[r]!;
      if (raw !== raw) continue;
      if (raw - raw !== 0) flagged[r] = 1;
      else if (taken === taken) flagged[r] = 1;
      else taken = raw * factor;
    }
    if (taken === taken && !signed && taken < 0) {
      flagged[r] = 1;
      taken = NaN;
    }
    out[r] = taken;
  }
  return out;
}
