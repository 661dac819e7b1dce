import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';
import { loadFeatures } from '../loadFeatures';
import type { ResultsPanel } from '../results/panel';
import type { Outcome } from './outcome';

/**
 * The editor commands and the results view they fill. Each command returns its Outcome to
 * executeCommand callers; an unexpected exception is logged and shown, never left unhandled.
 */
export function registerEditorCommands(context: vscode.ExtensionContext, settings: ConfigStore, log: Log): void {
  // Made by the first command that shows a table.
  let results: ResultsPanel | undefined;
  const deps = {
    settings,
    log,
    memory: context.workspaceState,
    get results(): ResultsPanel {
      return (results ??= new (loadFeatures().ResultsPanel)(context.extensionUri, log));
    },
  };
  const commands: Readonly<Record<string, (...args: unknown[]) => Promise<Outcome>>> = {
    [COMMANDS.quickCalculate]: (metric, inputs, action) =>
      loadFeatures().quickCalculate(settings, log, metric, inputs, action),
    [COMMANDS.evaluateSelection]: (arg) => loadFeatures().evaluateSelection(deps, 'append', arg),
    [COMMANDS.evaluateAndReplaceSelection]: (arg) => loadFeatures().evaluateSelection(deps, 'replace', arg),
    [COMMANDS.insertFormulaAsCode]: (metric, target, dialect) =>
      loadFeatures().insertFormulaAsCode(settings, log, metric, target, dialect),
    [COMMANDS.useColumnAs]: (arg) => loadFeatures().useColumnAs(deps, arg),
    [COMMANDS.breakDown]: (arg) => loadFeatures().breakDown(deps, arg),
    [COMMANDS.comparePeriods]: (arg) => loadFeatures().comparePeriods(deps, arg),
    [COMMANDS.computeFileKpis]: (arg) => loadFeatures().computeFileKpis(deps, arg),
    [COMMANDS.insertReportAsCode]: (arg) => loadFeatures().insertReportAsCode(deps, arg),
  };
  context.subscriptions.push({ dispose: () => results?.dispose() });
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (...args: unknown[]) => guarded(id, log, () => handler(...args))),
    );
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
