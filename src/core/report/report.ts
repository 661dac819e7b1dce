/**
 * KPIs by campaign, channel and period: `report(input, spec, options)`. The table is read as
 * Evaluate Selection reads it (analyseTable: platform column names, mappings, the export's own
 * KPIs checked), every group's total is a ratio of sums by the rules of the TOTAL row, with
 * subtotals per level, and each period can be compared with the one before.
 */
import { analyseTable } from '../columns/analyseTable';
import { type PeriodOptions } from '../dates/periods';
import { fail, type Failure } from '../errors';
import { aggregateTable } from '../engine/aggregateTable';
import { catalogOf, type CoreOptions } from '../options';
import type { TotalRow } from '../totals';
import { withChanges } from './change';
import { dateColumn, findColumn, periodDimension, textDimension, type DimensionColumn } from './dimensions';
import { groupRows, type GroupRun } from './groups';
import { columnsOf, type ReportInput } from './source';
import { checkSpec } from './spec';
import type { KeyValue, Report, ReportGroup, ReportSpec } from './types';

export type { ReportInput } from './source';

export function report(input: ReportInput, spec: ReportSpec = {}, options: CoreOptions = {}): Report | Failure {
  const specProblem = checkSpec(spec);
  if (specProblem) return specProblem;
  const catalog = catalogOf(options);
  const unknown = spec.metrics?.find((id) => !catalog.metric(id));
  if (unknown !== undefined) return fail('unknownMetric', `No metric is "${unknown}"`, { input: unknown });
  const source = columnsOf(input, options);
  if ('ok' in source && source.ok === false) return source;
  const columns = source as Exclude<typeof source, Failure>;
  const analysis = analyseTable(columns, options);
  const aggregate = spec.metrics
    ? aggregateTable(
        analysis.table,
        spec.metrics.map((id) => catalog.metric(id)!.id),
        options,
      )
    : analysis.aggregate;
  const periodOptions: PeriodOptions = spec.weekStart !== undefined ? { weekStart: spec.weekStart } : {};
  const dimensions: DimensionColumn[] = [];
  const notes: string[] = [];
  for (const word of spec.groupBy ?? []) {
    const column = findColumn(word, analysis.reading.columns);
    if ('ok' in column) return column;
    dimensions.push(textDimension(word, column, columns));
  }
  let undatedRows: number[] = [];
  if (spec.period) {
    const column = dateColumn(spec, analysis.reading.columns);
    if ('ok' in column) return column;
    const period = periodDimension(spec.period, column, columns, options.locale, periodOptions);
    if ('ok' in period) return period;
    dimensions.push(period.dimension);
    const others = analysis.reading.columns.filter((c) => c.dimension === 'date' && c !== column).map((c) => c.name);
    notes.push(
      `Periods from ${column.name}, read as ${period.pattern}${others.length > 0 ? ` (not ${others.join(', ')}: name another with dateColumn)` : ''}`,
    );
    if (spec.period === 'week')
      notes.push(
        spec.weekStart === undefined || spec.weekStart === 1
          ? 'Weeks start on Monday (ISO 8601)'
          : `Weeks start on ${WEEKDAYS[spec.weekStart]}`,
      );
    undatedRows = rowsWithout(period.dimension);
    if (undatedRows.length > 0)
      notes.push(
        `${undatedRows.length} of ${columns.rowCount} rows have no date that could be read (first: row ${undatedRows[0]! + 1}): they are in the totals and in a group of their own`,
      );
  }
  const shown = new Set(shownIds(aggregate.total));
  const grouping = groupRows(dimensions, aggregate.columns.inputs, columns.rowCount, shown, catalog, options);
  const groups = grouping.runs.map((run) => groupOf(run, dimensions, grouping.order));
  const runs = grouping.runs;
  const withChange = spec.compare
    ? withChanges(groups, dimensions.length, (g) => runs[g]!.path.slice(0, -1).join('|'), spec, periodOptions, catalog)
    : groups;
  return {
    ok: true,
    dimensions: dimensions.map(({ name, column, kind }) => ({ name, column, kind })),
    groups: withChange,
    total: aggregate.total,
    rowCount: columns.rowCount,
    undatedRows,
    notes,
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The metrics the grand total shows, in its order: a group shows the same ones. */
function shownIds(total: TotalRow): string[] {
  return [
    ...total.results.map((r) => r.id),
    ...total.notAggregable.map((n) => n.id),
    ...total.problems.map((p) => p.id),
  ];
}

function rowsWithout(dimension: DimensionColumn): number[] {
  const rows: number[] = [];
  for (let r = 0; r < dimension.ids.length; r++) if (dimension.ids[r]! < 0) rows.push(r);
  return rows;
}

function groupOf(run: GroupRun, dimensions: readonly DimensionColumn[], order: Int32Array): ReportGroup {
  const key: Record<string, KeyValue> = {};
  run.path.forEach((id, d) => {
    key[dimensions[d]!.name] = id < 0 ? null : dimensions[d]!.values[id]!;
  });
  const last = dimensions[run.level - 1]!;
  const id = run.path[run.level - 1]!;
  const periodStart = last.kind === 'period' && id >= 0 ? last.starts![id] : undefined;
  // A run holds its rows by subgroup; in input order they read as the table does (the innermost
  // level's runs are in input order already: the sorts are stable).
  const rows =
    run.level === dimensions.length ? order.slice(run.start, run.end) : order.slice(run.start, run.end).sort();
  return {
    key,
    level: run.level,
    ...(periodStart !== undefined ? { periodStart } : {}),
    rows,
    rowCount: rows.length,
    total: run.total,
  };
}
