// What the engine tests share: rows of every quantity, the metrics a table can total, and the
// core's total to compare with. Counts are integers and money has cents, as exports have them.
import {
  aggregate,
  BUILTIN_CATALOG,
  buildCatalog,
  builtinCatalog,
  evaluate,
  formulaAsCode,
  type Catalog,
  type Expr,
  type Inputs,
  type MetricDef,
} from '../../../../src/core';
import type { SqlDialect } from '../../../../src/core/code/sqlDialects';
import { denominators, expandMetrics } from '../../../../src/core/code/expand';
import { namesIn } from '../../../../src/core/expr/ast';
import { evaluateExpr } from '../../../../src/core/expr/evaluate';
import { parseExpression } from '../../../../src/core/expr/parser';

export const catalog = builtinCatalog();
export const snake = (id: string): string => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const quantities = BUILTIN_CATALOG.quantities;

/** Rows of every quantity: integers for counts, money with cents; each part below its whole. */
export function rows(count: number): Record<string, number>[] {
  const wholes = new Map<string, string>();
  // Sides that are sums or differences (promoters + detractors ≤ respondents) hold with these sizes already.
  const plain = (side: string) => /^\w+$/.test(side);
  for (const metric of BUILTIN_CATALOG.metrics)
    for (const { part, whole } of metric.parts ?? []) if (plain(part) && plain(whole)) wholes.set(whole, part);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole ten times its part, plus the row: clicks ≤ impressions, opens ≤ delivered…
    // Passes until nothing changes, as a whole may be another whole's part (SQLs of MQLs).
    for (let pass = 0; pass < 5; pass++)
      for (const [whole, part] of wholes) row[whole] = Math.max(row[whole]!, row[part]! * 10 + r);
    // Delivered is sent less bounced, as every email platform reports them.
    row['emailsSent'] = row['emailsDelivered']! + row['emailsBounced']!;
    return row;
  });
}

/** Metrics whose SQL is a ratio of sums (every input additive): the ones a table can total. */
export const TOTALLED = BUILTIN_CATALOG.metrics.filter((m) => {
  const code = formulaAsCode(m.id, 'sql');
  return code.ok && !code.code.includes('/* per row');
});

/** The core's ratio-of-sums total of one metric over the rows (with a formula variant chosen, when given). */
export function coreTotal(
  data: readonly Record<string, number>[],
  id: string,
  variants: Readonly<Record<string, string>> = {},
): number | undefined {
  return aggregate(data as Inputs[], [id], { catalog, variants }).total.results.find((r) => r.id === id)?.value;
}

export function sameNumber(engine: number, core: number): boolean {
  return Math.abs(engine - core) <= 1e-9 * Math.max(1, Math.abs(core));
}

/** One formula of a metric: its default one, or a variant chosen as `options.variants` chooses it. */
export interface FormulaCase {
  readonly id: string;
  readonly variant: string | undefined;
  readonly variants: Readonly<Record<string, string>>;
  /** `ctr`, `ctr (allClicks)`: the case in a test's title. */
  readonly title: string;
}

/** Every metric with every formula it has, so an engine test leaves no variant out. */
export const FORMULA_CASES: readonly FormulaCase[] = BUILTIN_CATALOG.metrics.flatMap((metric) =>
  [undefined, ...(metric.variants ?? []).map((v) => v.id)].map((variant) => ({
    id: metric.id,
    variant,
    variants: variant ? { [metric.id]: variant } : {},
    title: variant ? `${metric.id} (${variant})` : metric.id,
  })),
);

/** A case's formula expanded down to input columns, as Insert Formula as Code writes it. */
export function expandedFormula({ id, variant, variants }: FormulaCase): Expr {
  const formula = catalog.formula(id, variant);
  if (!formula) throw new Error(`no formula for ${id}`);
  return expandMetrics(formula.expr, catalog, variants, new Set([id]));
}

