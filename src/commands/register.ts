import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { ResultsPanel } from '../results/panel';
import type { ConfigStore } from '../settings/store';
import { evaluateSelection } from './evaluateSelection';
import { insertFormulaAsCode } from './insertFormulaAsCode';
import type { Outcome } from './outcome';
import { quickCalculate } from './quickCalculate';

/**
 * The editor commands and the results view they fill. Each command returns its Outcome to
 * executeCommand callers; an unexpected exception is logged and shown, never left unhandled.
 */
export function registerEditorCommands(context: vscode.ExtensionContext, settings: ConfigStore, log: Log): void {
  const results = new ResultsPanel(context.extensionUri, log);
  const deps = { settings, log, results };
  const commands: Readonly<Record<string, (...args: unknown[]) => Promise<Outcome>>> = {
    [COMMANDS.quickCalculate]: (metric, inputs, action) => quickCalculate(settings, log, metric, inputs, action),
    [COMMANDS.evaluateSelection]: (arg) => evaluateSelection(deps, 'append', arg),
    [COMMANDS.evaluateAndReplaceSelection]: (arg) => evaluateSelection(deps, 'replace', arg),
    [COMMANDS.insertFormulaAsCode]: (metric, target) => insertFormulaAsCode(settings, log, metric, target),
  };
  context.subscriptions.push(results);
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => guarded(id, log, () => handler(...args))));
  }
}

async function guarded(id: string, log: Log, run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    log.error(`${id}: unexpected error`, error);
    const message = `Marketing Metrics: ${id.replace('marketingMetrics.', '')} failed unexpectedly. See the log (Marketing Metrics: Show Log).`;
    void vscode.window.showErrorMessage(message);
    return { status: 'failed', message };
  }
}
