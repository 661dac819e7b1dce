/**
 * An Excel workbook's sheet as CSV text: the one sheet, or the one picked when the workbook has
 * several. DuckDB's own excel extension installs from the network; the workbook reader
 * (workbook.ts) is a library in the bundle.
 */
import vscode = require('vscode');
import { sheetAsCsv, workbookSheets } from './workbook';

export type SheetPicker = (sheets: readonly string[], name: string) => Promise<string | undefined>;

/** The sheet as CSV and its name; a message naming the file; null when no sheet was picked. */
export async function workbookAsCsv(
  uri: vscode.Uri,
  name: string,
  sheet: string | undefined,
  pick: SheetPicker,
): Promise<{ csv: string; sheet: string } | { message: string } | null> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  const sheets = await workbookSheets(bytes, name);
  if (!sheets.ok) return { message: sheets.message };
  const chosen = sheet ?? (sheets.sheets.length === 1 ? sheets.sheets[0] : await pick(sheets.sheets, name));
  if (chosen === undefined) return null;
  const csv = await sheetAsCsv(bytes, chosen, name);
  return csv.ok ? { csv: csv.csv, sheet: chosen } : { message: csv.message };
}

export const pickSheet: SheetPicker = async (sheets, name) =>
  vscode.window.showQuickPick([...sheets], {
    title: vscode.l10n.t('Compute KPIs for {0}', name),
    placeHolder: vscode.l10n.t('Which sheet holds the export?'),
  });
