/**
 * A table of results as the results view and the Markdown/CSV/JSON writers see it: the
 * selection's own columns, one column per KPI, and a TOTAL row computed by the core as a ratio
 * of sums. Values stay numbers here; each writer formats them its own way. No `vscode` import:
 * unit tests build tables from the core's results directly.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog, ColumnarRows, ComputeAllResult, KpiCheck, TotalRow, Unit } from '../core';
import { quote } from '../core/read/text';
import { disagreementOf, type ReadLine } from './columnReading';
import { ProblemGroups } from './problemNotes';

/** A cell: a number, text that is not one (a label, '#DIV/0!'), or null (empty). */
export type TableValue = number | string | null;

/**
 * - `input`: names a quantity or metric of the catalog, and holds numbers;
 * - `label`: text such as campaign names (TOTAL is written in the first one);
 * - `other`: matches nothing and holds no text (an id or a number of no meaning here);
 * - `kpi`: computed;
 * - `reported`: the export's own KPI (its CTR, CPC…), shown beside ours and compared.
 */
export type ColumnKind = 'input' | 'label' | 'other' | 'kpi' | 'reported';

export interface TableColumn {
  /** The CSV header and JSON key: the user's column name, or the metric id. */
  readonly key: string;
  /** The Markdown and view header: the user's column name, or the metric's abbreviation. */
  readonly label: string;
  readonly kind: ColumnKind;
  /** Formats the column's numbers; absent for scaled inputs (cost_micros) and `other`. */
  readonly unit?: Unit;
  /** The quantity or metric id an input column gives, and its scale (cost_micros → cost: 1e6). */
  readonly id?: string;
  readonly factor?: number;
  /** A label column that is a dimension: campaign, channel, date… */
  readonly dimension?: string;
  /** Fraction digits for every cell of the column, chosen once for it (columnDecimals). */
  readonly decimals?: number;
}

export interface TableRow {
  readonly values: readonly TableValue[];
  /** Why a cell holds no value (or a wrong one), by column index. */
  readonly problems?: Readonly<Record<number, string>>;
}

export interface TableModel {
  readonly format: ColumnarRows['format'] | 'record';
  readonly columns: readonly TableColumn[];
  readonly rowCount: number;
  /**
   * Row `r` (0-based), built when asked for: a 100,000-row selection costs no object per row
   * until a writer (Insert, Copy) or a page of the view needs it.
   */
  row(r: number): TableRow;
  /** Absent for a single row: it would repeat that row. */
  readonly total?: TableRow;
  /** Index of the column TOTAL is written in, or -1 when there is no label column. */
  readonly labelColumn: number;
  /** Why some KPIs have no total, from the core ("Frequency has no total: reach is not additive…"). */
  readonly notAggregable: readonly string[];
  /** Totals that rest on the rows sharing one population (customers at start), each saying so. */
  readonly assumptions: readonly string[];
  /** Column names that match no quantity or metric: listed, never dropped silently. */
  readonly unmatched: readonly string[];
  /** What each column was read as, for the header of the results. */
  readonly read: readonly ReadLine[];
  /** Export KPI columns that disagree with ours, said once per column. */
  readonly disagreements: readonly string[];
  /** The currency the export's headers name, when they name one. */
  readonly currency?: string;
  /** Cells, fields and KPIs that could not be used, first MAX_PROBLEMS of them. */
  readonly problems: readonly string[];
  readonly moreProblems: number;
}

export const MAX_PROBLEMS = 50;

/**
 * What the reader found, by column (the core's ColumnarRows): numbers in one Float64Array per
 * column (NaN where a cell is empty or text) and the text cells aside. One record is a
 * one-row table.
 */
export interface TableSource {
  readonly format: TableModel['format'];
  readonly columns: readonly string[];
  readonly rowCount: number;
  readonly data: readonly Float64Array[];
  readonly texts: readonly (ReadonlyMap<number, string> | undefined)[];
  readonly problems: readonly { readonly row: number; readonly column: string; readonly message: string }[];
  /** Lines around the table the reader left out: preamble, comments, the export's Total rows. */
  readonly skipped?: readonly { readonly line: number; readonly text: string; readonly why: string }[];
  /** Per column, the currencies its cells name. */
  readonly currencies?: readonly (readonly string[] | undefined)[];
  /** The export's own Total rows, one value per column. */
  readonly reportedTotals?: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
}

