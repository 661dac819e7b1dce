/**
 * A report as the view shows it: one row of text per group (formatted here, in the user's
 * locale, like the flat table's cells), each cell with the number it sorts by, change cells
 * with their colour class, and a chart per KPI. Rows of the input are never sent: only groups.
 */
import * as l10n from '@vscode/l10n';
import type { ValueFormatter } from '../formats';
import { MAX_CHART_POINTS, MAX_REPORT_GROUPS, type ViewReport, type ViewReportCell } from '../protocol';
import type { ChartData } from './chart';
import { choiceText } from './choice';
import { changeCell, groupLabel, isCompared, valueOf, type ReportColumn, type ReportTable } from './reportTable';
import type { ReportGroup, TotalRow } from '../../core';

/** Bars of a chart by group: more would be unreadable; the largest are kept. */
const CHART_BARS = 20;

export function viewReportOf(table: ReportTable, formatter: ValueFormatter, locale?: string): ViewReport {
  const { report, columns } = table;
  const compared = isCompared(table);
  const groups = report.groups.slice(0, MAX_REPORT_GROUPS);
  const notes = [...report.notes];
  if (report.groups.length > groups.length)
    notes.unshift(
      l10n.t(
        'The view shows the first {0} of {1} groups; Insert and Copy include all of them.',
        MAX_REPORT_GROUPS.toLocaleString(locale ?? 'en-US'),
        report.groups.length.toLocaleString(locale ?? 'en-US'),
      ),
    );
  return {
    title: choiceText(table.choice),
    levels: report.dimensions.map((d) => d.name),
    columns: viewColumnsOf(columns, compared),
    rows: groups.map((group) => ({
      level: group.level,
      label: groupLabel(report, group),
      cells: cellsOf(group.total, columns, formatter, compared, group, locale),
    })),
    groupCount: report.groups.length,
    total: cellsOf(report.total, columns, formatter, compared, undefined, locale),
    // A KPI no group has a value of (frequency where reach does not add up) gets no empty chart:
    // its column says why in each cell.
    charts: columns
      .filter((c) => c.kind === 'kpi')
      .map((c) => chartOf(table, c, formatter))
      .filter((chart) => chart.points.length > 0),
    notes,
    canCompare: report.dimensions.some((d) => d.kind === 'period'),
  };
}

/** A group's cells (or the grand total's, without `group`), in the order of the view's columns. */
export function cellsOf(
  total: TotalRow,
  columns: readonly ReportColumn[],
  formatter: ValueFormatter,
  compared: boolean,
  group: ReportGroup | undefined,
  locale?: string,
): ViewReportCell[] {
  return columns.flatMap((column) => {
    const { value, problem } = valueOf(total, column);
    const cell: ViewReportCell = {
      text: value === null ? (problem !== undefined ? '—' : '') : formatter(value, column.unit, column.decimals),
      sort: value,
      ...(problem !== undefined ? { problem } : {}),
    };
    if (!compared || column.kind !== 'kpi') return [cell];
    const change = group?.change?.[column.id];
    const shown = changeCell(change, locale);
    const sort =
      change?.relative !== null && change?.relative !== undefined && Number.isFinite(change.relative)
        ? change.relative
        : null;
    return [
      cell,
      shown
        ? { text: shown.text, sort, tone: shown.tone, ...(shown.reason !== undefined ? { problem: shown.reason } : {}) }
        : { text: '', sort: null },
    ];
  });
}

/** Each KPI column, followed by its change column when the report was compared. */
export function viewColumnsOf(columns: readonly ReportColumn[], compared: boolean): ViewReport['columns'] {
  return columns.flatMap((c) => [
    { label: c.label, kind: c.kind, metric: c.id },
    ...(compared && c.kind === 'kpi' ? [{ label: `Δ ${c.label}`, kind: 'change' as const, metric: c.id }] : []),
  ]);
}

/**
 * A KPI's chart: a line over the periods when the outermost level is a period, else bars of
 * the outermost groups (the largest CHART_BARS of them, in the report's order).
 */
export function chartOf(table: ReportTable, column: ReportColumn, formatter: ValueFormatter): ChartData {
  const { report } = table;
  const outer = report.dimensions[0];
  const top = report.groups.filter((g) => g.level === 1);
  const points = top.flatMap((g) => {
    const { value } = valueOf(g.total, column);
    return value === null
      ? []
      : [{ label: groupLabel(report, g), value, text: formatter(value, column.unit, column.decimals) }];
  });
  const by = outer?.kind === 'period' ? outer.name : (outer?.column ?? '');
  const title = l10n.t('{0} by {1}', column.label, by);
  if (outer?.kind === 'period')
    return {
      metric: column.id,
      title,
      kind: 'line',
      points: points.slice(-MAX_CHART_POINTS),
    };
  if (points.length <= CHART_BARS) return { metric: column.id, title, kind: 'bars', points };
  const largest = new Set([...points].sort((a, b) => b.value - a.value).slice(0, CHART_BARS));
  return {
    metric: column.id,
    title,
    kind: 'bars',
    points: points.filter((p) => largest.has(p)),
    note: l10n.t('The {0} largest of {1} groups.', CHART_BARS, points.length),
  };
}
