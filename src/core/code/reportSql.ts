/**
 * A report as one SQL query: the rows renamed and scaled (report_rows), the inputs summed per
 * group with subtotals per level and the grand total (report_sums: GROUP BY ROLLUP, or UNION
 * ALL of each level where the engine has no ROLLUP), blanks read as the core reads them
 * (report_groups), then each KPI over its group's sums — a ratio of sums, as the core totals —
 * and, compared with a period before, each KPI's change (compareSql.ts: a join of the groups).
 * One pass over the table, and memory bounded by the number of groups: no window over the rows.
 *   ROLLUP and GROUPING(): https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-GROUPING-SETS
 *   MySQL's WITH ROLLUP: https://dev.mysql.com/doc/refman/8.0/en/group-by-modifiers.html
 *   SQLite has neither: https://www.sqlite.org/lang_select.html
 */
import type { Catalog } from '../catalog/catalog';
import { comparisonSql } from './compareSql';
import { periodSql } from './periodSql';
import type { ReportPlan } from './reportPlan';
import { sqlExpression, sqlName } from './sql';
import type { SqlDialect } from './sqlDialects';
import { sqlRules } from './sqlDialects';

/** The column that says a row's level: 0 for the grand total, up to the number of dimensions. */
export const LEVEL = 'grouping_level';

export function reportSql(plan: ReportPlan, catalog: Catalog, dialect: SqlDialect = 'portable'): string {
  const name = (n: string) => sqlName(n, dialect);
  const keys = [...plan.dimensions.map((d) => d.name), ...(plan.period ? [plan.period.name] : [])].map(name);
  const rows = rowColumns(plan, dialect);
  const sums = plan.inputs.flatMap((i) => sumsOf(name(i.name), name(`${i.name}_filled`), i.additive, dialect));
  const inputs = plan.inputs.map((i) =>
    i.additive ? zeroBlanks(name(i.name), name(`${i.name}_filled`)) : name(i.name),
  );
  const kpis = plan.metrics.map((m) => `${sqlExpression(m.expr, catalog, dialect)} AS ${name(m.id)}`);
  // Compared with a period before: the KPIs become a step of their own, joined with themselves.
  const compare = plan.period?.compare;
  const last =
    plan.period && compare && dialect !== 'portable'
      ? ['),', ...comparisonSql({ ...plan, period: plan.period }, compare, kpis, LEVEL, dialect)]
      : [
          ')',
          `SELECT ${[...keys, LEVEL, ...kpis].join(',\n       ')}`,
          'FROM report_groups',
          `ORDER BY ${[LEVEL, ...keys].join(', ')};`,
        ];
  const lines = [
    ...plan.notes.map((note) => `-- ${note}`),
    'WITH report_rows AS (',
    `  SELECT ${rows.join(',\n         ')}`,
    `  FROM ${plan.table}`,
    '),',
    'report_sums AS (',
    ...grouped(keys, sums, dialect),
    '),',
    'report_groups AS (',
    `  SELECT ${[...keys, LEVEL, ...inputs].join(',\n         ')}`,
    '  FROM report_sums',
    ...last,
  ];
  return lines.join('\n');
}

/**
 * The sums a report is computed from, for the core to finish (reportOfSums): per group of every
 * level, its rows and each input's SUM, COUNT, MIN and MAX — what the core's total row reads
 * from rows, so its rules (a head count kept where every row agrees, blanks, the reasons) and
 * its formulas stay in the core. Used by Compute KPIs for File on DuckDB.
 */
export function reportSumsSql(plan: ReportPlan, dialect: Exclude<SqlDialect, 'portable'>): string {
  const name = (n: string) => sqlName(n, dialect);
  const keys = [...plan.dimensions.map((d) => d.name), ...(plan.period ? [plan.period.name] : [])].map(name);
  const sums = [
    'COUNT(*) AS row_count',
    ...plan.inputs.flatMap((i) => {
      const c = name(i.name);
      return [
        `SUM(${c}) AS ${name(`${i.name}_sum`)}`,
        `COUNT(${c}) AS ${name(`${i.name}_count`)}`,
        `MIN(${c}) AS ${name(`${i.name}_min`)}`,
        `MAX(${c}) AS ${name(`${i.name}_max`)}`,
      ];
    }),
  ];
  return [
    'WITH report_rows AS (',
    `  SELECT ${rowColumns(plan, dialect).join(',\n         ')}`,
    `  FROM ${plan.table}`,
    ')',
    ...grouped(keys, sums, dialect),
    `ORDER BY ${[LEVEL, ...keys].join(', ')};`,
  ].join('\n');
}

