// The SQL of the dialects that cannot run here (BigQuery, Snowflake, SQL Server, Spark, Redshift,
// MySQL), and of PostgreSQL and portable too, read by node-sql-parser (from npm) with the closest
// grammar it has: Spark SQL is read as Hive, DuckDB as PostgreSQL. For every metric and variant:
// - it parses as `SELECT <expr> FROM campaigns`;
// - every division the formula has is guarded in the tree the parser built: `a / NULLIF(b, 0)`,
//   or SAFE_DIVIDE / try_divide, and no bare `/` is left;
// - no division is an integer (or few-decimal DECIMAL) one: an operand is floating, as the
//   engine types counts (INTEGER) and money (DECIMAL);
// - the tree, evaluated here (SUM over the table, NULLIF, CAST, POWER), gives the core's value:
//   what the parser read is the formula, with its parentheses where they belong.
// Titles read `<dialect> on parser <grammar>: <metric>[#variant]`, which the matrix counts.
import assert from 'node:assert/strict';
import { Parser } from 'node-sql-parser';
import { formulaAsCode } from '../../../../src/core';
import type { SqlDialect } from '../../../../src/core/code/sqlDialects';
import {
  CUSTOM,
  disagreement,
  engineTables,
  expectedRows,
  expectedTotal,
  snake,
  sqlOf,
  tableColumns,
  type Cell,
  type SqlCase,
  GRAMMARS,
} from './engineTables';
import { ALL_CASES } from './sqlEngineSuite';

const parser = new Parser();
const COLUMNS = tableColumns(ALL_CASES);
const TABLES = engineTables(COLUMNS);
const ID_OF = new Map(COLUMNS.map((id) => [snake(id), id]));

// node-sql-parser's tree is untyped JSON; these read the few node kinds SQL of a formula has.
type Node = { readonly type: string; readonly [key: string]: unknown };

/** The select expression of `SELECT <expr> FROM campaigns`. */
function selectExpression(sql: string, database: string): Node {
  const ast = parser.astify(sql, { database });
  const select = (Array.isArray(ast) ? ast[0] : ast) as unknown as { columns: { expr: Node }[] };
  assert.equal(select.columns.length, 1, `one column in ${sql}`);
  return select.columns[0]!.expr;
}

function functionName(node: Node): string {
  const name = node.name as { name?: { value: string }[]; schema?: { value: string } };
  return (name.name?.[0]?.value ?? name.schema?.value ?? '').toUpperCase();
}

function args(node: Node): Node[] {
  if (node.type === 'aggr_func') return [(node.args as { expr: Node }).expr];
  return (node.args as { value: Node[] }).value;
}

function columnName(node: Node): string {
  const column = node.column as string | { expr: { value: string } };
  return typeof column === 'string' ? column : column.expr.value;
}

/** Every node of the tree, depth first. */
function nodesOf(node: Node): Node[] {
  const children =
    node.type === 'binary_expr'
      ? [node.left as Node, node.right as Node]
      : node.type === 'function' || node.type === 'aggr_func'
        ? args(node)
        : node.type === 'cast' || node.type === 'unary_expr'
          ? [node.expr as Node]
          : [];
  return [node, ...children.flatMap(nodesOf)];
}

// --- The division guard -------------------------------------------------------------------------

/** The divisions in the tree: [dividend, divisor], whichever way the dialect writes them. */
function divisions(node: Node): [Node, Node][] {
  return nodesOf(node).flatMap((n): [Node, Node][] => {
    if (n.type === 'binary_expr' && n.operator === '/') return [[n.left as Node, n.right as Node]];
    if (n.type === 'function' && ['SAFE_DIVIDE', 'TRY_DIVIDE'].includes(functionName(n)))
      return [[args(n)[0]!, args(n)[1]!]];
    return [];
  });
}

/**
 * The NULL-giving division each engine has: `a / NULLIF(b, 0)` everywhere, and BigQuery's
 * SAFE_DIVIDE and Spark's try_divide in their own dialects (which of them a dialect writes is
 * for the goldens in sqlDialects.test.ts to say; here either is right).
 */
const NULL_DIVISIONS: Readonly<Record<SqlDialect, readonly string[]>> = {
  portable: [],
  postgresql: [],
  redshift: [],
  sqlserver: [],
  snowflake: [],
  mysql: [],
  sqlite: [],
  duckdb: [],
  bigquery: ['SAFE_DIVIDE'],
  spark: ['TRY_DIVIDE'],
};

