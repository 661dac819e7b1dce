/**
 * A report as pandas: the rows renamed and scaled into `rows`, the inputs summed per group for
 * every level (the finest first, then each coarser one, then the grand total, level 0), then
 * each KPI over its group's sums — a ratio of sums, as the core totals, with NaN where a
 * denominator is 0 (never inf). An input with a gap in a group gives that group no sum
 * (`count == size`, as the core); a head count (reach) is kept only where every row agrees.
 * An empty cell in a column that adds up is 0, as platforms mean it and the core reads it.
 */
import type { ReportPlan } from './reportPlan';
import { pandasColumn } from './pandas';

/** pandas' period aliases, and the weekday (Monday = 0) each `weekStart` (Sunday = 0) is. */
const PERIOD_ALIAS = { month: 'M', quarter: 'Q', year: 'Y' } as const;

export function reportPandas(plan: ReportPlan): string {
  const frame = plan.table;
  const text = (s: string) => JSON.stringify(s);
  const numeric = (i: ReportPlan['inputs'][number]) => {
    const value = `pd.to_numeric(${frame}[${text(i.source)}], errors="coerce")${i.factor === 1 ? '' : ` * ${i.factor}`}`;
    return i.additive ? `zero_blanks(${value})` : value;
  };
  const keys = [...plan.dimensions.map((d) => d.name), ...(plan.period ? [plan.period.name] : [])];
  const additive = plan.inputs.filter((i) => i.additive).map((i) => text(i.name));
  const heads = plan.inputs.filter((i) => !i.additive).map((i) => text(i.name));
  return [
    ...plan.notes.map((note) => `# ${note}`),
    'import pandas as pd',
    '',
    '',
    'def zero_blanks(column):',
    '    # Platforms leave a zero blank: in a column that adds up, an empty cell is 0 (unless all are).',
    '    return column.fillna(0) if column.notna().any() else column',
    '',
    '',
    'rows = pd.DataFrame({',
    ...plan.dimensions.map((d) => `    ${text(d.name)}: ${frame}[${text(d.source)}],`),
    ...(plan.period
      ? [`    ${text(plan.period.name)}: ${periodPandas(plan.period, `${frame}[${text(plan.period.source)}]`)},`]
      : []),
    ...plan.inputs.map((i) => `    ${text(i.name)}: ${numeric(i)},`),
    '})',
    `keys = [${keys.map(text).join(', ')}]`,
    '',
    '',
    'def sums(grouped):',
    '    size = grouped.size()',
    '    out = {}',
    `    for name in [${additive.join(', ')}]:`,
    '        out[name] = grouped[name].sum().where(grouped[name].count() == size)',
    `    for name in [${heads.join(', ')}]:`,
    '        low, high = grouped[name].min(), grouped[name].max()',
    '        out[name] = low.where((grouped[name].count() == size) & (low == high))',
    '    return pd.DataFrame(out)',
    '',
    '',
    'levels = []',
    'for level in range(len(keys), -1, -1):',
    '    by = keys[:level]',
    '    grouped = rows.groupby(by if by else (lambda _: 0), dropna=False, sort=True)',
    '    part = sums(grouped).reset_index(drop=not by)',
    '    part["grouping_level"] = level',
    '    levels.append(part)',
    'report = pd.concat(levels, ignore_index=True)',
    ...plan.metrics.map((m) => `report[${text(m.id)}] = ${pandasColumn(m.expr, 'report')}`),
  ].join('\n');
}

/** The first day of each date's period, as a date. */
function periodPandas(period: NonNullable<ReportPlan['period']>, column: string): string {
  const dates = `pd.to_datetime(${column})`;
  if (period.unit === 'day') return `${dates}.dt.normalize()`;
  if (period.unit === 'week') {
    // pandas counts weekdays from Monday = 0; weekStart counts from Sunday = 0.
    const start = (period.weekStart + 6) % 7;
    return `${dates}.dt.normalize() - pd.to_timedelta((${dates}.dt.dayofweek - ${start}) % 7, unit="D")`;
  }
  return `${dates}.dt.to_period("${PERIOD_ALIAS[period.unit]}").dt.start_time`;
}
