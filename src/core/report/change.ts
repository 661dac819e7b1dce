/**
 * Change over time: each KPI of a period beside the same KPI of the period it is compared with
 * (the one before, or the same one a year before), for the same values of the outer dimensions.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog } from '../catalog/catalog';
import type { TotalRow } from '../totals';
import { comparedPeriod, periodLabel, type PeriodOptions } from '../dates/periods';
import type { MetricChange, ReportGroup, ReportSpec } from './types';

/**
 * The change of every metric the current total shows. No relative change where the previous
 * value is missing or 0, with the reason; `better` follows the metric's direction.
 */
export function changeOf(
  current: TotalRow,
  previous: TotalRow | undefined,
  previousLabel: string,
  catalog: Catalog,
): Record<string, MetricChange> {
  const change: Record<string, MetricChange> = {};
  const before = new Map(previous?.results.map((r) => [r.id, r.value]));
  const ids = [
    ...current.results.map((r) => r.id),
    ...current.notAggregable.map((n) => n.id),
    ...current.problems.map((p) => p.id),
  ];
  const now = new Map(current.results.map((r) => [r.id, r.value]));
  for (const id of ids)
    change[id] = metricChange(
      now.get(id),
      before.get(id),
      previous === undefined,
      previousLabel,
      catalog.metric(id)?.direction,
    );
  return change;
}

function metricChange(
  now: number | undefined,
  before: number | undefined,
  noPeriod: boolean,
  previousLabel: string,
  direction: string | undefined,
): MetricChange {
  if (before === undefined) {
    const reason = noPeriod ? l10n.t('no rows for {0}', previousLabel) : l10n.t('no value for {0}', previousLabel);
    return { previous: null, absolute: null, relative: null, reason };
  }
  if (now === undefined)
    return { previous: before, absolute: null, relative: null, reason: l10n.t('no value for this period') };
  const absolute = now - before;
  const better = direction === 'higher' ? absolute > 0 : direction === 'lower' ? absolute < 0 : undefined;
  const withBetter = absolute !== 0 && better !== undefined ? { better } : {};
  if (before === 0)
    return {
      previous: before,
      absolute,
      relative: null,
      reason: l10n.t('{0} was 0: no relative change from 0', previousLabel),
      ...withBetter,
    };
  return { previous: before, absolute, relative: absolute / Math.abs(before), ...withBetter };
}

/**
 * Each group at the period level (`depth`) with its change from the compared period of the same
 * outer groups; `outerOf(i)` names group i's outer groups, however the caller keys them.
 */
export function withChanges(
  groups: readonly ReportGroup[],
  depth: number,
  outerOf: (index: number) => string,
  spec: ReportSpec,
  options: PeriodOptions,
  catalog: Catalog,
): ReportGroup[] {
  const byKey = new Map<string, ReportGroup>();
  groups.forEach((group, i) => {
    if (group.level === depth && group.periodStart !== undefined)
      byKey.set(`${outerOf(i)}@${group.periodStart}`, group);
  });
  return groups.map((group, i) => {
    if (group.level !== depth || group.periodStart === undefined) return group;
    const before = comparedPeriod(group.periodStart, spec.period!, spec.compare!, options);
    const previous = byKey.get(`${outerOf(i)}@${before}`);
    const label = periodLabel(before, spec.period!, options);
    return { ...group, change: changeOf(group.total, previous?.total, label, catalog) };
  });
}
