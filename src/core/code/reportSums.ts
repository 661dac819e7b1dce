/**
 * A report computed where the data is, finished by the core: the engine sums each input per
 * group over every row (reportSumsSql: SUM, COUNT, MIN, MAX with ROLLUP), and the core turns
 * those sums into KPIs, reasons and changes by its own rules (reportOfSums). This is how Compute
 * KPIs for File reads a file of any size with DuckDB while keeping one engine for the numbers.
 */
import type { Failure } from '../errors';
import { reportOfSums, type GroupSums } from '../report/fromSums';
import type { Report, ReportDimension, ReportSpec } from '../report/types';
import type { InputSums } from '../totals';
import { reportPlan, type ReportCodeOptions, type ReportPlan } from './reportPlan';
import { LEVEL, reportSumsSql } from './reportSql';
import type { SqlDialect } from './sqlDialects';

export interface ReportSumsQuery {
  readonly ok: true;
  /** The query to run: one row per group of every level, the grand total at level 0. */
  readonly sql: string;
  /** The dimensions of the report, outermost first, the period last. */
  readonly dimensions: readonly ReportDimension[];
  /** The report from the query's rows (objects by column name, as the engine returns them). */
  finish(rows: readonly Readonly<Record<string, unknown>>[], notes?: readonly string[]): Report;
}

export function reportSumsQuery(
  spec: ReportSpec,
  options: ReportCodeOptions & { readonly dialect?: Exclude<SqlDialect, 'portable'> },
): ReportSumsQuery | Failure {
  const plan = reportPlan(spec, { ...options, everyInput: true }, options.table ?? 'exports');
  if ('ok' in plan) return plan;
  const dimensions: ReportDimension[] = [
    ...plan.dimensions.map((d, i) => ({ name: spec.groupBy![i]!, column: d.source, kind: 'dimension' as const })),
    ...(plan.period ? [{ name: plan.period.unit, column: plan.period.source, kind: 'period' as const }] : []),
  ];
  return {
    ok: true,
    sql: reportSumsSql(plan, options.dialect ?? 'duckdb'),
    dimensions,
    finish: (rows, notes = []) => reportOfSums(dimensions, rows.map(groupSumsOf(plan)), spec, options, notes),
  };
}

/** A row of the sums query as a group: its key (a period as days since 1970-01-01) and each input's sums. */
function groupSumsOf(plan: ReportPlan): (row: Readonly<Record<string, unknown>>) => GroupSums {
  const keys = [...plan.dimensions.map((d) => d.name), ...(plan.period ? [plan.period.name] : [])];
  return (row) => {
    const level = Number(row[LEVEL]);
    const key = keys.map((k, i) => {
      const value = row[k];
      if (i >= level || value === null || value === undefined) return null;
      return plan.period && i === keys.length - 1 ? dayNumber(value) : String(value);
    });
    const inputs = new Map<string, InputSums>();
    for (const input of plan.inputs) {
      const count = Number(row[`${input.name}_count`] ?? 0);
      inputs.set(input.id, {
        sum: Number(row[`${input.name}_sum`] ?? 0),
        count,
        min: Number(row[`${input.name}_min`] ?? NaN),
        max: Number(row[`${input.name}_max`] ?? NaN),
      });
    }
    return { key, level, rowCount: Number(row.row_count), inputs };
  };
}

/** A DATE as the engine returns it (a Date, `2026-03-01`, or a day number) as days since 1970-01-01. */
function dayNumber(value: unknown): number | null {
  if (typeof value === 'number' || typeof value === 'bigint') return Number(value);
  const time = value instanceof Date ? value.getTime() : Date.parse(`${String(value).slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(time) ? Math.round(time / 864e5) : null;
}
