/**
 * What `report` is asked for and what it gives: KPIs by dimension and period, each group's total
 * a ratio of sums by the rules of the total row (totals.ts), subtotals per level, a grand total,
 * and the change from the period before.
 */
import type { Comparison, Period } from '../dates/periods';
import type { TotalRow } from '../totals';

export interface ReportSpec {
  /** The metrics to show (ids or aliases); all those the table determines when absent. */
  readonly metrics?: readonly string[];
  /**
   * Dimensions to break down by, outermost first: a column's name as written (`Campaign name`)
   * or the kind of dimension the core reads it as (`campaign`, `channel`, `country`…).
   */
  readonly groupBy?: readonly string[];
  /** Buckets the date column into periods, the innermost level. */
  readonly period?: Period;
  /** The date column, when the table has several (by name or `date`); else the one it has. */
  readonly dateColumn?: string;
  /** Compares each period with the one before, or the same period a year before. Needs `period`. */
  readonly compare?: Comparison;
  /** First day of a week: 0 = Sunday … 6 = Saturday; default 1 (Monday, ISO 8601). */
  readonly weekStart?: number;
}

/** A dimension's value in a group's key: the text as written, a period's label, or null where the cell is empty. */
export type KeyValue = string | null;

export interface MetricChange {
  /** The previous period's value, or null where it has none. */
  readonly previous: number | null;
  /** This period's value minus the previous one; null when either is missing. */
  readonly absolute: number | null;
  /** The change as a fraction of the previous value (0.25 is +25 %); null when it cannot be had. */
  readonly relative: number | null;
  /** Why there is no relative change: "no 2026-02 in this breakdown", "the previous value is 0". */
  readonly reason?: string;
  /** Whether the change is good news by the metric's direction (a CPA that falls is); absent when neutral or unknown. */
  readonly better?: boolean;
}

export interface ReportGroup {
  /** The dimension values that make the group, outermost first: `{ channel: 'Search', month: '2026-03' }`. */
  readonly key: Readonly<Record<string, KeyValue>>;
  /** How many dimensions the key holds: 1 for the outermost, up to the number of dimensions. */
  readonly level: number;
  /** The first day of the group's period (days since 1970-01-01), when the level has one. */
  readonly periodStart?: number;
  /** Indices of the input rows in the group, in input order (empty when the rows were summed elsewhere: reportOfSums). */
  readonly rows: Int32Array;
  /** How many input rows the group has. */
  readonly rowCount: number;
  /** The group's KPIs by the rules of the total row. */
  readonly total: TotalRow;
  /** Per metric id, the change from the compared period (groups at the period level only). */
  readonly change?: Readonly<Record<string, MetricChange>>;
}

export interface ReportDimension {
  /** The key's property name: the spec's word (`channel`) or the period (`month`). */
  readonly name: string;
  /** The column it comes from. */
  readonly column: string;
  readonly kind: 'dimension' | 'period';
}

export interface Report {
  readonly ok: true;
  readonly dimensions: readonly ReportDimension[];
  /** Groups depth first: each group followed by its subgroups, siblings in order of first appearance (periods in time order). */
  readonly groups: readonly ReportGroup[];
  /** The grand total over every row. */
  readonly total: TotalRow;
  readonly rowCount: number;
  /** Rows left out of every group with a period, because their date could not be read. */
  readonly undatedRows: readonly number[];
  /** What was read how, and what was assumed: "Day: dates as yyyy-mm-dd", "weeks start on Monday (ISO 8601)". */
  readonly notes: readonly string[];
}
