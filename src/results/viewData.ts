import { displayColumns, displayRow, tableNotes, TOTAL_NOTE, type ValueFormatter } from './formats';
import type { TableModel } from './model';
import type { ViewTable } from './protocol';

/** Rows sent to the view; Insert and Copy always take every row. */
export const MAX_VIEW_ROWS = 500;

/**
 * The table as the view shows it: text only, formatted here in the user's locale. The KPIs
 * come right after the labels, where a reader looks first; inserted tables keep the selection's
 * column order and add the KPIs at the end, like computed columns in a sheet.
 */
export function viewTableOf(
  id: string,
  title: string,
  model: TableModel,
  formatter: ValueFormatter,
  can: { insert: boolean; cell: boolean },
): ViewTable {
  const columns = displayColumns(model);
  const rank = (kind: string) => (kind === 'label' ? 0 : kind === 'kpi' ? 1 : 2);
  const order = columns.map((_, i) => i).sort((a, b) => rank(columns[a]!.kind) - rank(columns[b]!.kind) || a - b);
  const ordered = <T>(cells: readonly T[]): T[] => order.map((i) => cells[i]!);
  const rows = model.rows.slice(0, MAX_VIEW_ROWS).map((row) => ({ cells: ordered(displayRow(model, row, formatter)) }));
  const notes = tableNotes(model);
  if (model.rows.length > MAX_VIEW_ROWS) {
    notes.unshift(`Showing the first ${MAX_VIEW_ROWS.toLocaleString('en-US')} of ${model.rows.length.toLocaleString('en-US')} rows; TOTAL, Insert and Copy include every row.`);
  }
  return {
    id,
    title,
    columns: ordered(columns).map((c) => ({ label: c.label, kind: c.kind })),
    rows,
    rowCount: model.rows.length,
    ...(model.total ? { total: { cells: ordered(displayRow(model, model.total, formatter, true)) }, totalNote: TOTAL_NOTE } : {}),
    notes,
    canInsert: can.insert,
    canInsertCell: can.cell,
  };
}
