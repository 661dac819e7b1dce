/**
 * A results table as text to insert or copy: a Markdown table (values formatted for people, in
 * the user's locale), CSV or JSON (plain numbers for the next tool: 0.04, not "4.00%").
 * Lines end with '\n'; the caller converts to the document's line ending.
 */
import * as l10n from '@vscode/l10n';
import { formatValue, type CoreOptions, type Unit } from '../core';
import type { TableColumn, TableModel, TableRow, TableValue } from './model';
import type { TableFormat } from './protocol';

export { TABLE_FORMATS, type TableFormat } from './protocol';

export const TOTAL_LABEL = 'TOTAL';

/** One sentence on how the TOTAL row is computed, shown wherever the total is; translated. */
export function totalNote(): string {
  return l10n.t(
    'TOTAL computes each KPI from the column sums (a ratio of sums, such as Σclicks ÷ Σimpressions), not as an average of the rows.',
  );
}

/** Formats a number of a column for people; `unit` undefined means no known unit; `decimals`, the column's own (columnDecimals). */
export type ValueFormatter = (value: number, unit: Unit | undefined, decimals?: number) => string;

export function formatterOf(options: CoreOptions): ValueFormatter {
  const format = {
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.currency !== undefined ? { currency: options.currency } : {}),
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  };
  return (value, unit, decimals) =>
    formatValue(value, unit ?? 'count', decimals === undefined ? format : { ...format, columnDecimals: decimals });
}

export function tableAs(format: TableFormat, model: TableModel, formatter: ValueFormatter): string {
  switch (format) {
    case 'markdown':
      return markdownTable(model, formatter);
    case 'csv':
      return csvTable(model);
    case 'json':
      return jsonTable(model);
  }
}

/** The text of one cell for people: numbers in their column's unit, problems as '—'. */
export function cellText(value: TableValue, column: TableColumn, formatter: ValueFormatter, problem?: string): string {
  if (typeof value === 'number')
    return column.kind === 'other' ? String(value) : formatter(value, column.unit, column.decimals);
  if (typeof value === 'string') return value;
  return problem !== undefined && column.kind === 'kpi' ? '—' : '';
}

/** The notes under a table: how TOTAL is computed, totals that cannot be, unused columns, problems. */
export function tableNotes(model: TableModel): string[] {
  const notes = [...model.notAggregable, ...model.assumptions, ...model.disagreements];
  if (model.unmatched.length > 0)
    notes.push(l10n.t('Not used, no quantity of that name: {0}', model.unmatched.join(', ')));
  notes.push(...model.problems);
  if (model.moreProblems > 0)
    notes.push(
      model.moreProblems === 1 ? l10n.t('… and 1 more problem') : l10n.t('… and {0} more problems', model.moreProblems),
    );
  return notes;
}

/** A cell as people read it, and why it has no value (shown as a tooltip or a note). */
export interface DisplayCell {
  readonly text: string;
  readonly problem?: string;
}

const BLANK_LABEL: TableColumn = { key: '', label: '', kind: 'label' };

/** Whether TOTAL needs a column of its own: the table has a total but no label column. */
function addsLabelColumn(model: TableModel): boolean {
  return model.labelColumn < 0 && model.total !== undefined;
}

/** The columns as shown: with an empty first column for TOTAL when the table has no labels. */
export function displayColumns(model: TableModel): readonly TableColumn[] {
  return addsLabelColumn(model) ? [BLANK_LABEL, ...model.columns] : model.columns;
}

/**
 * One row as shown, matching displayColumns; the total row says `totalLabel` in its label
 * column: TOTAL in what is written into documents (re-read as a total row), translated in the view.
 */
export function displayRow(
  model: TableModel,
  row: TableRow,
  formatter: ValueFormatter,
  isTotal = false,
  totalLabel = TOTAL_LABEL,
): DisplayCell[] {
  const cells: DisplayCell[] = model.columns.map((column, c) => {
    const problem = row.problems?.[c];
    const text = cellText(row.values[c] ?? null, column, formatter, problem);
    return problem !== undefined ? { text, problem } : { text };
  });
  const label: DisplayCell = { text: isTotal ? totalLabel : '' };
  if (addsLabelColumn(model)) return [label, ...cells];
  if (isTotal && model.labelColumn >= 0) cells[model.labelColumn] = label;
  return cells;
}