/** A cell as read: its text when it is text, else its number, else null (empty). */
export function cellOf(source: TableSource, r: number, c: number): TableValue {
  const text = source.texts[c]?.get(r);
  if (text !== undefined) return text;
  const value = source.data[c]?.[r];
  return value === undefined || Number.isNaN(value) ? null : value;
}

/** The core's results for the table: KPI columns, the total, and full results of rows with problems. */
export interface TableResults {
  readonly metrics: readonly {
    readonly id: string;
    readonly values: Float64Array;
    readonly problemRows: readonly number[];
  }[];
  readonly total: TotalRow | undefined;
  readonly problemRows: RowProblems;
}

/** What the core's reading of the columns adds: the lines, the export's KPIs checked, how to word values. */
export interface TableReadings {
  readonly read: readonly ReadLine[];
  readonly checks: readonly KpiCheck[];
  readonly disagreements: readonly string[];
  readonly problems: readonly string[];
  readonly currency?: string;
  readonly format: (value: number, unit: Unit) => string;
  /** The fraction digits of a column of these values, or undefined to format each cell alone. */
  readonly decimalsOf?: (values: ArrayLike<number>, unit: Unit) => number | undefined;
}

/** The rows that have a problem (a field not used, a KPI without value). */
export interface RowProblems {
  /** Their indices, ascending. */
  readonly rows: readonly number[];
  /** computeAll's view of row r when it has a problem, built on first use. */
  at(r: number): ComputeAllResult | undefined;
  /** How many problems row r has, known without building the row. */
  count(r: number): number;
}

/**
 * The table over the cells, the core's KPI columns and its total. Only rows with a problem are
 * visited here (the first ones for the list of problems, in row order; the rest counted);
 * every row is read from the columns when asked for.
 */
export function tableModelOf(
  source: TableSource,
  columns: readonly TableColumn[],
  results: TableResults,
  catalog: Catalog,
  readings: TableReadings,
): TableModel {
  const kpis = results.metrics.map((m) => kpiColumn(m.id, catalog));
  const problems = new ProblemList();
  for (const problem of readings.problems) problems.add(problem);
  const cellProblems = cellProblemsByRow(source, columns, problems);
  addDisagreements(source, columns, readings, catalog, cellProblems);
  // Only the rows whose problems are listed are built; the others are counted.
  for (const note of rowProblemNotes(results, kpis)) problems.add(note);
  const total = source.rowCount > 1 ? results.total : undefined;
  const all = withDecimals([...columns, ...kpis], source, results, readings.decimalsOf);
  // One order for the view and every writer (Markdown, CSV, JSON): what the reader looks at first.
  const order = displayOrder(all);
  const ordered = (row: TableRow) => reordered(row, order);
  return {
    format: source.format,
    columns: order.map((c) => all[c]!),
    rowCount: source.rowCount,
    row: (r) => ordered(tableRow(source, r, columns, kpis, results, cellProblems.get(r))),
    ...(total ? { total: ordered(totalTableRow(columns, kpis, total)) } : {}),
    labelColumn: all[order[0]!]?.kind === 'label' ? 0 : -1,
    notAggregable: total ? total.notAggregable.map((n) => n.reason) : [],
    assumptions: total ? total.assumptions.map((n) => n.reason) : [],
    unmatched: readings.read
      .filter((line) => line.role === 'unused' && line.canMap && line.text === 'not used: no quantity of that name')
      .map((line) => line.name),
    read: readings.read,
    disagreements: readings.disagreements,
    ...(readings.currency !== undefined ? { currency: readings.currency } : {}),
    problems: problems.items,
    moreProblems: problems.more,
  };
}

