/**
 * A report as the results view and its writers hold it: the core's groups with the columns of
 * the flat table they replace (its KPI columns, then its input columns: the same ids, units
 * and fraction digits), so a group's CTR reads like a row's. No `vscode` import.
 */
import * as l10n from '@vscode/l10n';
import type { MetricChange, Report, ReportGroup, TotalRow, Unit } from '../../core';
import type { TableModel } from '../model';
import type { BreakdownChoice } from './choice';

export interface ReportColumn {
  /** CSV header and JSON key: the metric id, or the input column's name. */
  readonly key: string;
  readonly label: string;
  readonly kind: 'kpi' | 'input';
  /** The metric or quantity id the group totals hold. */
  readonly id: string;
  readonly unit?: Unit;
  readonly decimals?: number;
  readonly factor?: number;
}

export interface ReportTable {
  readonly choice: BreakdownChoice;
  readonly report: Report;
  readonly columns: readonly ReportColumn[];
}

/** The flat table's KPI columns, then one column per input quantity (its first column), in display order. */
export function reportColumnsOf(model: TableModel): ReportColumn[] {
  const seen = new Set<string>();
  const columns: ReportColumn[] = [];
  for (const kind of ['kpi', 'input'] as const) {
    for (const c of model.columns) {
      if (c.kind !== kind || c.id === undefined || seen.has(c.id)) continue;
      seen.add(c.id);
      columns.push({
        key: c.key,
        label: c.label,
        kind,
        id: c.id,
        ...(c.unit !== undefined ? { unit: c.unit } : {}),
        ...(c.decimals !== undefined ? { decimals: c.decimals } : {}),
        ...(c.factor !== undefined ? { factor: c.factor } : {}),
      });
    }
  }
  return columns;
}

/** A column's value in a total (a group's or the grand one), or why it has none. */
export function valueOf(
  total: TotalRow,
  column: ReportColumn,
): { readonly value: number | null; readonly problem?: string } {
  if (column.kind === 'input') {
    const sum = total.inputs.get(column.id);
    return { value: sum === undefined || !Number.isFinite(sum) ? null : sum / (column.factor ?? 1) };
  }
  const result = total.results.find((m) => m.id === column.id);
  if (result && Number.isFinite(result.value)) return { value: result.value };
  const why =
    total.notAggregable.find((n) => n.id === column.id)?.reason ??
    total.problems.find((p) => p.id === column.id)?.error.message;
  return why !== undefined ? { value: null, problem: why } : { value: null };
}

/** The group's own value in its innermost dimension: "Lead Gen", "2024-03", or what an empty cell means. */
export function groupLabel(report: Report, group: ReportGroup): string {
  const dimension = report.dimensions[group.level - 1];
  if (!dimension) return '';
  const value = group.key[dimension.name];
  if (value !== null && value !== undefined) return value;
  return dimension.kind === 'period' ? '(no date)' : '(empty)';
}

/** Whether the report has change columns: it was compared, and a KPI column has a change. */
export function isCompared(table: ReportTable): boolean {
  return table.report.groups.some((g) => g.change !== undefined);
}

/** Colour class of a change: good or bad news by the metric's direction, neutral, or no change to show. */
export type ChangeTone = 'better' | 'worse' | 'neutral' | 'na';

export interface ChangeCell {
  /** "+9.1 %", "−3.0 %", "0.0 %", or "n/a". */
  readonly text: string;
  readonly tone: ChangeTone;
  /** Why there is no relative change; or what the colour means, for those who cannot see it. */
  readonly reason?: string;
}

/** A relative change as people read it: one decimal, an explicit sign (a true minus), a spaced %. */
export function changeCell(change: MetricChange | undefined, locale?: string): ChangeCell | undefined {
  if (!change) return undefined;
  if (change.relative === null || !Number.isFinite(change.relative))
    return { text: 'n/a', tone: 'na', reason: change.reason ?? l10n.t('no value to compare with') };
  const percent = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(change.relative * 100),
  );
  const sign =
    percent === new Intl.NumberFormat(locale, { minimumFractionDigits: 1 }).format(0)
      ? ''
      : change.relative > 0
        ? '+'
        : '\u2212';
  const tone: ChangeTone = change.better === undefined ? 'neutral' : change.better ? 'better' : 'worse';
  return {
    text: `${sign}${percent} %`,
    tone,
    ...(tone !== 'neutral' ? { reason: tone === 'better' ? l10n.t('better') : l10n.t('worse') } : {}),
  };
}
