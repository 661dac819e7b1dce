/** The SQL engines Insert Formula as Code writes for; `portable` runs right on all of them. */
export const SQL_DIALECTS = ['portable', 'postgresql', 'bigquery', 'snowflake', 'duckdb', 'sqlite', 'sqlserver', 'spark', 'redshift', 'mysql'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];