/** Each numeric column's fraction digits, from its values: a $0.0833 CPC among $1.25 ones reads $0.08. */
function withDecimals(
  columns: readonly TableColumn[],
  source: TableSource,
  results: TableResults,
  decimalsOf: TableReadings['decimalsOf'],
): TableColumn[] {
  if (!decimalsOf) return [...columns];
  return columns.map((column, c) => {
    if (column.unit === undefined || column.kind === 'label' || column.kind === 'other') return column;
    const values =
      column.kind === 'kpi'
        ? results.metrics.find((m) => m.id === column.id)?.values
        : scaled(source.data[c], column.kind === 'reported' ? (column.factor ?? 1) : 1);
    const decimals = values ? decimalsOf(values, column.unit) : undefined;
    return decimals === undefined ? column : { ...column, decimals };
  });
}

function scaled(values: Float64Array | undefined, factor: number): Float64Array | undefined {
  return values && factor !== 1 ? values.map((v) => v * factor) : values;
}

/**
 * The row labels (TOTAL's column), then our KPIs, the export's own KPIs where the two can be
 * compared, the inputs, and the other labels (dates, statuses) last: an export has many of
 * those, and they would push the KPIs out of sight.
 */
function displayOrder(columns: readonly TableColumn[]): number[] {
  // The row labels: the first campaign, channel or other name; a date only where there is none.
  const named = columns.findIndex((c) => c.kind === 'label' && c.dimension !== 'date');
  const firstLabel = named >= 0 ? named : columns.findIndex((c) => c.kind === 'label');
  const rank = (c: number) => {
    const kind = columns[c]!.kind;
    if (c === firstLabel) return 0;
    return kind === 'kpi' ? 1 : kind === 'reported' ? 2 : kind === 'input' ? 3 : kind === 'label' ? 4 : 5;
  };
  return columns.map((_, c) => c).sort((a, b) => rank(a) - rank(b) || a - b);
}

/** A row's values and problems in the display order. */
function reordered(row: TableRow, order: readonly number[]): TableRow {
  const values = order.map((c) => row.values[c] ?? null);
  if (!row.problems) return { values };
  const problems: Record<number, string> = {};
  order.forEach((c, i) => {
    const problem = row.problems?.[c];
    if (problem !== undefined) problems[i] = problem;
  });
  return { values, problems };
}

function kpiColumn(id: string, catalog: Catalog): TableColumn {
  const metric = catalog.metrics.get(id);
  return {
    key: id,
    label: metric?.abbreviation ?? metric?.name ?? id,
    kind: 'kpi',
    unit: metric?.unit ?? 'number',
    id,
  };
}

function tableRow(
  source: TableSource,
  r: number,
  columns: readonly TableColumn[],
  kpis: readonly TableColumn[],
  results: TableResults,
  cellProblems: Record<number, string> | undefined,
): TableRow {
  const values: TableValue[] = columns.map((column, c) => {
    const cell = cellOf(source, r, c);
    // The export's own KPI in our terms: a percentage in points becomes a fraction like ours.
    return column.kind === 'reported' && typeof cell === 'number' ? cell * (column.factor ?? 1) : cell;
  });
  for (const metric of results.metrics) {
    const value = metric.values[r]!;
    values.push(Number.isNaN(value) ? null : value);
  }
  const result = results.problemRows.at(r);
  if (!result && !cellProblems) return { values };
  const rowProblems: Record<number, string> = { ...cellProblems };
  for (const { field, error } of result?.fieldProblems ?? []) {
    const c = columns.findIndex((column) => column.key === field);
    if (c >= 0) rowProblems[c] = error.message;
  }
  for (const problem of result?.problems ?? []) {
    const k = kpis.findIndex((kpi) => kpi.id === problem.id);
    if (k >= 0) rowProblems[columns.length + k] = problem.error.message;
  }
  return { values, problems: rowProblems };
}

/** Rows whose reasons are looked up (built by the core's per-row path, ~0.1 ms each); the rest are counted. */
const BUILT_PROBLEM_ROWS = 500;

/**
 * The rows' unusable fields and KPIs without value, once per KPI or column with the count and
 * the first rows (problemNotes.ts). The KPIs' counts are exact from their columns; the reasons
 * come from the first rows built.
 */
