/**
 * A breakdown as the user chooses it in "Break down by…" and "Compare periods…": the table's
 * dimension columns by name, a period of its date column, and a comparison. Kept per
 * workspace and applied again to the next table that has those columns. No `vscode` import.
 */
import * as l10n from '@vscode/l10n';
import type { ReportSpec } from '../../core';
import type { TableModel } from '../model';

export type ReportPeriod = NonNullable<ReportSpec['period']>;
export type ReportComparison = NonNullable<ReportSpec['compare']>;

export const PERIODS: readonly ReportPeriod[] = ['day', 'week', 'month', 'quarter', 'year'];
export const COMPARISONS: readonly ReportComparison[] = ['previousPeriod', 'previousYear'];

export interface BreakdownChoice {
  /** Dimension columns by their header, outermost first. */
  readonly groupBy: readonly string[];
  readonly period?: ReportPeriod;
  readonly compare?: ReportComparison;
}

export const NO_BREAKDOWN: BreakdownChoice = { groupBy: [] };

/** What a table offers to break down by: its text dimensions, and whether it has a date column. */
export interface BreakdownOptions {
  readonly dimensions: readonly string[];
  readonly dates: readonly string[];
}

export function breakdownOptionsOf(model: TableModel): BreakdownOptions {
  const labels = model.columns.filter((c) => c.kind === 'label' && c.dimension !== undefined);
  // A date column is broken down by period; as text it would give a group per day anyway.
  return {
    dimensions: labels.filter((c) => c.dimension !== 'date').map((c) => c.key),
    dates: labels.filter((c) => c.dimension === 'date').map((c) => c.key),
  };
}

export function canBreakDown(options: BreakdownOptions): boolean {
  return options.dimensions.length + options.dates.length > 0;
}

export function isBreakdown(choice: BreakdownChoice): boolean {
  return choice.groupBy.length > 0 || choice.period !== undefined;
}

/** Whether a remembered choice applies to this table: every column it names is there. */
export function fits(choice: BreakdownChoice, options: BreakdownOptions): boolean {
  return (
    isBreakdown(choice) &&
    choice.groupBy.every((name) => options.dimensions.includes(name)) &&
    (choice.period === undefined || options.dates.length > 0)
  );
}

export function specOf(choice: BreakdownChoice): ReportSpec {
  return {
    groupBy: choice.groupBy,
    ...(choice.period !== undefined ? { period: choice.period } : {}),
    // A comparison needs a period: without one it is dropped rather than refused.
    ...(choice.period !== undefined && choice.compare !== undefined ? { compare: choice.compare } : {}),
  };
}

/** "Campaign name › month, compared with the previous period" */
export function choiceText(choice: BreakdownChoice): string {
  const levels = [...choice.groupBy, ...(choice.period !== undefined ? [choice.period] : [])].join(' › ');
  if (choice.period === undefined || choice.compare === undefined) return levels;
  return choice.compare === 'previousPeriod'
    ? l10n.t('{0}, compared with the previous period', levels)
    : l10n.t('{0}, compared with the same period a year before', levels);
}
