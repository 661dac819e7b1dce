/** The SQL engines Insert Formula as Code writes for; `portable` runs right on all of them. */
export const SQL_DIALECTS = [
  'portable',
  'postgresql',
  'bigquery',
  'snowflake',
  'duckdb',
  'sqlite',
  'sqlserver',
  'spark',
  'redshift',
  'mysql',
] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/**
 * What differs between the engines, in one table. Every dialect writes the same values: a
 * floating division (never an integer one that truncates, never a DECIMAL one that keeps only a
 * few decimals), NULL where a denominator is 0, and a name quoted where it must be.
 */
export interface SqlRules {
  /** A delimited identifier, in the case the engine resolves the unquoted name to. */
  readonly quote: (name: string) => string;
  /**
   * When a dividend must first be made floating: `always` unless an operand already is
   * (engines whose `/` truncates integers or keeps few DECIMAL digits), `decimal` only where an
   * operand may be DECIMAL (engines whose `/` is floating for integers), `never`.
   */
  readonly floatWhen: 'always' | 'decimal' | 'never';
  /** How a value is made floating: times a floating literal (`1.0e0 * x`), or CAST(x AS type). */
  readonly float: { readonly literal: true } | { readonly cast: string };
  /** The guarded division: `a / NULLIF(b, 0)`, or a function that gives NULL for b = 0. */
  readonly divide: 'nullif' | 'SAFE_DIVIDE' | 'try_divide';
  /** POWER returns the type of its base (an integer base gives an integer): make it floating. */
  readonly floatPowerBase: boolean;
  /** SUM of an INT column is INT and overflows past 2^31 − 1: sum every column as a float. */
  readonly floatSums: boolean;
}

const ANSI = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const BACKTICK = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

/**
 * The rules, dialect by dialect, with the documentation each rests on.
 *
 * portable: the text that is right on all nine. `1.0e0 *` makes the dividend floating: a literal
 * with an exponent is a double in MySQL, SQL Server, BigQuery, Spark 3+, DuckDB and SQLite (in
 * PostgreSQL and Redshift it is NUMERIC, which PostgreSQL divides to at least 16 significant
 * digits). `1.0 *` was not enough: it is DECIMAL in MySQL, whose `/` then keeps only 4 more
 * decimals (1.0 * 1 / 45000 = 0.00002), in SQL Server (from 6 decimals for DECIMAL money) and
 * in Snowflake (at most 12, 7 for 1.0 * n).
 *   https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html (scale of / = first operand's + div_precision_increment, 4)
 *   https://dev.mysql.com/doc/refman/8.4/en/number-literals.html (2.34E0 is approximate-value, floating point)
 *   https://docs.snowflake.com/en/sql-reference/operators-arithmetic (division scale: max(S1, min(S1 + 6, 12)))
 *   https://spark.apache.org/docs/latest/sql-migration-guide.html (since 3.0, 1E2 is parsed as Double)
 *   https://duckdb.org/docs/sql/postgresql_compatibility (/ on integers is float division; 1.0 / 0.0 is Infinity)
 * POWER's base is made floating for SQL Server's sake; quoting is ANSI double quotes, which
 * PostgreSQL, Redshift, DuckDB, SQLite, SQL Server (QUOTED_IDENTIFIER ON, the default) and
 * Snowflake read as an identifier and MySQL accepts for an alias ("a quoted column alias can be
 * specified using identifier or string quoting characters",
 * https://dev.mysql.com/doc/refman/8.0/en/identifiers.html). BigQuery and Spark read "x" as a
 * string, and Snowflake keeps a quoted name's case: no built-in name needs quoting (a unit test
 * holds it), and for a custom metric whose id does, the engine's own dialect quotes right.
 * Not run here: Redshift reads 1.0e0 as NUMERIC too, and by its documented rule a NUMERIC
 * division of DECIMAL(38, s) money sums asks for more than 38 digits; the redshift dialect
 * divides as DOUBLE PRECISION instead.
 */
