import vscode = require('vscode');
import { registerCommands } from '../commandGuard';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';
import { loadFeatures } from '../loadFeatures';
import type { ResultsPanel } from '../results/panel';

/**
 * The editor commands and the results view they fill. Each command returns its Outcome to
 * executeCommand callers; the guard checks their arguments and turns an exception into a failure.
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
  context.subscriptions.push({ dispose: () => results?.dispose() });
  registerCommands(context, log, {
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
  });
}