function rowProblemNotes(results: TableResults, kpis: readonly TableColumn[]): string[] {
  const groups = new ProblemGroups();
  const built = results.problemRows.rows.slice(0, BUILT_PROBLEM_ROWS);
  const seen = new Map<string, number>();
  for (const r of built) {
    const result = results.problemRows.at(r);
    for (const { field, error } of result?.fieldProblems ?? []) groups.add({ column: field }, r, error.message);
    for (const problem of result?.problems ?? []) {
      const kpi = kpis.find((k) => k.id === problem.id);
      if (!kpi) continue;
      groups.add(kpi.label, r, problem.error.message);
      seen.set(kpi.label, (seen.get(kpi.label) ?? 0) + 1);
    }
  }
  if (results.problemRows.rows.length > built.length) {
    for (const metric of results.metrics) {
      const kpi = kpis.find((k) => k.id === metric.id);
      const total = metric.problemRows.filter((r) => Number.isNaN(metric.values[r]!)).length;
      if (kpi && total > (seen.get(kpi.label) ?? 0)) groups.count(kpi.label, total - (seen.get(kpi.label) ?? 0));
    }
  }
  return groups.notes();
}

function totalTableRow(columns: readonly TableColumn[], kpis: readonly TableColumn[], total: TotalRow): TableRow {
  const problems: Record<number, string> = {};
  const shown = new Set<string>();
  const values: TableValue[] = columns.map((column) => {
    // Two columns giving one quantity (cost, spend): its total goes under the first.
    if (column.kind !== 'input' || column.id === undefined || shown.has(column.id)) return null;
    shown.add(column.id);
    const sum = total.inputs.get(column.id);
    return sum === undefined ? null : sum / (column.factor ?? 1);
  });
  kpis.forEach((kpi, k) => {
    const value = total.results.find((m) => m.id === kpi.id);
    values.push(value?.value ?? null);
    const why =
      total.notAggregable.find((n) => n.id === kpi.id)?.reason ??
      total.problems.find((p) => p.id === kpi.id)?.error.message;
    if (value === undefined && why !== undefined) problems[columns.length + k] = why;
  });
  return Object.keys(problems).length > 0 ? { values, problems } : { values };
}

/** Each row where an export's KPI disagrees with ours gets the two values on its cell. */
function addDisagreements(
  source: TableSource,
  columns: readonly TableColumn[],
  readings: TableReadings,
  catalog: Catalog,
  byRow: Map<number, Record<number, string>>,
): void {
  for (const check of readings.checks) {
    const factor = columns[check.column]?.factor ?? 1;
    for (const r of check.disagreeing) {
      const theirs = (source.data[check.column]?.[r] ?? NaN) * factor;
      const row = byRow.get(r) ?? {};
      row[check.column] = disagreementOf(check, r, theirs, readings.format, catalog);
      byRow.set(r, row);
    }
  }
}

/** The reader's cell problems, attached to their cells and listed once each. */
function cellProblemsByRow(
  source: TableSource,
  columns: readonly TableColumn[],
  problems: ProblemList,
): Map<number, Record<number, string>> {
  const byRow = new Map<number, Record<number, string>>();
  // A reader's problem is said once per column and reason, with the count and the first rows.
  const groups = new ProblemGroups();
  for (const problem of source.problems) {
    // The reader's own wording (core/read/table.ts), with the reason left empty.
    const prefix = l10n.t('Row {0}, column {1}: {2}', problem.row + 1, quote(problem.column), '');
    if (problem.message.startsWith(prefix))
      groups.add({ column: problem.column }, problem.row, problem.message.slice(prefix.length));
    else problems.add(problem.message);
    const c = columns.findIndex((column) => column.key === problem.column);
    if (c < 0) continue;
    const row = byRow.get(problem.row) ?? {};
    row[c] = problem.message;
    byRow.set(problem.row, row);
  }
  for (const note of groups.notes()) problems.add(note);
  const reported = new Set(source.problems.map((p) => p.column));
  for (const column of columns) {
    if (column.kind === 'label' && column.id !== undefined && !reported.has(column.key))
      problems.add(l10n.t("Column '{0}' names {1} but holds text, not numbers", column.key, column.id));
  }
  return byRow;
}

/** Problems in order, the same text once, at most MAX_PROBLEMS kept and the rest counted. */
class ProblemList {
  readonly items: string[] = [];
  more = 0;
  private readonly seen = new Set<string>();

  add(message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    if (this.items.length < MAX_PROBLEMS) this.items.push(message);
    else this.more++;
  }
}
