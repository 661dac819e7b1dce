/**
 * Insert Formula as Code…: a metric's formula for pandas, SQL, JavaScript, Excel/Sheets or
 * LaTeX, at every cursor in one edit. The target is the document's own language when it is one
 * of these (a notebook's Python cell gets pandas); otherwise the user picks, seeing the code.
 * With no editor open, the code opens in a new untitled document of the target's language.
 */
import vscode = require('vscode');
import { CODE_TARGET_LANGUAGE, CODE_TARGETS, formulaAsCode, type CodeTarget, type MetricDef } from '../core';
import { metricIdOf } from '../commandArgs';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { TARGET_LABELS } from '../metricText/markdown';
import { pickMetric } from '../pickers/pickMetric';
import type { ConfigStore } from '../settings/store';
import { applyEdits } from './edits';
import { isCodeTarget, targetForLanguage } from './evaluate/codeTarget';
import { CANCELLED, coreFailed, failed, refused, type Outcome } from './outcome';

interface TargetItem extends vscode.QuickPickItem {
  readonly target: CodeTarget;
}

export async function insertFormulaAsCode(settings: ConfigStore, log: Log, metricArg?: unknown, targetArg?: unknown): Promise<Outcome> {
  const command = COMMANDS.insertFormulaAsCode;
  if (targetArg !== undefined && targetArg !== null && !isCodeTarget(targetArg)) {
    return failed(log, command, `Insert Formula as Code: unknown target '${String(targetArg)}'; choose ${CODE_TARGETS.join(', ')}.`, { code: 'invalidTarget' });
  }
  const { catalog, coreOptions } = settings.current;
  const given = metricIdOf(metricArg);
  const metric = given !== undefined ? catalog.metric(given) : await pickMetric(catalog, 'Insert Formula as Code');
  if (!metric) {
    if (given === undefined) return CANCELLED;
    const guess = catalog.suggest(given);
    return failed(log, command, `Insert Formula as Code: unknown metric '${given}'${guess ? ` — did you mean '${guess}'?` : ''}`, { code: 'unknownMetric' });
  }
  const editor = vscode.window.activeTextEditor;
  const target = isCodeTarget(targetArg) ? targetArg : targetForLanguage(editor?.document.languageId) ?? (await pickTarget(metric, settings));
  if (!target) return CANCELLED;
  const code = formulaAsCode(metric.id, target, coreOptions);
  if (!code.ok) return coreFailed(log, command, code.error, 'Insert Formula as Code: ', `${metric.id} as ${target}`);
  if (!editor) return openAsDocument(code.code, target);
  const document = editor.document;
  const edits = editor.selections.map((s) => ({ start: document.offsetAt(s.start), end: document.offsetAt(s.end), text: code.code }));
  if ((await applyEdits(editor, document.version, edits)) === 'changed') return refused(log, command);
  return { status: 'done', edits: edits.length, tables: 0 };
}

async function pickTarget(metric: MetricDef, settings: ConfigStore): Promise<CodeTarget | undefined> {
  const items: TargetItem[] = CODE_TARGETS.map((target) => {
    const code = formulaAsCode(metric.id, target, settings.current.coreOptions);
    return { label: TARGET_LABELS[target], description: CODE_TARGET_LANGUAGE[target], detail: code.ok ? code.code : code.error.message, target };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Insert ${metric.abbreviation ?? metric.name} as code`,
    placeHolder: 'Choose the language to write the formula in',
    matchOnDetail: true,
  });
  return picked?.target;
}

async function openAsDocument(code: string, target: CodeTarget): Promise<Outcome> {
  const document = await vscode.workspace.openTextDocument({ content: code, language: CODE_TARGET_LANGUAGE[target] });
  await vscode.window.showTextDocument(document);
  return { status: 'done', edits: 1, tables: 0 };
}
