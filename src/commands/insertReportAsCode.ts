/**
 * Insert KPI Report as Code: the report the results view shows (its KPIs, breakdown and period)
 * written as code that computes it where the data lives — pandas in a Python file or a
 * notebook's cell, SQL in a SQL file — at the cursor, as one undoable edit. The code reads the
 * same columns the report was computed from (platform names, `columnMappings`), with a total
 * row and subtotals as ratios of sums. The DataFrame or table is named by the user; for a file
 * report on DuckDB it reads the file itself. Arguments for tests and other extensions:
 * `{ target?: 'pandas' | 'sql', dialect?, table? }` (nothing is asked).
 */
import vscode = require('vscode');
import * as z from 'zod/mini';
import { reportAsCode, SQL_DIALECTS, type ReportCodeTarget, type SqlDialect } from '../core';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { SQL_DIALECT_LABELS } from '../pickers/pickSqlDialect';
import type { ResultTable } from '../results/destination';
import type { ResultsPanel } from '../results/panel';
import { specOf } from '../results/report/choice';
import { writeSqlDialect } from '../settings/sqlDialect';
import type { ConfigStore } from '../settings/store';
import { applyEdits } from '../edits/apply';
import { CANCELLED, coreFailed, failed, refused, type Outcome } from './outcome';

export interface ReportCodeDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly results: ResultsPanel;
}

const COMMAND = COMMANDS.insertReportAsCode;

const argsSchema = z.lazy(() =>
  z.object({
    target: z.optional(z.enum(['pandas', 'sql'])),
    dialect: z.optional(z.enum(SQL_DIALECTS)),
    table: z.optional(z.string().check(z.minLength(1))),
  }),
);

function noReport(): string {
  return vscode.l10n.t(
    'Insert KPI Report as Code writes the report the results view shows: run Evaluate Selection on an export and Break Down by…, or Compute KPIs for File, first.',
  );
}

export async function insertReportAsCode(deps: ReportCodeDeps, arg?: unknown): Promise<Outcome> {
  const parsed = argsSchema.safeParse(arg ?? {});
  if (!parsed.success)
    return failed(
      deps.log,
      COMMAND,
      vscode.l10n.t(
        'Insert KPI Report as Code takes {0}.',
        `{ target?: "pandas" | "sql", dialect?: ${SQL_DIALECTS.join(' | ')}, table?: "<DataFrame or table>" }`,
      ),
      { code: 'invalidArguments' },
    );
  const args = parsed.data;
  const shown = deps.results.shownReport();
  if (!shown?.report || !shown.header) return failed(deps.log, COMMAND, noReport(), { code: 'noResults' });
  const active = vscode.window.activeTextEditor;
  // A Python or SQL editor (or notebook cell) takes the code at its cursor; from anywhere else (an
  // export, the results view, the walkthrough) it goes into a new editor of its language, never
  // into the data.
  const editor = active && targetOf(active.document.languageId) ? active : undefined;
  const target = args.target ?? (editor && targetOf(editor.document.languageId)) ?? (await pickTarget());
  if (!target) return CANCELLED;
  const dialect = target === 'sql' ? (args.dialect ?? (await dialectFor(deps))) : undefined;
  if (target === 'sql' && !dialect) return CANCELLED;
  const table = args.table ?? (await askTable(target, shown, dialect));
  if (!table) return CANCELLED;
  const code = reportAsCode(
    {
      ...specOf(shown.report.choice),
      metrics: shown.report.columns.filter((c) => c.kind === 'kpi').map((c) => c.id),
    },
    target,
    { ...deps.settings.current.coreOptions, columns: shown.header, table, ...(dialect ? { dialect } : {}) },
  );
  if (!code.ok)
    return coreFailed(
      deps.log,
      COMMAND,
      code.error,
      vscode.l10n.t('Insert KPI Report as Code: '),
      `report as ${target}`,
    );
  const text = code.code.endsWith('\n') ? code.code : `${code.code}\n`;
  if (!editor) {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGES[target], content: text });
    await vscode.window.showTextDocument(document);
    return { status: 'done', edits: 1, tables: 0 };
  }
  const document = editor.document;
  const at = document.offsetAt(editor.selection.active);
  const edit = { start: at, end: at, text };
  if ((await applyEdits(editor, document.version, [edit])) === 'changed') return refused(deps.log, COMMAND);
  return { status: 'done', edits: 1, tables: 0 };
}

const LANGUAGES: Readonly<Record<ReportCodeTarget, string>> = { pandas: 'python', sql: 'sql' };

function targetOf(languageId: string): ReportCodeTarget | undefined {
  return languageId === 'python' ? 'pandas' : languageId === 'sql' ? 'sql' : undefined;
}

async function pickTarget(): Promise<ReportCodeTarget | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: 'pandas',
        description: vscode.l10n.t('groupby, sums, ratios and a total row'),
        target: 'pandas' as const,
      },
      {
        label: 'SQL',
        description: vscode.l10n.t('GROUP BY with ROLLUP: subtotals and a grand total'),
        target: 'sql' as const,
      },
    ],
    {
      title: vscode.l10n.t('Insert KPI Report as Code'),
      placeHolder: vscode.l10n.t('Which language is the report for?'),
    },
  );
  return picked?.target;
}

/** The engine, from marketingMetrics.sqlDialect; while it says `ask`, the user's answer, kept in it. */
async function dialectFor(deps: ReportCodeDeps): Promise<SqlDialect | undefined> {
  const setting = deps.settings.current.sqlDialect;
  if (setting !== 'ask') return setting;
  // A breakdown by period needs an engine's date functions: portable SQL is not offered for it.
  const picked = await vscode.window.showQuickPick(
    SQL_DIALECTS.map((dialect) => ({ label: SQL_DIALECT_LABELS[dialect], description: dialect, dialect })),
    {
      title: vscode.l10n.t('Which engine is the SQL for?'),
      placeHolder: vscode.l10n.t('Kept in the setting marketingMetrics.sqlDialect; change it there at any time'),
    },
  );
  if (!picked) return undefined;
  await writeSqlDialect(picked.dialect);
  return picked.dialect;
}

/** The DataFrame or table the code reads: asked, with a default that fits where the report came from. */
async function askTable(
  target: ReportCodeTarget,
  shown: ResultTable,
  dialect: SqlDialect | undefined,
): Promise<string | undefined> {
  const value =
    target === 'pandas' ? 'df' : dialect === 'duckdb' && shown.duckdbSource ? shown.duckdbSource : 'exports';
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Insert KPI Report as Code'),
    prompt:
      target === 'pandas'
        ? vscode.l10n.t('The DataFrame that holds the rows (its columns as in the export)')
        : vscode.l10n.t('The table that holds the rows, or any FROM item'),
    value,
    validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Name the DataFrame or table') : undefined),
  });
}
