/**
 * Quick Calculate KPI…: pick a metric, type its inputs, get the value with Copy, Insert at
 * cursor and Open in calculator. Escape at any step ends it with nothing changed. Arguments
 * (metric id or tree node, inputs, action) skip the steps they answer, for callers and tests.
 */
import vscode = require('vscode');
import { evaluate, type EvaluateResult, type Inputs, type MetricDef, type MetricValue } from '../core';
import { metricIdOf } from '../commandArgs';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { pickMetric } from '../pickers/pickMetric';
import type { ConfigStore } from '../settings/store';
import { askInputs } from './askInputs';
import { applyEdits } from '../edits/apply';
import { CANCELLED, coreFailed, failed, refused, type Outcome } from './outcome';

export const RESULT_ACTIONS = ['copy', 'insert', 'calculator'] as const;
export type ResultAction = (typeof RESULT_ACTIONS)[number];

interface ActionItem extends vscode.QuickPickItem {
  readonly action: ResultAction;
}

export async function quickCalculate(
  settings: ConfigStore,
  log: Log,
  metricArg?: unknown,
  inputsArg?: unknown,
  actionArg?: unknown,
): Promise<Outcome> {
  const command = COMMANDS.quickCalculate;
  const editor = vscode.window.activeTextEditor;
  const { catalog } = settings.current;
  const given = metricIdOf(metricArg);
  const metric =
    given !== undefined ? catalog.metric(given) : await pickMetric(catalog, vscode.l10n.t('Quick Calculate KPI'));
  if (!metric)
    return given === undefined
      ? CANCELLED
      : failed(log, command, unknownMetric(given, settings), { code: 'unknownMetric' });
  const result = await computeWithInputs(settings, metric, inputsOf(inputsArg));
  if (result === undefined) return CANCELLED;
  if (!result.ok)
    return coreFailed(log, command, result.error, `${metric.abbreviation ?? metric.name}: `, 'quick calculate');
  const action =
    RESULT_ACTIONS.find((a) => a === actionArg) ?? (await pickAction(metric, result, editor !== undefined));
  if (!action) return CANCELLED;
  return act(action, metric, result, editor, log);
}

/** Asks for the missing inputs until the formula accepts them; a refused value sends the user back to it. */
async function computeWithInputs(
  settings: ConfigStore,
  metric: MetricDef,
  given: Inputs,
): Promise<EvaluateResult | undefined> {
  const { catalog, coreOptions, locale, currency } = settings.current;
  const formula = catalog.formula(metric.id, coreOptions.variants?.[metric.id]);
  const inputs = formula?.inputs ?? [];
  const missing = inputs.findIndex((input) => given[input] === undefined);
  if (missing < 0) return evaluate(metric.id, given, coreOptions);
  const title = vscode.l10n.t(
    'Quick Calculate: {0}',
    `${metric.abbreviation ?? metric.name} = ${formula?.source ?? metric.formula}`,
  );
  let values = given;
  let start: { index: number; message?: string } = { index: missing };
  for (;;) {
    const asked = await askInputs({ metric, inputs, title, catalog, locale, currency, values, start });
    if (!asked) return undefined;
    const result = evaluate(metric.id, asked, coreOptions);
    const index = result.ok ? -1 : inputs.indexOf(result.error.input ?? '');
    if (result.ok || index < 0) return result;
    values = asked;
    start = { index, message: result.error.message };
  }
}

async function pickAction(
  metric: MetricDef,
  result: MetricValue,
  canInsert: boolean,
): Promise<ResultAction | undefined> {
  const label = metric.abbreviation ?? metric.name;
  const items: ActionItem[] = [
    { label: `$(copy) ${vscode.l10n.t('Copy {0}', result.text)}`, action: 'copy' },
    ...(canInsert
      ? [{ label: `$(insert) ${vscode.l10n.t('Insert {0} at the cursor', result.text)}`, action: 'insert' as const }]
      : []),
    { label: `$(symbol-operator) ${vscode.l10n.t('Open {0} in the calculator', label)}`, action: 'calculator' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: `${label} = ${result.text}`,
    placeHolder: vscode.l10n.t('{0} is {1} ({2}). What next?', metric.name, result.text, result.formula),
  });
  return picked?.action;
}

async function act(
  action: ResultAction,
  metric: MetricDef,
  result: MetricValue,
  editor: vscode.TextEditor | undefined,
  log: Log,
): Promise<Outcome> {
  switch (action) {
    case 'copy':
      await vscode.env.clipboard.writeText(result.text);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', result.text), 3000);
      return { status: 'done', edits: 0, tables: 0, copied: result.text };
    case 'insert': {
      if (!editor)
        return failed(
          log,
          COMMANDS.quickCalculate,
          vscode.l10n.t('Quick Calculate: there is no editor to insert into; the value was not inserted.'),
          { code: 'noEditor' },
        );
      const document = editor.document;
      const edits = editor.selections.map((s) => ({
        start: document.offsetAt(s.start),
        end: document.offsetAt(s.end),
        text: result.text,
      }));
      if ((await applyEdits(editor, document.version, edits)) === 'changed')
        return refused(log, COMMANDS.quickCalculate);
      return { status: 'done', edits: edits.length, tables: 0 };
    }
    case 'calculator':
      await vscode.commands.executeCommand(COMMANDS.openCalculator, metric.id);
      return { status: 'done', edits: 0, tables: 0 };
  }
}

/** Inputs given as arguments: numbers, or text the core reads in the user's locale. */
function inputsOf(arg: unknown): Inputs {
  const inputs = Object.create(null) as Record<string, string | number>;
  if (typeof arg !== 'object' || arg === null) return inputs;
  for (const [key, value] of Object.entries(arg)) {
    if (typeof value === 'number' || typeof value === 'string') inputs[key] = value;
  }
  return inputs;
}

function unknownMetric(name: string, settings: ConfigStore): string {
  const guess = settings.current.catalog.suggest(name);
  return guess
    ? vscode.l10n.t("Quick Calculate: unknown metric '{0}' — did you mean '{1}'?", name, guess)
    : vscode.l10n.t("Quick Calculate: unknown metric '{0}'", name);
}
