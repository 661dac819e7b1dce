/**
 * Insert Formula as Code…: a metric's formula for pandas, SQL, JavaScript, Excel/Sheets or
 * LaTeX, at every cursor in one edit. The target is the document's own language when it is one
 * of these (a notebook's Python cell gets pandas); otherwise the user picks, seeing the code.
 * With no editor open, the code opens in a new untitled document of the target's language.
 * SQL is written for the engine in `marketingMetrics.sqlDialect`; the first time, the user is
 * asked, and the answer is kept there.
 */
import vscode = require('vscode');
import {
  CODE_TARGET_LANGUAGE,
  CODE_TARGETS,
  formulaAsCode,
  SQL_DIALECTS,
  type CodeOptions,
  type CodeTarget,
  type MetricDef,
  type SqlDialect,
} from '../core';
import { metricIdOf } from '../commandArgs';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { TARGET_LABELS } from '../metricText/markdown';
import { pickMetric } from '../pickers/pickMetric';
import { pickSqlDialect, SQL_DIALECT_LABELS } from '../pickers/pickSqlDialect';
import { writeSqlDialect } from '../settings/sqlDialect';
import type { ConfigStore } from '../settings/store';
import { applyEdits } from '../edits/apply';
import { isCodeTarget, targetForLanguage } from './evaluate/codeTarget';
import { CANCELLED, coreFailed, failed, refused, type Outcome } from './outcome';

interface TargetItem extends vscode.QuickPickItem {
  readonly target: CodeTarget;
  /** pandas only: the code also appends a total row, a ratio of sums. */
  readonly totalRow?: boolean;
}

/** The code's form beyond its target, from the command's third argument: a SQL dialect, or `{ dialect, totalRow }`. */
interface CodeForm {
  readonly dialect?: SqlDialect;
  readonly totalRow?: boolean;
}

export async function insertFormulaAsCode(
  settings: ConfigStore,
  log: Log,
  metricArg?: unknown,
  targetArg?: unknown,
  dialectArg?: unknown,
): Promise<Outcome> {
  const command = COMMANDS.insertFormulaAsCode;
  if (targetArg !== undefined && targetArg !== null && !isCodeTarget(targetArg)) {
    return failed(
      log,
      command,
      vscode.l10n.t(
        "Insert Formula as Code: unknown target '{0}'; choose {1}.",
        String(targetArg),
        CODE_TARGETS.join(', '),
      ),
      { code: 'invalidArguments' },
    );
  }
  const form = codeFormOf(dialectArg);
  if (typeof form === 'string')
    return failed(log, command, vscode.l10n.t('Insert Formula as Code: {0}', form), { code: 'invalidArguments' });
  const { catalog, coreOptions } = settings.current;
  const given = metricIdOf(metricArg);
  const metric =
    given !== undefined ? catalog.metric(given) : await pickMetric(catalog, vscode.l10n.t('Insert Formula as Code'));
  if (!metric) {
    if (given === undefined) return CANCELLED;
    const guess = catalog.suggest(given);
    return failed(
      log,
      command,
      guess
        ? vscode.l10n.t("Insert Formula as Code: unknown metric '{0}' — did you mean '{1}'?", given, guess)
        : vscode.l10n.t("Insert Formula as Code: unknown metric '{0}'", given),
      { code: 'unknownMetric' },
    );
  }
  const editor = vscode.window.activeTextEditor;
  const languageTarget = isCodeTarget(targetArg) ? targetArg : targetForLanguage(editor?.document.languageId);
  const picked: Pick<TargetItem, 'target' | 'totalRow'> | undefined = languageTarget
    ? { target: languageTarget }
    : await pickTarget(metric, settings);
  if (!picked) return CANCELLED;
  const { target } = picked;
  const options: CodeOptions = { ...coreOptions, totalRow: form.totalRow ?? picked.totalRow ?? false };
  if (target === 'sql') {
    const dialect = form.dialect ?? (await dialectFor(metric, settings, log));
    if (!dialect) return CANCELLED;
    Object.assign(options, { dialect });
  }
  const code = formulaAsCode(metric.id, target, options);
  if (!code.ok)
    return coreFailed(log, command, code.error, vscode.l10n.t('Insert Formula as Code: '), `${metric.id} as ${target}`);
  if (!editor) return openAsDocument(code.code, target);
  const document = editor.document;
  const edits = editor.selections.map((s) => ({
    start: document.offsetAt(s.start),
    end: document.offsetAt(s.end),
    text: code.code,
  }));
  if ((await applyEdits(editor, document.version, edits)) === 'changed') return refused(log, command);
  return { status: 'done', edits: edits.length, tables: 0 };
}

