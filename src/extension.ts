import vscode = require('vscode');
import { createApi, registerApiCommands, type MarketingMetricsApi } from './api/register';
import { registerCalculator } from './calculator/register';
import { COMMANDS } from './commandIds';
import { registerEditorCommands } from './commands/register';
import { registerDefinitions } from './definition/register';
import { registerFileLenses } from './files/register';
import { registerFormulaHover } from './hover/register';
import { createLog } from './log';
import { registerSettings } from './settings/store';
import { registerMetricTree } from './tree/register';

/** The table of contents of the extension: each feature registers its own disposables. */
export function activate(context: vscode.ExtensionContext): MarketingMetricsApi {
  const log = createLog(context);
  const settings = registerSettings(context, log);
  const tree = registerMetricTree(context, settings);
  const hover = registerFormulaHover(context, settings);
  const api = createApi(settings, tree, hover);
  registerCalculator(context, settings, log);
  registerEditorCommands(context, settings, log);
  registerDefinitions(context, settings);
  registerFileLenses(context);
  registerApiCommands(context, api);
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.showLog, () => log.show()));
  return api;
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions, which VS Code disposes.
}
