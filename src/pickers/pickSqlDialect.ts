import vscode = require('vscode');
import { formulaAsCode, SQL_DIALECTS, type CodeOptions, type MetricDef, type SqlDialect } from '../core';

interface DialectItem extends vscode.QuickPickItem {
  readonly dialect: SqlDialect;
}

/** How each engine is named to people; `portable` first, as the answer for a mixed team. */
export const SQL_DIALECT_LABELS: Readonly<Record<SqlDialect, string>> = {
  // A getter: read when shown, in the language the translations were loaded for.
  get portable() {
    return vscode.l10n.t('Portable SQL');
  },
  postgresql: 'PostgreSQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  duckdb: 'DuckDB',
  sqlite: 'SQLite',
  sqlserver: 'SQL Server',
  spark: 'Spark SQL / Databricks',
  redshift: 'Redshift',
  mysql: 'MySQL / MariaDB',
};

/** Asks which engine the SQL is for, showing the metric as each would get it. */
export async function pickSqlDialect(metric: MetricDef, options: CodeOptions): Promise<SqlDialect | undefined> {
  const items: DialectItem[] = SQL_DIALECTS.map((dialect) => {
    const code = formulaAsCode(metric.id, 'sql', { ...options, dialect });
    return {
      label: SQL_DIALECT_LABELS[dialect],
      description: dialect === 'portable' ? vscode.l10n.t('runs on every engine listed') : dialect,
      detail: code.ok ? code.code : code.error.message,
      dialect,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Which engine is the SQL for?'),
    placeHolder: vscode.l10n.t('Kept in the setting marketingMetrics.sqlDialect; change it there at any time'),
    matchOnDescription: true,
  });
  return picked?.dialect;
}