export const SQL_RULES: Readonly<Record<SqlDialect, SqlRules>> = {
  portable: {
    quote: ANSI,
    floatWhen: 'always',
    float: { literal: true },
    divide: 'nullif',
    floatPowerBase: true,
    floatSums: false,
  },
  // Integer / integer truncates; NUMERIC divides exactly, but float8 is what a client reads as a number.
  //   https://www.postgresql.org/docs/current/functions-math.html (division of integers truncates toward zero)
  postgresql: {
    quote: ANSI,
    floatWhen: 'always',
    float: { cast: 'DOUBLE PRECISION' },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // INT / INT is INT; DECIMAL / DECIMAL can exceed precision 38 and overflow (SUM of DECIMAL(p, s) is DECIMAL(38, s)).
  //   https://docs.aws.amazon.com/redshift/latest/dg/r_numeric_computations201.html (/ scale = max(4, s1 + p2 - s2 + 1), FLOAT8 wins)
  redshift: {
    quote: ANSI,
    floatWhen: 'always',
    float: { cast: 'DOUBLE PRECISION' },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // int / int truncates; POWER(int, y) is int; SUM(int) is int; [name] quotes whatever QUOTED_IDENTIFIER is.
  //   https://learn.microsoft.com/en-us/sql/t-sql/language-elements/divide-transact-sql
  //   https://learn.microsoft.com/en-us/sql/t-sql/functions/power-transact-sql (return type follows float_expression)
  //   https://learn.microsoft.com/en-us/sql/t-sql/functions/sum-transact-sql (int -> int)
  //   https://learn.microsoft.com/en-us/sql/relational-databases/databases/database-identifiers
  sqlserver: {
    quote: (name) => `[${name.replace(/]/g, ']]')}]`,
    floatWhen: 'always',
    float: { cast: 'FLOAT' },
    divide: 'nullif',
    floatPowerBase: true,
    floatSums: true,
  },
  // NUMBER / NUMBER keeps at most 12 decimals (6 for integers: 1/45000 = 0.000022); FLOAT is a double.
  // Not DIV0NULL: it gives 0, not NULL, for a divisor of 0. An unquoted name resolves upper-case, so "ORDER".
  //   https://docs.snowflake.com/en/sql-reference/operators-arithmetic
  //   https://docs.snowflake.com/en/sql-reference/functions/div0null (returns 0 when the divisor is 0 or NULL)
  //   https://docs.snowflake.com/en/sql-reference/identifiers-syntax (unquoted stored and resolved as upper case)
  snowflake: {
    quote: (name) => ANSI(name.toUpperCase()),
    floatWhen: 'always',
    float: { cast: 'FLOAT' },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // DECIMAL / DECIMAL keeps div_precision_increment (4) more decimals than the dividend: a double literal avoids it.
  //   https://dev.mysql.com/doc/refman/8.0/en/arithmetic-functions.html
  //   https://dev.mysql.com/doc/refman/8.0/en/identifiers.html (backtick quoting)
  mysql: {
    quote: BACKTICK,
    floatWhen: 'always',
    float: { literal: true },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // Integer / integer truncates; x / 0 is NULL already, the guard says so. REAL is a double.
  //   https://www.sqlite.org/lang_expr.html (integer division), https://www.sqlite.org/datatype3.html
  sqlite: {
    quote: ANSI,
    floatWhen: 'always',
    float: { cast: 'REAL' },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // `/` is floating for integers and DECIMALs alike; x / 0 is Infinity, so the guard stays.
  //   https://duckdb.org/docs/sql/postgresql_compatibility
  duckdb: {
    quote: ANSI,
    floatWhen: 'never',
    float: { cast: 'DOUBLE' },
    divide: 'nullif',
    floatPowerBase: false,
    floatSums: false,
  },
  // SAFE_DIVIDE is `/` that gives NULL instead of an error; INT64 / INT64 is FLOAT64, NUMERIC stays NUMERIC (9 decimals).
  // `^` is bitwise XOR in GoogleSQL, hence POWER.
  //   https://cloud.google.com/bigquery/docs/reference/standard-sql/mathematical_functions#safe_divide
  //   https://cloud.google.com/bigquery/docs/reference/standard-sql/operators
  //   https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical (backtick-quoted identifiers)
  bigquery: {
    quote: BACKTICK,
    floatWhen: 'decimal',
    float: { cast: 'FLOAT64' },
    divide: 'SAFE_DIVIDE',
    floatPowerBase: false,
    floatSums: false,
  },
  // try_divide (Spark 3.2+, Databricks) gives NULL for a divisor of 0 where ANSI mode makes `/` fail;
  // integers divide as doubles, DECIMALs stay DECIMAL.
  //   https://spark.apache.org/docs/latest/api/sql/index.html#try_divide
  //   https://spark.apache.org/docs/latest/sql-ref-ansi-compliance.html
  //   https://spark.apache.org/docs/latest/sql-ref-identifier.html (backtick-quoted identifiers)
  spark: {
    quote: BACKTICK,
    floatWhen: 'decimal',
    float: { cast: 'DOUBLE' },
    divide: 'try_divide',
    floatPowerBase: false,
    floatSums: false,
  },
};

/** The rules for a dialect; an unknown one (a hand-edited setting) writes portable SQL. */
export function sqlRules(dialect: string | undefined): SqlRules {
  return SQL_RULES[(dialect ?? 'portable') as SqlDialect] ?? SQL_RULES.portable;
}
