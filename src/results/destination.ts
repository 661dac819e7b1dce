/**
 * Where a results table goes when the user asks: below the selection it came from (only if the
 * document has not changed since, as one undoable edit), the clipboard, or a new Markdown cell
 * below the notebook cell it came from.
 */
import vscode = require('vscode');
import { blockBelow } from '../edits/offsets';
import { tableAs, type ValueFormatter } from './formats';
import type { BreakdownChoice, ReportComparison } from './report/choice';
import { reportAs } from './report/reportFormats';
import type { ReportTable } from './report/reportTable';
import type { TableModel } from './model';
import type { TableDestination, TableFormat } from './protocol';

/** The selection a table came from; updated after each insertion so the next one goes below it. */
export interface Origin {
  readonly uri: vscode.Uri;
  version: number;
  offset: number;
  atLineStart: boolean;
  readonly eol: string;
  /** Set when the selection is in a notebook cell. */
  readonly cell?: { readonly notebook: vscode.NotebookDocument; readonly index: number; inserted: number };
}

export interface ResultTable {
  readonly title: string;
  readonly model: TableModel;
  readonly formatter: ValueFormatter;
  readonly origin: Origin;
  /**
   * "Use as…" on a column: asks what the column is (unless `choice` says: an id, 'ignore', or
   * null to forget the mapping), writes the columnMappings setting and gives the table computed
   * again, or undefined when the user cancelled. Given by the command
   * that computed the table; the view only calls it.
   */
  readonly remap?: (column: number, choice?: { readonly as: string | null }) => Promise<ResultTable | undefined>;
  /** The breakdown shown instead of the rows; Insert and Copy then write it. */
  readonly report?: ReportTable;
  /** The table's columns as written: Insert KPI Report as Code reads them. */
  readonly header?: readonly string[];
  /** A file DuckDB reads: its FROM item, for the report as DuckDB SQL. */
  readonly duckdbSource?: string;
  /** A whole file's report (Compute KPIs for File): nothing is inserted into the file. */
  readonly wholeFile?: boolean;
  /** The locale change columns are written in. */
  readonly locale?: string;
  /**
   * "Break down by…" and "Compare periods…": asks (unless `ask` carries the answer), remembers
   * the choice and gives the table with its report, or undefined when cancelled. Given by the
   * command that computed the table, for tables with dimension columns.
   */
  readonly breakDown?: (ask: BreakdownAsk) => Promise<ResultTable | undefined>;
}

export type BreakdownAsk =
  | { readonly kind: 'groups'; readonly choice?: BreakdownChoice }
  | { readonly kind: 'compare'; readonly compare?: ReportComparison | null };

export type ActionResult = { readonly ok: boolean; readonly message: string };

function changed(): string {
  return vscode.l10n.t(
    'The document changed after the results were computed, so nothing was inserted: run Evaluate Selection again.',
  );
}

export async function sendTable(table: ResultTable, format: TableFormat, to: TableDestination): Promise<ActionResult> {
  const text = table.report
    ? reportAs(format, table.report, table.formatter, table.locale)
    : tableAs(format, table.model, table.formatter);
  switch (to) {
    case 'clipboard':
      await vscode.env.clipboard.writeText(text);
      return {
        ok: true,
        message: table.report
          ? vscode.l10n.t('Copied the report as {0}.', formatName(format))
          : vscode.l10n.t('Copied the table as {0}.', formatName(format)),
      };
    case 'below':
      return insertBelow(table.origin, text, format);
    case 'cell':
      return insertCell(table.origin, format === 'markdown' ? text : fenced(text, format));
  }
}

async function insertBelow(origin: Origin, block: string, format: TableFormat): Promise<ActionResult> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === origin.uri.toString());
  if (!document || document.isClosed)
    return {
      ok: false,
      message: vscode.l10n.t('The document the table came from is closed, so nothing was inserted.'),
    };
  const refusal = dataFileRefusal(document, format);
  if (refusal) return { ok: false, message: refusal };
  if (document.version !== origin.version) return { ok: false, message: changed() };
  const edit = blockBelow(origin, block, origin.eol, format === 'markdown');
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.insert(document.uri, document.positionAt(edit.start), edit.text);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) return { ok: false, message: changed() };
  const line = document.positionAt(edit.start).line + 1;
  origin.version = document.version;
  origin.offset += edit.text.length;
  return { ok: true, message: vscode.l10n.t('Inserted the table as {0} below line {1}.', formatName(format), line) };
}

async function insertCell(origin: Origin, markdown: string): Promise<ActionResult> {
  const cell = origin.cell;
  if (!cell)
    return {
      ok: false,
      message: vscode.l10n.t(
        'The selection is not in a notebook cell, so no cell was added: insert the table below it instead.',
      ),
    };
  if (cell.notebook.isClosed)
    return { ok: false, message: vscode.l10n.t('The notebook the table came from is closed, so no cell was added.') };
  const source = cell.notebook.cellCount > cell.index ? cell.notebook.cellAt(cell.index).document : undefined;
  if (source?.uri.toString() !== origin.uri.toString() || source.version !== origin.version)
    return { ok: false, message: changed() };
  const at = cell.index + 1 + cell.inserted;
  const edit = new vscode.WorkspaceEdit();
  edit.set(cell.notebook.uri, [
    vscode.NotebookEdit.insertCells(at, [
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, markdown, 'markdown'),
    ]),
  ]);
  if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, message: changed() };
  cell.inserted++;
  return { ok: true, message: vscode.l10n.t('Added a Markdown cell below cell {0}.', cell.index + 1) };
}

/**
 * A data file (a CSV, TSV or JSON file on disk) never receives a table in another format: a
 * Markdown table below a CSV's rows is a broken CSV, and with auto-save it is on disk at once.
 * JSON takes none (a second value makes the file invalid), CSV only CSV. Untitled documents are
 * scratch text and take any format.
 */
export function formatsFor(
  document: Pick<vscode.TextDocument, 'uri' | 'languageId'>,
): readonly TableFormat[] | undefined {
  if (document.uri.scheme === 'untitled') return undefined;
  const extension = /\.([a-z]+)$/i.exec(document.uri.path)?.[1]?.toLowerCase();
  if (extension === 'csv' || document.languageId === 'csv') return ['csv'];
  const data = ['tsv', 'tab', 'json', 'jsonc', 'jsonl', 'ndjson', 'geojson'];
  if (
    (extension !== undefined && data.includes(extension)) ||
    ['tsv', 'json', 'jsonc', 'jsonl'].includes(document.languageId)
  )
    return [];
  return undefined;
}

function dataFileRefusal(document: vscode.TextDocument, format: TableFormat): string | undefined {
  const allowed = formatsFor(document);
  if (!allowed || allowed.includes(format)) return undefined;
  const name = document.uri.path.split('/').pop() ?? vscode.l10n.t('The file');
  const or = vscode.l10n.t(' or ');
  const instead =
    allowed.length > 0
      ? vscode.l10n.t('choose {0}, or use Copy', allowed.map(formatName).join(or))
      : vscode.l10n.t('use Copy, or evaluate the selection in a Markdown document or a notebook');
  return vscode.l10n.t(
    'Nothing was inserted: {0} is a data file, and a {1} table below its rows would break it. To keep the results, {2}.',
    name,
    formatName(format),
    instead,
  );
}

function fenced(text: string, format: TableFormat): string {
  return `\`\`\`${format}\n${text}\n\`\`\``;
}

function formatName(format: TableFormat): string {
  return format === 'markdown' ? 'Markdown' : format.toUpperCase();
}
