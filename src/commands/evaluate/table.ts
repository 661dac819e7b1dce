/**
 * Rows of a table (or one JSON object as a one-row table) → the results table. The core
 * computes every KPI column by column and the TOTAL row as a ratio of sums (aggregateTable);
 * only rows with a problem are then asked for their messages, in chunks, so a large selection
 * stays responsive and can be cancelled. The other rows are never built here: the model reads
 * them from the columns when a writer or a page of the view asks.
 */
import * as l10n from '@vscode/l10n';
import {
  analyseTable,
  builtinCatalog,
  columnDecimals,
  matchField,
  withoutRepeats,
  type ColumnarRows,
  type ComputeAllResult,
  type CoreOptions,
  type SelectionReading,
  type TableAggregate,
  type Unit,
} from '../../core';
import { checkNotes, readLinesOf, skippedNotes, tableColumnsOf, totalNotes } from '../../results/columnReading';
import { formatterOf } from '../../results/formats';
import { tableModelOf, type RowProblems, type TableModel, type TableSource } from '../../results/model';
import type { Stages } from './stages';
import { CHUNK_ROWS, type Work } from './work';

type RecordReading = Extract<SelectionReading, { kind: 'record' }>;

export function sourceOfRows(reading: ColumnarRows): TableSource {
  const { format, columns, rowCount, data, texts, problems, skipped, reportedTotals, currencies } = reading;
  return {
    format,
    columns,
    rowCount,
    data,
    texts,
    problems,
    ...(skipped ? { skipped } : {}),
    ...(reportedTotals ? { reportedTotals } : {}),
    ...(currencies ? { currencies } : {}),
  };
}

/**
 * One record as a one-row table. A field whose value is not a number keeps its text: a label
 * such as a campaign name, or a problem when its name is a quantity.
 */
export function sourceOfRecord(reading: RecordReading, options: CoreOptions): TableSource {
  const catalog = options.catalog ?? builtinCatalog();
  const fields = reading.fields;
  const texts = fields.map((field) =>
    field.value === null && field.raw !== '' && field.raw !== 'null' ? new Map([[0, field.raw]]) : undefined,
  );
  const problems = fields
    .filter(
      (field) =>
        field.problem !== undefined && (field.value !== null || matchField(field.key, options, catalog) !== undefined),
    )
    .map((field) => ({ row: 0, column: field.key, message: `${field.key}: ${field.problem ?? ''}` }));
  return {
    format: 'record',
    columns: fields.map((field) => field.key),
    rowCount: 1,
    data: fields.map((field) => Float64Array.of(field.value ?? NaN)),
    texts,
    problems,
  };
}

/** Returns undefined when the user cancelled. */
export async function computeTable(
  source: TableSource,
  options: CoreOptions,
  work: Work,
  stages?: Stages,
): Promise<TableModel | undefined> {
  const catalog = options.catalog ?? builtinCatalog();
  const analysis = analyseTable(source, options);
  const result = analysis.aggregate;
  stages?.mark('aggregate');
  await work.step(0, source.rowCount, l10n.t('Computing the KPIs'));
  if (work.cancelled) return undefined;
  const problemRows = await rowsWithProblems(result, source.rowCount, work, options.locale ?? 'en-US');
  if (!problemRows) return undefined;
  stages?.mark('problem rows');
  // A KPI computing another's formula (MER beside ROAS) is shown once, and said so.
  const { kept, repeats } = withoutRepeats(
    result.columns.metrics.map((m) => m.id),
    catalog,
    options,
  );
  const metrics = result.columns.metrics
    .filter((m) => kept.includes(m.id))
    .map((m) => ({ id: m.id, values: m.values, problemRows: m.problemRows }));
  const currency = analysis.reading.currency;
  const formatter = formatterOf(currency !== undefined ? { ...options, currency } : options);
  const columns = tableColumnsOf(analysis, catalog);
  const theirs = (check: { column: number }, r: number) =>
    (source.data[check.column]?.[r] ?? NaN) * (columns[check.column]?.factor ?? 1);
  const readings = {
    read: readLinesOf(analysis, catalog),
    checks: analysis.checks,
    disagreements: [
      ...repeats.map((r) => `${r.note}.`),
      ...skippedNotes(source.skipped ?? []),
      ...totalNotes(analysis.totalChecks, analysis.reading.columns, formatter, catalog),
      ...checkNotes(analysis.checks, formatter, theirs, catalog),
    ],
    problems: analysis.reading.problems,
    format: formatter,
    decimalsOf: (values: ArrayLike<number>, unit: Unit) =>
      columnDecimals(values, unit, {
        currency: currency ?? options.currency ?? 'USD',
        ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
      }),
    ...(currency !== undefined ? { currency } : {}),
  };
  const model = tableModelOf(source, columns, { metrics, total: result.total, problemRows }, catalog, readings);
  stages?.mark('table model');
  // The last chance to cancel before anything is edited or shown.
  await work.step(source.rowCount, source.rowCount, l10n.t('Laying out the table'));
  return work.cancelled ? undefined : model;
}

/**
 * The rows that have a problem: every row listed under a KPI's problems, and the rows with an
 * unusable field (scanned from the first such row until all are found, as only building a row
 * tells which field it is). A KPI problem's message comes from the core's per-row path, about
 * 0.1 ms a row, so those rows are built only when their message is shown (the first problems
 * listed, a page of the view, Insert or Copy); the rest are counted. Rows without problems are
 * never built: their values are the KPI columns.
 */
async function rowsWithProblems(
  result: TableAggregate,
  rowCount: number,
  work: Work,
  locale: string,
): Promise<RowProblems | undefined> {
  const fieldRows = await rowsWithFieldProblems(result, rowCount, work, locale);
  if (!fieldRows) return undefined;
  // Per row, how many KPIs have no value for a reason the core can give (what row(r) lists).
  const kpiProblems = new Uint16Array(rowCount);
  for (const metric of result.columns.metrics) {
    for (const r of metric.problemRows) if (Number.isNaN(metric.values[r]!)) kpiProblems[r]!++;
  }
  const rows: number[] = [];
  for (let r = 0; r < rowCount; r++) if (kpiProblems[r]! > 0 || fieldRows.has(r)) rows.push(r);
  const built = new Map(fieldRows);
  return {
    rows,
    at: (r) => {
      if (kpiProblems[r] === 0 && !fieldRows.has(r)) return undefined;
      let row = built.get(r);
      if (!row) built.set(r, (row = result.row(r)));
      return row;
    },
    count: (r) => {
      const row = fieldRows.get(r);
      return row ? row.fieldProblems.length + row.problems.length : kpiProblems[r]!;
    },
  };
}

async function rowsWithFieldProblems(
  result: TableAggregate,
  rowCount: number,
  work: Work,
  /** The progress counts rows in the user's numbers: 1,234 or 1.234. */
  locale: string,
): Promise<Map<number, ComputeAllResult> | undefined> {
  const rows = new Map<number, ComputeAllResult>();
  const flagged = result.columns.inputs.problemRows;
  for (let k = 0; k < flagged.length; k++) {
    const r = flagged[k]!;
    const row = result.row(r);
    if (row.fieldProblems.length > 0) rows.set(r, row);
    if ((k + 1) % CHUNK_ROWS === 0) {
      await work.step(
        r,
        rowCount,
        l10n.t('Checking row {0} of {1}', (r + 1).toLocaleString(locale), rowCount.toLocaleString(locale)),
      );
      if (work.cancelled) return undefined;
    }
  }
  return rows;
}