/** The engine SQL is written for: the setting, or, while it says `ask`, the user's answer, kept in it. */
async function dialectFor(metric: MetricDef, settings: ConfigStore, log: Log): Promise<SqlDialect | undefined> {
  const setting = settings.current.sqlDialect;
  if (setting !== 'ask') return setting;
  const picked = await pickSqlDialect(metric, settings.current.coreOptions);
  if (!picked) return undefined;
  const where = await writeSqlDialect(picked);
  log.info(
    `SQL dialect set to ${picked} in the ${where === vscode.ConfigurationTarget.Global ? 'user' : 'workspace'} setting marketingMetrics.sqlDialect`,
  );
  vscode.window.setStatusBarMessage(
    vscode.l10n.t(
      'Marketing Metrics: SQL is written for {0} from now on (setting marketingMetrics.sqlDialect)',
      SQL_DIALECT_LABELS[picked],
    ),
    8000,
  );
  return picked;
}

function isSqlDialect(value: unknown): value is SqlDialect {
  return typeof value === 'string' && (SQL_DIALECTS as readonly string[]).includes(value);
}

/** The third argument checked: a dialect, `{ dialect?, totalRow? }`, or nothing; else what is wrong with it. */
function codeFormOf(arg: unknown): CodeForm | string {
  if (arg === undefined || arg === null) return {};
  const { dialect, totalRow } =
    typeof arg === 'object'
      ? (arg as { dialect?: unknown; totalRow?: unknown })
      : { dialect: arg, totalRow: undefined };
  if (dialect !== undefined && !isSqlDialect(dialect))
    return vscode.l10n.t("unknown SQL dialect '{0}'; choose {1}.", String(dialect), SQL_DIALECTS.join(', '));
  if (totalRow !== undefined && typeof totalRow !== 'boolean')
    return vscode.l10n.t('totalRow must be true or false, not {0}.', JSON.stringify(totalRow));
  return { ...(dialect !== undefined ? { dialect } : {}), ...(totalRow !== undefined ? { totalRow } : {}) };
}

async function pickTarget(metric: MetricDef, settings: ConfigStore): Promise<TargetItem | undefined> {
  const { sqlDialect } = settings.current;
  const item = (target: CodeTarget, totalRow: boolean): TargetItem => {
    const code = formulaAsCode(metric.id, target, {
      ...settings.current.coreOptions,
      totalRow,
      ...(sqlDialect !== 'ask' ? { dialect: sqlDialect } : {}),
    });
    const label = totalRow ? vscode.l10n.t('{0}, with a total row', TARGET_LABELS[target]) : TARGET_LABELS[target];
    return {
      label,
      description: CODE_TARGET_LANGUAGE[target],
      detail: code.ok ? code.code.replace(/\n/g, ' ⏎ ') : code.error.message,
      target,
      totalRow,
    };
  };
  // pandas twice: the column alone, and with a total row computed as a ratio of sums.
  const items: TargetItem[] = CODE_TARGETS.flatMap((target) =>
    target === 'pandas' ? [item(target, false), item(target, true)] : [item(target, false)],
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert {0} as code', metric.abbreviation ?? metric.name),
    placeHolder: vscode.l10n.t('Choose the language to write the formula in'),
    matchOnDetail: true,
  });
  return picked;
}

async function openAsDocument(code: string, target: CodeTarget): Promise<Outcome> {
  const document = await vscode.workspace.openTextDocument({ content: code, language: CODE_TARGET_LANGUAGE[target] });
  await vscode.window.showTextDocument(document);
  return { status: 'done', edits: 1, tables: 0 };
}
