import vscode = require('vscode');
import { createApi, registerApiCommands, type MarketingMetricsApi } from './api/register';
import { registerCalculator } from './calculator/register';
import { DONE, registerCommands } from './commandGuard';
import { COMMANDS } from './commandIds';
import { registerEditorCommands } from './commands/register';
import { registerDefinitions } from './definition/register';
import { registerFileLenses } from './files/register';
import { registerFormulaHover } from './hover/register';
import { createLog } from './log';
import { registerSettings } from './settings/store';
import { registerMetricTree } from './tree/register';
import { registerWelcome } from './welcome/register';

/** The table of contents of the extension: each feature registers its own disposables. */
export function activate(context: vscode.ExtensionContext): MarketingMetricsApi {
  const log = createLog(context);
  const settings = registerSettings(context, log);
  const tree = registerMetricTree(context, settings, log);
  const hover = registerFormulaHover(context, settings);
  const api = createApi(settings, tree, hover);
  registerCalculator(context, settings, log);
  registerEditorCommands(context, settings, log);
  registerDefinitions(context, settings, log);
  registerFileLenses(context);
  registerWelcome(context, log);
  registerApiCommands(context, api, log);
  registerCommands(context, log, {
    [COMMANDS.showLog]: () => {
      log.show();
      return DONE;
    },
  });
  return api;
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions, which VS Code disposes.
}