/** Why a division is unguarded, or undefined: NULLIF(b, 0) as the divisor of `/`, or the engine's NULL-giving function. */
function unguarded(node: Node, dialect: SqlDialect): string | undefined {
  for (const n of nodesOf(node)) {
    const name = n.type === 'function' ? functionName(n) : '';
    if (['SAFE_DIVIDE', 'TRY_DIVIDE'].includes(name) && !NULL_DIVISIONS[dialect].includes(name))
      return `${name}, which ${dialect} does not have`;
    if (n.type !== 'binary_expr' || n.operator !== '/') continue;
    const divisor = n.right as Node;
    const zero = divisor.type === 'function' && functionName(divisor) === 'NULLIF' ? args(divisor)[1] : undefined;
    if (!zero || Number(zero.value) !== 0) return 'a / whose divisor is no NULLIF(…, 0)';
  }
  return undefined;
}

// --- Floating divisions -------------------------------------------------------------------------

type Kind = 'integer' | 'decimal' | 'float';
const FLOAT_TYPES = new Set(['FLOAT', 'FLOAT64', 'DOUBLE', 'DOUBLE PRECISION', 'REAL']);

/**
 * Which divisions each engine gets wrong, from its documentation (the writer's table is not
 * consulted): integer by integer truncates in PostgreSQL, Redshift, SQL Server and SQLite; a
 * DECIMAL division keeps few decimals in MySQL (4 more), SQL Server (from 6), Snowflake (up to
 * 12), BigQuery (NUMERIC, 9) and Spark (from 6), may overflow in Redshift, and truncates in
 * SQLite when NUMERIC money holds a whole number. PostgreSQL's NUMERIC keeps 16 significant
 * digits; DuckDB divides everything as doubles. Portable must be right on all of them.
 */
const WRONG_DIVISION: Readonly<Record<SqlDialect, (a: Kind, b: Kind) => boolean>> = {
  portable: (a, b) => a !== 'float' && b !== 'float',
  postgresql: (a, b) => a === 'integer' && b === 'integer',
  redshift: (a, b) => a !== 'float' && b !== 'float',
  sqlserver: (a, b) => a !== 'float' && b !== 'float',
  snowflake: (a, b) => a !== 'float' && b !== 'float',
  mysql: (a, b) => a !== 'float' && b !== 'float',
  sqlite: (a, b) => a !== 'float' && b !== 'float',
  duckdb: () => false,
  bigquery: (a, b) => a !== 'float' && b !== 'float' && (a === 'decimal' || b === 'decimal'),
  spark: (a, b) => a !== 'float' && b !== 'float' && (a === 'decimal' || b === 'decimal'),
};

/**
 * 1.0 is a double in BigQuery, SQLite and DuckDB, and exact (DECIMAL, NUMERIC, NUMBER) elsewhere.
 * 1.0e0 counts as floating: it is a double in MySQL, SQL Server, BigQuery, Spark, DuckDB and
 * SQLite; in PostgreSQL and Redshift it is NUMERIC, whose division PGlite shows exact enough.
 */
function literalKind(text: string, dialect: SqlDialect): Kind {
  if (/e/i.test(text)) return 'float';
  if (!text.includes('.')) return 'integer';
  return ['bigquery', 'sqlite', 'duckdb'].includes(dialect) ? 'float' : 'decimal';
}

/** SQL Server's POWER returns its base's type (an integer for an integer base); portable must run there. */
const POWER_FOLLOWS_BASE = new Set<SqlDialect>(['sqlserver', 'portable']);

/** What the engine holds a node's value as: counts INTEGER, other columns DECIMAL, `1.0e0` and float casts floating. */
function kindOf(node: Node, dialect: SqlDialect): Kind {
  switch (node.type) {
    case 'number':
    case 'bigint':
      return literalKind(String(node.value), dialect);
    case 'column_ref':
      return CUSTOM.unitOf(ID_OF.get(columnName(node)) ?? '') === 'count' ? 'integer' : 'decimal';
    case 'cast':
      return FLOAT_TYPES.has(String((node.target as { dataType: string }[])[0]?.dataType).toUpperCase())
        ? 'float'
        : 'decimal';
    case 'aggr_func':
    case 'unary_expr':
      return kindOf(node.type === 'aggr_func' ? args(node)[0]! : (node.expr as Node), dialect);
    case 'binary_expr':
      return node.operator === '/'
        ? 'float'
        : widest(kindOf(node.left as Node, dialect), kindOf(node.right as Node, dialect));
    case 'function':
      return functionKind(node, dialect);
    default:
      throw new Error(`unexpected ${node.type}`);
  }
}

