/**
 * A report as pandas: the rows renamed and scaled into `rows`, the inputs summed per group for
 * every level (the finest first, then each coarser one, then the grand total, level 0), then
 * each KPI over its group's sums — a ratio of sums, as the core totals, with NaN where a
 * denominator is 0 (never inf). An input with a gap in a group gives that group no sum
 * (`count == size`, as the core); a head count (reach) is kept only where every row agrees.
 * An empty cell in a column that adds up is 0, as platforms mean it and the core reads it.
 * Compared with a period before, each KPI's previous value and change follow (comparisonPandas).
 */
import type { ReportPlan } from './reportPlan';
import { pandasColumn } from './pandas';
import { snakeCase } from './writer';

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
    // The sums are named as in `rows` (gross_profit), the formula's inputs by id (grossProfit).
    ...plan.metrics.map((m) => `report[${text(m.id)}] = ${pandasColumn(m.expr, 'report', snakeCase)}`),
    ...(plan.period?.compare
      ? comparisonPandas(
          plan.period,
          plan.metrics.map((m) => text(m.id)),
        )
      : []),
  ].join('\n');
}

/**
 * Each group of the period level beside the group with the same outer keys whose period is the
 * compared one, by the core's calendar (a missing period gives no previous value): a left merge
 * of the report with its own period-level rows, the period shifted. pandas' merge matches empty
 * keys with each other, as the core groups empty cells. Per KPI: `<kpi>_previous`, `<kpi>_change`
 * and `<kpi>_change_pct` (the change as a fraction of the previous value's magnitude), NaN where
 * the core has none.
 */
function comparisonPandas(period: NonNullable<ReportPlan['period']>, metrics: readonly string[]): string[] {
  const name = JSON.stringify(period.name);
  const compared = JSON.stringify(`compared_${period.name}`);
  const isoYear = period.compare === 'previousYear' && period.unit === 'week' && period.weekStart === 1;
  return [
    '',
    '',
    ...(isoYear
      ? [
          'def same_week_a_year_before(monday):',
          '    # ISO 8601: the week of the same number, 52 weeks back, or 53 where that is another number.',
          '    back = monday - pd.Timedelta(days=364)',
          '    same = back.dt.isocalendar().week == monday.dt.isocalendar().week',
          '    return back.where(same, monday - pd.Timedelta(days=371))',
          '',
          '',
        ]
      : []),
    `metrics = [${metrics.join(', ')}]`,
    'at_period = (report["grouping_level"] == len(keys)) & report[keys[-1]].notna()',
    'before = report.loc[at_period, keys + metrics].rename(',
    `    columns={${name}: ${compared}, **{m: m + "_previous" for m in metrics}}`,
    ')',
    `report[${compared}] = ${comparedPandas(period, `report[${name}]`)}.where(at_period)`,
    `report = report.merge(before, on=keys[:-1] + [${compared}], how="left").drop(columns=${compared})`,
    'for m in metrics:',
    '    previous = report[m + "_previous"]',
    '    report[m + "_change"] = report[m] - previous',
    '    report[m + "_change_pct"] = report[m + "_change"] / previous.abs().where(previous != 0)',
  ];
}

/** The first day of the compared period, from a period's first day (dates/periods.ts). */
function comparedPandas(period: NonNullable<ReportPlan['period']>, column: string): string {
  if (period.compare === 'previousYear') {
    if (period.unit !== 'week') return `(${column} - pd.DateOffset(years=1))`;
    return period.weekStart === 1 ? `same_week_a_year_before(${column})` : `(${column} - pd.Timedelta(days=364))`;
  }
  if (period.unit === 'day' || period.unit === 'week')
    return `(${column} - pd.Timedelta(days=${period.unit === 'day' ? 1 : 7}))`;
  return `(${column} - pd.DateOffset(months=${{ month: 1, quarter: 3, year: 12 }[period.unit]}))`;
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