/**
 * Rows like `rows`, but whose parts and wholes may be sums or differences too (promoters +
 * detractors ≤ respondents, uniqueOpens ≤ emailsSent − emailsBounced): `rows` leaves the wholes
 * of such parts NaN. Every quantity has a number, and no field is a problem to the core.
 */
export function completeRows(count: number): Record<string, number>[] {
  const pairs = BUILTIN_CATALOG.metrics.flatMap((metric) => metric.parts ?? []);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole at least ten times its part, plus the row: the whole's first input grows by what
    // is missing. Passes until nothing changes, as a whole may be another whole's part.
    for (let pass = 0; pass < 5; pass++) {
      for (const { part, whole } of pairs) {
        const missing = 10 * sideValue(part, row) + r - sideValue(whole, row);
        const grown = namesIn(sideExpr(whole))[0]!;
        if (missing > 0) row[grown] = row[grown]! + missing;
      }
    }
    return row;
  });
}

function sideExpr(side: string): Expr {
  const parsed = parseExpression(side);
  if (!parsed.ok) throw new Error(`a part or whole that does not parse: ${side}`);
  return parsed.expr;
}

function sideValue(side: string, row: Readonly<Record<string, number>>): number {
  return evaluateExpr(sideExpr(side), { value: (name) => row[name] ?? NaN });
}

/** Every quantity some formula divides by, in its default form or a variant. */
export const DIVISORS: ReadonlySet<string> = new Set(
  FORMULA_CASES.flatMap((c) => denominators(expandedFormula(c)).flatMap((d) => namesIn(d))),
);

/** Divisors 0, the rest 7: x / 0, where an unguarded engine gives inf or #DIV/0! rather than 0 / 0's NaN. */
export const NO_DIVISORS: Readonly<Record<string, number>> = Object.fromEntries(
  quantities.map((q) => [q.id, DIVISORS.has(q.id) ? 0 : 7]),
);

/** A table's row as an engine gets it: null where the cell is empty. */
export type Cells = Record<string, number | null>;

/** Columns the written code reads that are metrics, not quantities (impressions = reach × frequency). */
export const METRIC_COLUMNS: readonly string[] = [
  ...new Set(FORMULA_CASES.flatMap((c) => namesIn(expandedFormula(c)))),
].filter((n) => !catalog.quantities.has(n));

/** Every quantity of each row (null where it has none), and each metric column as the core computes it on the row. */
export function tableCells(data: readonly Record<string, number>[]): Cells[] {
  return data.map((row) => {
    const cells: Cells = Object.fromEntries(quantities.map((q) => [q.id, row[q.id] ?? null]));
    for (const id of METRIC_COLUMNS) cells[id] = coreValue(id, row) ?? null;
    return cells;
  });
}

/**
 * The rows as the core is to be given them: only the columns the formula reads. Given every
 * column, the core chooses a variant by the data (CLV with a gross margin when there is one),
 * where the written code is the one form asked for.
 */
export function coreRows(expr: Expr, cells: readonly Cells[]): Record<string, number>[] {
  const names = namesIn(expr);
  return cells.map((row) =>
    Object.fromEntries(names.flatMap((n) => (typeof row[n] === 'number' ? [[n, row[n]]] : []))),
  );
}

/** The core's value of a metric on one row, undefined where it gives none. */
export function coreValue(
  id: string,
  row: Readonly<Record<string, number>>,
  variants: Readonly<Record<string, string>> = {},
): number | undefined {
  const result = evaluate(id, row, { catalog, variants });
  return result.ok ? result.value : undefined;
}

/** Equal within 1e-9 of the core's value, relative (a CTR of 0.02 must not be off by 1e-9 absolute). */
export function sameRelative(engine: number, core: number): boolean {
  return engine === core || Math.abs(engine - core) <= 1e-9 * Math.abs(core);
}

// ---------------------------------------------------------------------------------------------
// Every metric and variant, as SQL of every dialect, against the core.