function functionKind(node: Node, dialect: SqlDialect): Kind {
  const name = functionName(node);
  if (name === 'NULLIF') return kindOf(args(node)[0]!, dialect);
  if (name !== 'POWER') return 'float';
  // Elsewhere POWER of an integer is a double; of a DECIMAL, a DECIMAL in PostgreSQL and BigQuery.
  const base = kindOf(args(node)[0]!, dialect);
  return POWER_FOLLOWS_BASE.has(dialect) || base !== 'integer' ? base : 'float';
}

function widest(a: Kind, b: Kind): Kind {
  return a === 'float' || b === 'float' ? 'float' : a === 'decimal' || b === 'decimal' ? 'decimal' : 'integer';
}

/** A division the engine would get wrong (truncated, or few decimals), or a POWER of an integer where it stays one. */
function notFloating(node: Node, dialect: SqlDialect): string | undefined {
  for (const [dividend, divisor] of divisions(node)) {
    const a = kindOf(dividend, dialect);
    const b = kindOf(divisor, dialect);
    if (WRONG_DIVISION[dialect](a, b)) return `a division of ${a} by ${b}`;
  }
  for (const n of nodesOf(node)) {
    if (n.type === 'function' && functionName(n) === 'POWER' && kindOf(n, dialect) === 'integer')
      return 'POWER of an integer base, an integer';
  }
  return undefined;
}

// --- The tree's value ---------------------------------------------------------------------------

/** The tree's value over a row (per row) or over the table's sums (inside SUM). */
function valueOf(node: Node, column: (name: string) => Cell, sum: (name: string) => Cell): Cell {
  const value = (n: Node) => valueOf(n, column, sum);
  switch (node.type) {
    case 'number':
    case 'bigint':
      return Number(node.value);
    case 'column_ref':
      return column(columnName(node));
    case 'cast':
      return value(node.expr as Node);
    case 'aggr_func':
      assert.equal(String(node.name).toUpperCase(), 'SUM');
      return valueOf(args(node)[0]!, sum, sum);
    case 'unary_expr':
      return nullable(value(node.expr as Node), (v) => (node.operator === '-' ? -v : v));
    case 'binary_expr':
      return arithmetic(String(node.operator), value(node.left as Node), value(node.right as Node));
    case 'function':
      return call(functionName(node), args(node).map(value));
    default:
      throw new Error(`unexpected ${node.type}`);
  }
}

function nullable(v: Cell, f: (v: number) => number): Cell {
  return v === null ? null : f(v);
}

function arithmetic(op: string, a: Cell, b: Cell): Cell {
  if (a === null || b === null) return null;
  if (op === '/' && b === 0) throw new Error('division by zero: the guard is missing');
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
}

function call(name: string, [a = null, b = null]: Cell[]): Cell {
  if (name === 'NULLIF') return a === b ? null : a;
  if (a === null || b === null) return null;
  if (name === 'POWER') return a ** b;
  if (name === 'SAFE_DIVIDE' || name === 'TRY_DIVIDE') return b === 0 ? null : a / b;
  throw new Error(`unexpected function ${name}`);
}

/** The tree's values where the engines' tables give them: totals for a ratio of sums, else row by row. */
function parsedValues(expr: Node, test: SqlCase): string | undefined {
  const fromRow = (row: Record<string, Cell>) => (name: string) => row[ID_OF.get(name)!] ?? null;
  const sumsOf = (data: Record<string, Cell>[]) => (name: string) =>
    data.reduce((total, row) => total + (row[ID_OF.get(name)!] ?? 0), 0);
  const noColumn = () => {
    throw new Error('a column outside SUM in a ratio of sums');
  };
  if (!test.additive)
    return disagreement(
      TABLES.per_row.map((row) => valueOf(expr, fromRow(row), noColumn)),
      expectedRows(test, TABLES.per_row),
    );
  for (const table of ['campaigns', 'no_campaigns'] as const) {
    const problem = disagreement(
      [valueOf(expr, noColumn, sumsOf(TABLES[table]))],
      [expectedTotal(test, TABLES[table])],
    );
    if (problem) return `${table}: ${problem}`;
  }
  return undefined;
}