/** report_rows' columns: dimensions, the period's first day, inputs scaled, each under its name in code. */
function rowColumns(plan: ReportPlan, dialect: SqlDialect): string[] {
  const name = (n: string) => sqlName(n, dialect);
  return [
    ...plan.dimensions.map((d) => `${name(d.source)} AS ${name(d.name)}`),
    ...(plan.period && dialect !== 'portable'
      ? [
          `${periodSql(plan.period.unit, name(plan.period.source), dialect, plan.period.weekStart, plan.period.format)} AS ${name(plan.period.name)}`,
        ]
      : []),
    ...plan.inputs.map((i) => {
      const column = i.decimal !== undefined ? numberOfText(name(i.source), i.decimal) : name(i.source);
      return `${column}${i.factor === 1 ? '' : ` * ${i.factor}`} AS ${name(i.name)}`;
    }),
  ];
}

/**
 * A number written as text (DuckDB): `$1,234.50`, `1.234,50 €`, `(500)` for −500. Everything
 * but digits, the decimal separator, an exponent and a sign is dropped; a cell that is still no
 * number is NULL, as an empty one.
 */
function numberOfText(column: string, decimal: '.' | ','): string {
  const text = `CAST(${column} AS VARCHAR)`;
  const kept = `regexp_replace(${text}, '[^0-9${decimal}eE+-]', '', 'g')`;
  const number = `TRY_CAST(${decimal === ',' ? `replace(${kept}, ',', '.')` : kept} AS DOUBLE)`;
  return `(CASE WHEN trim(${text}) LIKE '(%)' THEN -1 ELSE 1 END * ${number})`;
}

/**
 * An input's sums over a group. One that adds up: its sum and how many rows have it (the grand
 * total's count says whether the column has any value at all). A head count (reach): kept only
 * where every row of the group has it, with the same value.
 */
function sumsOf(column: string, filled: string, additive: boolean, dialect: SqlDialect): string[] {
  if (!additive)
    return [
      `CASE WHEN COUNT(${column}) = COUNT(*) AND MIN(${column}) = MAX(${column}) THEN MIN(${column}) END AS ${column}`,
    ];
  const summed = sqlRules(dialect).floatSums ? `SUM(CAST(${column} AS FLOAT))` : `SUM(${column})`;
  return [`${summed} AS ${column}`, `COUNT(${column}) AS ${filled}`];
}

/**
 * Platforms leave a zero blank (Meta's Leads on a day with none): in a column that adds up, an
 * empty cell is 0 — a group with only blanks sums to 0 — unless the whole column is empty, as
 * the core reads exports. The grand total's row (level 0) counts the whole column.
 */
function zeroBlanks(column: string, filled: string): string {
  const anywhere = `(SELECT ${filled} FROM report_sums WHERE ${LEVEL} = 0)`;
  return `CASE WHEN ${anywhere} > 0 THEN COALESCE(${column}, 0) END AS ${column}`;
}

/** Every level of grouping, from the finest to the grand total, with its level number. */
function grouped(keys: readonly string[], sums: readonly string[], dialect: SqlDialect): string[] {
  const n = keys.length;
  if (n === 0) return [`  SELECT 0 AS ${LEVEL}, ${sums.join(', ')}`, '  FROM report_rows'];
  if (dialect === 'portable' || dialect === 'sqlite') {
    const levels = Array.from({ length: n + 1 }, (_, k) => n - k).map((level) => {
      const columns = keys.map((key, i) => (i < level ? key : `NULL AS ${key}`));
      const by = level > 0 ? ` GROUP BY ${keys.slice(0, level).join(', ')}` : '';
      return `  SELECT ${[...columns, `${level} AS ${LEVEL}`, ...sums].join(', ')}\n  FROM report_rows${by}`;
    });
    return [levels.join('\n  UNION ALL\n')];
  }
  const level = `${n} - ${keys.map((k) => `GROUPING(${k})`).join(' - ')} AS ${LEVEL}`;
  const by = dialect === 'mysql' ? `${keys.join(', ')} WITH ROLLUP` : `ROLLUP (${keys.join(', ')})`;
  return [`  SELECT ${[...keys, level, ...sums].join(',\n         ')}`, '  FROM report_rows', `  GROUP BY ${by}`];
}
