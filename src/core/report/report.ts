/**
 * KPIs by campaign, channel and period: `report(input, spec, options)`. The table is read as
 * Evaluate Selection reads it (analyseTable: platform column names, mappings, the export's own
 * KPIs checked), every group's total is a ratio of sums by the rules of the TOTAL row, with
 * subtotals per level, and each period can be compared with the one before.
 */
import { analyseTable } from '../columns/analyseTable';
import { type PeriodOptions } from '../dates/periods';
import type { Failure } from '../errors';
import { aggregateTable } from '../engine/aggregateTable';
import { catalogOf, type CoreOptions } from '../options';
import type { TotalRow } from '../totals';
import { withChanges } from './change';
import { dateColumn, findColumn, periodDimension, textDimension, type DimensionColumn } from './dimensions';
import { groupRows, type GroupRun } from './groups';
import { columnsOf, type ReportInput } from './source';
import { noSuchMetric, periodNotes } from './notes';
import { checkSpec } from './spec';
import type { KeyValue, Report, ReportGroup, ReportSpec } from './types';

export type { ReportInput } from './source';

export function report(input: ReportInput, spec: ReportSpec = {}, options: CoreOptions = {}): Report | Failure {
  const specProblem = checkSpec(spec);
  if (specProblem) return specProblem;
  const catalog = catalogOf(options);
  const unknown = spec.metrics?.find((id) => !catalog.metric(id));
  if (unknown !== undefined) return noSuchMetric(unknown);
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
    undatedRows = rowsWithout(period.dimension);
    notes.push(
      ...periodNotes({
        column: column.name,
        pattern: period.pattern,
        others,
        period: spec.period,
        weekStart: spec.weekStart,
        rows: columns.rowCount,
        undated: undatedRows.length,
        firstUndated: undatedRows[0],
      }),
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
