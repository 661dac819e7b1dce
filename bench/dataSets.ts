/**
 * The data each figure comes from. "realistic" is rows as platform exports have them (text
 * beside the numbers, empty cells, amounts as text) and decides the budgets; "numbers only" is
 * the same numbers alone, the bench's data before issue 17, kept to show what text costs.
 */
import { campaignRows, toCsv, toJson, type FieldRow } from './data';
import { exportRows } from './exports';

export const DATA_SETS = ['realistic', 'numbers only'] as const;
export type DataSet = (typeof DATA_SETS)[number];
export type Format = 'json' | 'csv';

export function rowsOf(data: DataSet, count: number): FieldRow[] {
  return data === 'realistic' ? exportRows(count) : campaignRows(count);
}

export function textOf(format: Format, rows: readonly FieldRow[]): string {
  return format === 'json' ? toJson(rows) : toCsv(rows);
}