/** One metric, or one variant of it, as the SQL tests run it. */
export interface SqlCase {
  /** `ctr`, or `ctr#allClicks` for a variant. */
  readonly label: string;
  readonly id: string;
  readonly variants: Readonly<Record<string, string>>;
  readonly catalog: Catalog;
  /** A ratio of sums (compared with the core's total) or a per-row expression (row by row). */
  readonly additive: boolean;
  /** The columns the SQL reads: quantities, or a metric kept as a column (impressions' frequency). */
  readonly columns: readonly string[];
}

/** The metrics and each of their variants, from a catalog (built-in or with custom metrics). */
export function sqlCases(from: Catalog = catalog, metrics: readonly MetricDef[] = BUILTIN_CATALOG.metrics): SqlCase[] {
  return metrics.flatMap((metric) =>
    [undefined, ...(metric.variants ?? []).map((v) => v.id)].map((variant) => sqlCase(from, metric, variant)),
  );
}

function sqlCase(from: Catalog, metric: MetricDef, variant: string | undefined): SqlCase {
  const variants = variant ? { [metric.id]: variant } : {};
  const formula = from.formula(metric.id, variant)!;
  const columns = namesIn(expandMetrics(formula.expr, from, variants, new Set([metric.id])));
  const additive = columns.every((name) => from.quantities.get(name)?.additive === true);
  return {
    label: variant ? `${metric.id}#${variant}` : metric.id,
    id: metric.id,
    variants,
    catalog: from,
    additive,
    columns,
  };
}

/** The case's SQL select expression in a dialect. */
export function sqlOf(test: SqlCase, dialect: SqlDialect): string {
  const code = formulaAsCode(test.id, 'sql', { catalog: test.catalog, variants: test.variants, dialect });
  if (!code.ok) throw new Error(`${test.label}: ${code.error.message}`);
  return code.code;
}

/**
 * Custom metrics whose ids are reserved words somewhere: `order` everywhere, `rank` in MySQL,
 * current_date (from currentDate) in PostgreSQL, `user` in PostgreSQL and SQL Server. Two
 * raise to a power, which no built-in formula does.
 */
export const CUSTOM = buildCatalog([
  { id: 'order', name: 'Revenue per order', formula: 'revenue / orders', unit: 'currency' },
  { id: 'rank', name: 'Root CTR', formula: '(clicks / impressions) ^ 0.5' },
  { id: 'select', name: 'Clicks squared per impression', formula: 'clicks ^ 2 / impressions' },
  { id: 'currentDate', name: 'Frequency again', formula: 'impressions / reach' },
  { id: 'user', name: 'Root reach', formula: 'reach ^ 0.5 / targetAudience' },
]).catalog;

export const CUSTOM_CASES = sqlCases(
  CUSTOM,
  CUSTOM.data.metrics.filter((m) => m.custom === true),
);

// ---------------------------------------------------------------------------------------------
// The tables the engines are given.

/** Every column any case reads, in a fixed order: the quantities, then metrics read as columns. */
export function tableColumns(cases: readonly SqlCase[]): string[] {
  return [...new Set([...quantities.map((q) => q.id), ...cases.flatMap((c) => c.columns)])];
}

/** A column's SQL type: counts INTEGER, money DECIMAL(14, 2), the rest a double. */
export function columnType(id: string, types: { readonly decimal: string; readonly double: string }): string {
  const unit = catalog.unitOf(id);
  return unit === 'count' ? 'INTEGER' : unit === 'currency' ? types.decimal : types.double;
}

/** Data rows with a value for every column: quantities from completeRows(), a metric read as a column 1.5 up. */
export function dataRows(count: number, columns: readonly string[]): Record<string, number>[] {
  return completeRows(count).map((row, r) => Object.fromEntries(columns.map((c) => [c, row[c] ?? 1.5 + r])));
}

export type Cell = number | null;

