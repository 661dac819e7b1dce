/**
 * The change from the compared period, as the last step of a report's SQL: the KPIs of every
 * group (report_kpis) joined with themselves, each group of the period level beside the group
 * with the same outer keys whose period is the compared one (periodSql.ts' comparedPeriodSql).
 * A missing period is no row to join: no previous value, never the period before it. Per KPI:
 * `<kpi>_previous`, `<kpi>_change` (this minus previous) and `<kpi>_change_pct` (the change as a
 * fraction of the previous value's magnitude, as the core's `relative`), NULL where the core
 * has none: no compared row or value, a previous value of 0, a level above the period's.
 * The join is on groups, not rows: its cost follows the number of groups.
 *   https://duckdb.org/docs/stable/sql/expressions/comparison_operators (IS NOT DISTINCT FROM)
 *   https://learn.microsoft.com/en-us/sql/t-sql/queries/is-distinct-from-transact-sql (SQL Server 2022 on)
 *   https://www.sqlite.org/lang_expr.html (IS: NULL-safe equal)
 */
import { comparedPeriodSql } from './periodSql';
import type { ReportPlan } from './reportPlan';
import { sqlName } from './sql';
import { sqlRules, type SqlDialect } from './sqlDialects';

/** The alias of this period's groups and that of the groups they are compared with. */
const NOW = 'cur';
const BEFORE = 'prev';

type Dialect = Exclude<SqlDialect, 'portable'>;

/**
 * The report's last step with the comparison: `report_kpis` (keys, level and KPIs, as the report
 * without comparison ends) and the query joining it with itself. `kpis` are `expression AS name`.
 */
export function comparisonSql(
  plan: ReportPlan & { readonly period: NonNullable<ReportPlan['period']> },
  comparison: NonNullable<NonNullable<ReportPlan['period']>['compare']>,
  kpis: readonly string[],
  level: string,
  dialect: Dialect,
): string[] {
  const name = (n: string) => sqlName(n, dialect);
  const outer = plan.dimensions.map((d) => name(d.name));
  const period = name(plan.period.name);
  const keys = [...outer, period];
  const depth = keys.length;
  const start = comparedPeriodSql(plan.period.unit, comparison, `${NOW}.${period}`, dialect, plan.period.weekStart);
  const columns = [
    ...[...keys, level].map((k) => `${NOW}.${k}`),
    ...plan.metrics.flatMap((m) => changeColumns(name(m.id), (suffix) => name(`${m.id}${suffix}`), dialect)),
  ];
  return [
    'report_kpis AS (',
    `  SELECT ${[...keys, level, ...kpis].join(',\n         ')}`,
    '  FROM report_groups',
    ')',
    `SELECT ${columns.join(',\n       ')}`,
    `FROM report_kpis AS ${NOW}`,
    `LEFT JOIN report_kpis AS ${BEFORE}`,
    `  ON ${NOW}.${level} = ${depth}`,
    `  AND ${BEFORE}.${level} = ${depth}`,
    ...outer.map((k) => `  AND ${sameKey(`${BEFORE}.${k}`, `${NOW}.${k}`, dialect)}`),
    `  AND ${BEFORE}.${period} = ${start}`,
    `ORDER BY ${[level, ...keys].map((k) => `${NOW}.${k}`).join(', ')};`,
  ];
}

/** A KPI, its compared value, the change and the change as a fraction of the compared value. */
function changeColumns(kpi: string, named: (suffix: string) => string, dialect: Dialect): string[] {
  const now = `${NOW}.${kpi}`;
  const before = `${BEFORE}.${kpi}`;
  const change = `${now} - ${before}`;
  return [
    now,
    `${before} AS ${named('_previous')}`,
    `${change} AS ${named('_change')}`,
    `${relative(change, before, dialect)} AS ${named('_change_pct')}`,
  ];
}

/**
 * (now − before) / |before|, NULL where before is 0, divided as floats by the dialect's rules
 * (sqlDialects.ts): a KPI that is a difference of integer or DECIMAL sums stays exact otherwise.
 */
function relative(change: string, before: string, dialect: Dialect): string {
  const rules = sqlRules(dialect);
  const dividend =
    rules.floatWhen === 'never'
      ? `(${change})`
      : 'cast' in rules.float
        ? `CAST(${change} AS ${rules.float.cast})`
        : `1.0e0 * (${change})`;
  const divisor = `ABS(${before})`;
  return rules.divide === 'nullif' ? `${dividend} / NULLIF(${divisor}, 0)` : `${rules.divide}(${dividend}, ${divisor})`;
}

/**
 * Equal, or both NULL: an empty cell is a group of its own, compared with the empty cell's
 * group of the period before, as in the core. Spelled out, as standard SQL every engine reads
 * (SQL Server before 2022 and Redshift have no NULL-safe equal; node-sql-parser, which checks
 * the SQL of the engines that cannot run here, reads neither `IS NOT DISTINCT FROM` nor `<=>`):
 * the period's equality is the join's hash key, this a filter within a period's groups.
 * DuckDB, which runs here and hashes on it, and SQLite have a short form.
 */
function sameKey(a: string, b: string, dialect: Dialect): string {
  if (dialect === 'duckdb') return `${a} IS NOT DISTINCT FROM ${b}`;
  if (dialect === 'sqlite') return `${a} IS ${b}`;
  return `(${a} = ${b} OR (${a} IS NULL AND ${b} IS NULL))`;
}