export function markdownTable(model: TableModel, formatter: ValueFormatter): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const columns = displayColumns(model);
  const lines = [
    line(columns.map((c) => escapeMarkdown(c.label) || ' ')),
    line(columns.map((c) => (c.kind === 'input' || c.kind === 'kpi' || c.kind === 'reported' ? '--:' : ':--'))),
  ];
  for (let r = 0; r < model.rowCount; r++)
    lines.push(line(displayRow(model, model.row(r), formatter).map((cell) => escapeMarkdown(cell.text))));
  if (model.total) {
    const cells = displayRow(model, model.total, formatter, true);
    lines.push(line(cells.map((cell) => (cell.text ? `**${escapeMarkdown(cell.text)}**` : ''))));
    lines.push('', `*${totalNote()}*`);
  }
  const notes = tableNotes(model);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${escapeMarkdown(note)}`));
  return lines.join('\n');
}

export function csvTable(model: TableModel): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  const prefix = (cells: string[], label: string) => (addsLabelColumn(model) ? [label, ...cells] : cells);
  const lines = [
    line(
      prefix(
        model.columns.map((c) => inert(c.key)),
        '',
      ),
    ),
  ];
  for (let r = 0; r < model.rowCount; r++) lines.push(line(prefix(model.row(r).values.map(csvText), '')));
  if (model.total) {
    const cells = prefix(model.total.values.map(csvText), TOTAL_LABEL);
    if (model.labelColumn >= 0) cells[model.labelColumn] = TOTAL_LABEL;
    lines.push(line(cells));
  }
  return lines.join('\n');
}

export function jsonTable(model: TableModel): string {
  const objectOf = (row: TableRow, skipLabels: boolean) => {
    // Keys are the user's column names: a null prototype keeps "__proto__" a plain key.
    const object = Object.create(null) as Record<string, unknown>;
    model.columns.forEach((column, c) => {
      if (skipLabels && column.kind === 'label') return;
      const value = row.values[c] ?? null;
      object[column.key] = typeof value === 'number' ? plainNumber(value) : value;
    });
    return object;
  };
  const out = Object.create(null) as Record<string, unknown>;
  out.rows = Array.from({ length: model.rowCount }, (_, r) => objectOf(model.row(r), false));
  if (model.total) out.total = objectOf(model.total, true);
  if (model.notAggregable.length > 0) out.notAggregable = model.notAggregable;
  if (model.assumptions.length > 0) out.assumptions = model.assumptions;
  if (model.unmatched.length > 0) out.unmatched = model.unmatched;
  if (model.disagreements.length > 0) out.disagreements = model.disagreements;
  const problems = tableNotes({ ...model, notAggregable: [], assumptions: [], unmatched: [], disagreements: [] });
  if (problems.length > 0) out.problems = problems;
  return JSON.stringify(out, null, 2);
}

function plainText(value: TableValue): string {
  if (typeof value === 'number') return String(plainNumber(value));
  return value ?? '';
}

/** Twelve significant digits: 0.1 + 0.2 gives 0.3, not 0.30000000000000004. */
export function plainNumber(value: number): number {
  return Number(value.toPrecision(12));
}

/** A value's CSV text: numbers are ours and stay numbers (−18 % is -0.18); text is made inert. */
export function csvText(value: TableValue): string {
  return typeof value === 'string' ? inert(value) : plainText(value);
}

/**
 * Text a spreadsheet will not run as a formula: a cell that starts with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe, as OWASP's "CSV Injection" page recommends
 * (https://owasp.org/www-community/attacks/CSV_Injection). A campaign named `=HYPERLINK(…)` or
 * `@SUM(1)` in an export would otherwise be live again in whoever opens our table.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text inside a Markdown table cell: no column breaks, no emphasis or links, no HTML. '$' is
 * left alone: amounts like $5,920 never form math ('$' followed by a digit closes nothing).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