/** The three tables: campaigns (totals), no_campaigns (every sum 0), and per_row (with a zero and a NULL row). */
export function engineTables(
  columns: readonly string[],
): Record<'campaigns' | 'no_campaigns' | 'per_row', Record<string, Cell>[]> {
  const data = dataRows(3, columns);
  const zero = Object.fromEntries(columns.map((c) => [c, 0]));
  const empty = Object.fromEntries(columns.map((c) => [c, null]));
  return { campaigns: [...data, zero], no_campaigns: [zero, zero], per_row: [...data, zero, empty] };
}

/** CREATE TABLE and INSERT statements for one table; a row_id keeps the rows' order. */
export function tableStatements(
  name: string,
  columns: readonly string[],
  data: readonly Record<string, Cell>[],
  types: { decimal: string; double: string },
): string[] {
  const create = `CREATE TABLE ${name} (row_id INTEGER, ${columns.map((c) => `${snake(c)} ${columnType(c, types)}`).join(', ')})`;
  const inserts = data.map(
    (row, r) => `INSERT INTO ${name} VALUES (${r + 1}, ${columns.map((c) => row[c] ?? 'NULL').join(', ')})`,
  );
  return [create, ...inserts];
}

// ---------------------------------------------------------------------------------------------
// What the core says the engine must give.

function inputsOf(row: Record<string, Cell>, test: SqlCase): Inputs {
  return Object.fromEntries(test.columns.map((c) => [c, row[c] ?? null])) as Inputs;
}

/** The core's ratio-of-sums total over rows given only the columns the SQL reads; undefined where it has none. */
export function expectedTotal(test: SqlCase, data: readonly Record<string, Cell>[]): number | undefined {
  const result = aggregate(
    data.map((row) => inputsOf(row, test)),
    [test.id],
    { catalog: test.catalog, variants: test.variants },
  );
  return result.total.results.find((r) => r.id === test.id)?.value;
}

/** The core's value for each row (undefined where it has none: a zero denominator, a missing input). */
export function expectedRows(test: SqlCase, data: readonly Record<string, Cell>[]): (number | undefined)[] {
  return data.map((row) => {
    const result = evaluate(test.id, inputsOf(row, test), { catalog: test.catalog, variants: test.variants });
    return result.ok ? result.value : undefined;
  });
}

/** An engine's cell as a number: PGlite gives NUMERIC as text, DuckDB DECIMAL as an object, HUGEINT as a bigint. */
export function numberOf(cell: unknown): number | null {
  if (cell === null || cell === undefined) return null;
  return typeof cell === 'number' ? cell : Number(String(cell));
}

/** Why the engine's values differ from the core's, or undefined when they agree. */
export function disagreement(engine: readonly Cell[], core: readonly (number | undefined)[]): string | undefined {
  if (engine.length !== core.length) return `${engine.length} values for ${core.length} rows`;
  for (let r = 0; r < core.length; r++) {
    const mine = core[r];
    const theirs = engine[r];
    if (mine === undefined ? theirs !== null : theirs === null || !sameRelative(theirs!, mine))
      return `row ${r + 1}: engine ${String(theirs)}, core ${String(mine ?? 'no value (NULL expected)')}`;
  }
  return undefined;
}

/** The grammars each dialect is read with; portable is read with the grammar of each engine. */
export const GRAMMARS: Readonly<Record<SqlDialect, readonly string[]>> = {
  portable: ['PostgresQL', 'Redshift', 'Snowflake', 'TransactSQL', 'MySQL', 'BigQuery', 'Hive', 'Sqlite'],
  postgresql: ['PostgresQL'],
  bigquery: ['BigQuery'],
  snowflake: ['Snowflake'],
  sqlserver: ['TransactSQL'],
  spark: ['Hive'],
  redshift: ['Redshift'],
  mysql: ['MySQL', 'MariaDB'],
  duckdb: ['PostgresQL'],
  sqlite: ['Sqlite'],
};
