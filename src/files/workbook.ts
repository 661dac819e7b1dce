/**
 * Excel workbooks (.xlsx) as the rest of the extension reads files: a sheet at a time, as CSV
 * text. DuckDB's excel extension installs from the network, which a user's machine may not
 * reach; this reads the workbook's own XML after fflate unzips it, in Node and in a web worker
 * alike. No `vscode` import.
 *
 * The CSV keeps the sheet's grid as written, from its first row and column (a title above the
 * header, an empty first column stay: the core finds the header), and ends at its last row with
 * a value. Cells give what Excel shows them to hold, in forms the core reads: dates as ISO
 * `yyyy-mm-dd` (with `Thh:mm:ss` when there is a time), numbers as JavaScript writes them,
 * formulas their cached value, booleans TRUE/FALSE, errors as written (#DIV/0!).
 */
import * as l10n from '@vscode/l10n';
import { openWorkbook } from './workbookParts';
import { sheetCsv } from './workbookSheet';

export type WorkbookProblem = { readonly ok: false; readonly message: string };

/** The workbook's sheets of cells in tab order (chart sheets left out); a message naming the file when it is no workbook. */
export async function workbookSheets(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ ok: true; sheets: string[] } | WorkbookProblem> {
  const opened = openWorkbook(bytes, fileName);
  if (!opened.ok) return opened;
  const sheets = opened.book.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  if (sheets.length === 0) return { ok: false, message: l10n.t('{0} has no sheet of cells, only charts', fileName) };
  return { ok: true, sheets };
}

/**
 * One sheet as CSV text (RFC 4180 quoting, LF line ends, a line per row of the grid; an empty
 * row an empty line) and its number of lines. Sheet names match as Excel matches them, case aside.
 */
export async function sheetAsCsv(
  bytes: Uint8Array,
  sheet: string,
  fileName: string,
): Promise<{ ok: true; csv: string; rows: number } | WorkbookProblem> {
  const opened = openWorkbook(bytes, fileName);
  if (!opened.ok) return opened;
  const { book } = opened;
  const entry =
    book.sheets.find((s) => s.name === sheet) ?? book.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!entry) {
    const names = book.sheets.filter((s) => s.kind === 'worksheet').map((s) => `"${s.name}"`);
    return {
      ok: false,
      message: l10n.t('{0} has no sheet "{1}": its sheets are {2}', fileName, sheet, names.join(', ')),
    };
  }
  if (entry.kind !== 'worksheet') {
    const message =
      entry.kind === 'chart'
        ? l10n.t('Sheet "{0}" of {1} is a chart, not a sheet of cells', entry.name, fileName)
        : l10n.t('Sheet "{0}" of {1} is a macro or dialog sheet, not a sheet of cells', entry.name, fileName);
    return { ok: false, message };
  }
  try {
    const xml = entry.path === undefined ? undefined : book.part(entry.path);
    if (xml === undefined)
      return {
        ok: false,
        message: l10n.t('Sheet "{0}" of {1} is missing from the file: the workbook is damaged', entry.name, fileName),
      };
    const { csv, rows } = await sheetCsv(xml, book.cells());
    return { ok: true, csv, rows };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: l10n.t('Sheet "{0}" of {1} could not be read: {2}', entry.name, fileName, why) };
  }
}
