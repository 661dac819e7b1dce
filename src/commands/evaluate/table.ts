/**
 * Rows of a table (or one JSON object as a one-row table) → the results table. The core
 * computes every KPI column by column and the TOTAL row as a ratio of sums (aggregateTable);
 * only rows with a problem are then asked for their messages, in chunks, so a large selection
 * stays responsive and can be cancelled.
 */
import { aggregateTable, builtinCatalog, type ColumnarRows, type ComputeAllResult, type CoreOptions, type SelectionReading, type TableAggregate } from '../../core';
import { classifyColumns, TableModelBuilder, type TableModel, type TableSource } from '../../results/model';
import { CHUNK_ROWS, type Work } from './work';

type RecordReading = Extract<SelectionReading, { kind: 'record' }>;

export function sourceOfRows(reading: ColumnarRows): TableSource {
  const { format, columns, rowCount, data, texts, problems } = reading;
  return { format, columns, rowCount, data, texts, problems };
}

/**
 * One record as a one-row table. A field whose value is not a number keeps its text: a label
 * such as a campaign name, or a problem when its name is a quantity.
 */
export function sourceOfRecord(reading: RecordReading, options: CoreOptions): TableSource {
  const catalog = options.catalog ?? builtinCatalog();
  const fields = reading.fields;
  const texts = fields.map((field) => (field.value === null && field.raw !== '' && field.raw !== 'null' ? new Map([[0, field.raw]]) : undefined));
  const problems = fields
    .filter((field) => field.problem !== undefined && (field.value !== null || catalog.field(field.key) !== undefined))
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
export async function computeTable(source: TableSource, options: CoreOptions, work: Work): Promise<TableModel | undefined> {
  const catalog = options.catalog ?? builtinCatalog();
  const result = aggregateTable({ columns: source.columns, rowCount: source.rowCount, data: source.data }, undefined, options);
  await work.step(0, source.rowCount, 'Computing the KPIs');
  if (work.cancelled) return undefined;
  const problemRows = await rowsWithProblems(result, source.rowCount, work);
  if (!problemRows) return undefined;
  const metrics = result.columns.metrics.map((m) => ({ id: m.id, values: m.values, problemRows: m.problemRows }));
  const builder = new TableModelBuilder(source, classifyColumns(source, catalog), { metrics, total: result.total, problemRows }, catalog);
  for (let built = 0; built < source.rowCount;) {
    built = builder.addRows(BUILD_CHUNK_ROWS);
    await work.step(built, source.rowCount, `Row ${built.toLocaleString('en-US')} of ${source.rowCount.toLocaleString('en-US')}`);
    if (work.cancelled) return undefined;
  }
  return builder.finish();
}

/** Rows laid out between two yields: about 50 ms of work. */
const BUILD_CHUNK_ROWS = 5000;

/**
 * The per-row results of the rows that have a problem: every row listed under a KPI's
 * problems, and the rows with an unusable field (scanned from the first such row until all
 * are found). Rows without problems are never built: their values are the KPI columns.
 */
async function rowsWithProblems(result: TableAggregate, rowCount: number, work: Work): Promise<Map<number, ComputeAllResult> | undefined> {
  const rows = new Map<number, ComputeAllResult>();
  const wanted = new Set<number>();
  // A loop, not Math.max(...wanted): spreading 100,000+ rows as arguments overflows the stack.
  let lastWanted = -1;
  for (const metric of result.columns.metrics) {
    for (const r of metric.problemRows) {
      wanted.add(r);
      if (r > lastWanted) lastWanted = r;
    }
  }
  const { problemRows: fieldRows, firstProblemRow } = result.columns.inputs;
  let fieldFound = 0;
  let built = 0;
  for (let r = 0; r < rowCount; r++) {
    const scanning = fieldFound < fieldRows && r >= firstProblemRow;
    if (!scanning && !wanted.has(r)) {
      if (fieldFound >= fieldRows && r > lastWanted) break;
      continue;
    }
    const row = result.row(r);
    if (row.fieldProblems.length > 0) fieldFound++;
    if (row.fieldProblems.length > 0 || row.problems.length > 0) rows.set(r, row);
    if (++built % CHUNK_ROWS === 0) {
      await work.step(r, rowCount, `Checking row ${(r + 1).toLocaleString('en-US')} of ${rowCount.toLocaleString('en-US')}`);
      if (work.cancelled) return undefined;
    }
  }
  return rows;
}
