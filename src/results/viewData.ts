import * as l10n from '@vscode/l10n';
import { displayColumns, displayRow, tableNotes, totalNote, type ValueFormatter } from './formats';
import type { TableModel } from './model';
import { PAGE_ROWS, type ViewRow, type ViewTable } from './protocol';

export { PAGE_ROWS } from './protocol';

/**
 * The table as the view shows it, with its first page of rows: text only, formatted here in
 * the user's locale, in the model's column order, which the inserted tables share.
 */
export function viewTableOf(
  id: string,
  title: string,
  model: TableModel,
  formatter: ValueFormatter,
  can: { insert: boolean; cell: boolean; map: boolean },
): ViewTable {
  const notes = tableNotes(model);
  if (model.rowCount > PAGE_ROWS) {
    notes.unshift(
      l10n.t(
        'Rows are shown {0} at a time; TOTAL, Insert and Copy include all {1} rows.',
        // Counts as the user writes numbers (1.200 in German), like the cells.
        formatter(PAGE_ROWS, 'count'),
        formatter(model.rowCount, 'count'),
      ),
    );
  }
  return {
    id,
    title,
    columns: displayColumns(model).map((c) => ({ label: c.label, kind: c.kind })),
    rows: pageOf(model, formatter, 0),
    firstRow: 0,
    rowCount: model.rowCount,
    ...(model.total
      ? { total: { cells: displayRow(model, model.total, formatter, true, l10n.t('TOTAL')) }, totalNote: totalNote() }
      : {}),
    notes,
    canInsert: can.insert,
    canInsertCell: can.cell,
    canMap: can.map,
    read: model.read.map((line) => ({
      column: line.column,
      name: line.name,
      role: line.role,
      text: line.text,
      canMap: line.canMap,
      mapped: line.mapped,
      ...(line.note !== undefined ? { note: line.note } : {}),
    })),
  };
}

/** The page of rows starting at `firstRow` (clamped to the table), formatted only now. */
export function pageOf(model: TableModel, formatter: ValueFormatter, firstRow: number): ViewRow[] {
  const rows: ViewRow[] = [];
  for (let r = firstRow; r < Math.min(model.rowCount, firstRow + PAGE_ROWS); r++) {
    rows.push({ cells: displayRow(model, model.row(r), formatter) });
  }
  return rows;
}

/** The first row of the page that shows row `r`. */
export function pageStart(r: number, rowCount: number): number {
  const last = Math.max(0, rowCount - 1);
  return Math.floor(Math.min(Math.max(0, r), last) / PAGE_ROWS) * PAGE_ROWS;
}