/** Why the dialect's SQL for the case is wrong as the grammar reads it, or undefined. */
function problemOf(test: SqlCase, dialect: SqlDialect, grammar: string): string | undefined {
  const sql = sqlOf(test, dialect);
  try {
    const expr = selectExpression(`SELECT ${sql} FROM campaigns`, grammar);
    const formulaDivisions = (test.catalog.formula(test.id, test.variants[test.id])!.source.match(/\//g) ?? []).length;
    const counted = divisions(expr).length;
    if (formulaDivisions > 0 && counted === 0) return `${sql}: no division in the parsed tree`;
    return unguarded(expr, dialect) ?? notFloating(expr, dialect) ?? parsedValues(expr, test);
  } catch (error) {
    return `${sql}\n  ${(error as Error).message.split('\n')[0]}`;
  }
}

describe("generated SQL read by node-sql-parser: parses, guarded, floating, the core's values", () => {
  for (const [dialect, grammars] of Object.entries(GRAMMARS) as [SqlDialect, readonly string[]][]) {
    for (const grammar of grammars) {
      for (const test of ALL_CASES) {
        it(`${dialect} on parser ${grammar}: ${test.label}`, () => {
          const problem = problemOf(test, dialect, grammar);
          assert.equal(problem, undefined, problem);
        });
      }
    }
  }

  it("the parser tells wrong SQL: an unquoted reserved alias, and another dialect's quotes, are refused", () => {
    // What custom metric `order` was written as before names were quoted.
    const unquoted = 'SELECT 1.0 * SUM(revenue) / NULLIF(SUM(orders), 0) AS order FROM campaigns';
    for (const grammar of ['PostgresQL', 'Redshift', 'TransactSQL', 'MySQL', 'BigQuery', 'Hive', 'Sqlite']) {
      assert.throws(() => parser.astify(unquoted, { database: grammar }), Error, grammar);
    }
    const quoted = (dialect: SqlDialect) => {
      const code = formulaAsCode('order', 'sql', { catalog: CUSTOM, dialect });
      assert.ok(code.ok);
      return `SELECT ${code.code} FROM campaigns`;
    };
    assert.throws(() => parser.astify(quoted('mysql'), { database: 'PostgresQL' }));
    assert.throws(() => parser.astify(quoted('sqlserver'), { database: 'MySQL' }));
    for (const dialect of ['mysql', 'bigquery', 'spark', 'sqlserver', 'snowflake', 'postgresql'] as const) {
      for (const grammar of GRAMMARS[dialect])
        assert.doesNotThrow(() => parser.astify(quoted(dialect), { database: grammar }), `${dialect} on ${grammar}`);
    }
  });

  it('the checks catch what they check: a bare /, an integer division, a misplaced parenthesis', () => {
    const ctr = ALL_CASES.find((c) => c.label === 'ctr')!;
    const bare = selectExpression('SELECT SUM(clicks) / SUM(impressions) FROM campaigns', 'PostgresQL');
    assert.match(unguarded(bare, 'portable')!, /no NULLIF/);
    const integer = selectExpression('SELECT SUM(clicks) / NULLIF(SUM(impressions), 0) FROM campaigns', 'PostgresQL');
    assert.match(notFloating(integer, 'postgresql')!, /integer by integer/);
    assert.equal(notFloating(integer, 'duckdb'), undefined);
    const money = selectExpression('SELECT SAFE_DIVIDE(SUM(revenue), SUM(cost)) FROM campaigns', 'BigQuery');
    assert.match(notFloating(money, 'bigquery')!, /decimal by decimal/);
    assert.match(unguarded(money, 'spark')!, /SAFE_DIVIDE, which spark does not have/);
    const nps = ALL_CASES.find((c) => c.label === 'nps')!;
    const misread = selectExpression(
      'SELECT 100.0e0 * SUM(promoters) - SUM(detractors) / NULLIF(SUM(respondents), 0) FROM campaigns',
      'PostgresQL',
    );
    assert.match(parsedValues(misread, nps)!, /engine/);
    assert.equal(
      parsedValues(selectExpression(`SELECT ${sqlOf(ctr, 'portable')} FROM campaigns`, 'PostgresQL'), ctr),
      undefined,
    );
  });
});
