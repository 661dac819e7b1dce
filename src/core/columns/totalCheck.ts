/**
 * The export's own Total rows (Google Ads' "Total: Account", Microsoft's "Total") beside our
 * TOTAL: each summed input and each of the export's KPIs, compared within the rounding of the
 * value as written. A sum that differs says rows are missing from the selection or were
 * filtered; a KPI that differs says the platform computes it otherwise.
 */
import type { Catalog } from '../catalog/catalog';
import type { TotalRow } from '../totals';
import { agrees } from './kpiCheck';
import type { ColumnReading } from './readColumns';

/** A Total row as the reader gives it: its label and one value per column (null where none). */
export interface ReportedTotalRow {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface TotalCheck {
  readonly label: string;
  /** Quantities and metrics the row and our TOTAL both have, by column name. */
  readonly agreeing: readonly string[];
  /** Those that differ: the column, the export's value and ours (in our units). */
  readonly differing: readonly {
    readonly column: string;
    readonly id: string;
    readonly theirs: number;
    readonly ours: number;
  }[];
}

/** `factors` scale each reported column's values into ours (percentage points, micros), by column. */
export function checkTotals(
  rows: readonly ReportedTotalRow[],
  columns: readonly ColumnReading[],
  total: TotalRow,
  factors: ReadonlyMap<number, number>,
  catalog: Catalog,
): TotalCheck[] {
  return rows.map((row) => {
    const agreeing: string[] = [];
    const differing: { column: string; id: string; theirs: number; ours: number }[] = [];
    for (const column of columns) {
      const given = row.values[column.column];
      if (given === null || given === undefined || column.id === undefined) continue;
      const ours = ourTotal(column, total, catalog);
      if (ours === undefined) continue;
      const factor = column.role === 'input' ? column.factor : factors.get(column.column);
      if (factor === undefined) continue;
      if (agrees(given, ours, factor)) agreeing.push(column.name);
      else differing.push({ column: column.name, id: column.id, theirs: given * factor, ours });
    }
    return { label: row.label, agreeing, differing };
  });
}

function ourTotal(column: ColumnReading, total: TotalRow, catalog: Catalog): number | undefined {
  if (column.role === 'input')
    return catalog.quantities.get(column.id!)?.additive ? total.inputs.get(column.id!) : undefined;
  if (column.role !== 'reported' || column.variant !== undefined) return undefined;
  return total.results.find((m) => m.id === column.id)?.value;
}
