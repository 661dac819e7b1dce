import * as vscode from 'vscode';
import { metricMarkdown } from '../metricText/markdown';
import type { ConfigStore } from '../settings/store';
import { findMetricAt } from './findMetricAt';

/**
 * The formula hover, in the languages the settings name (notebook cells included, by their
 * cell language). Re-registered when the languages change; switched off by a setting.
 */
export function registerFormulaHover(context: vscode.ExtensionContext, settings: ConfigStore): void {
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    const { hoverEnabled, hoverLanguages } = settings.current;
    registration = hoverEnabled && hoverLanguages.length > 0
      ? vscode.languages.registerHoverProvider(hoverLanguages.map((language) => ({ language })), { provideHover })
      : undefined;
  };
  const provideHover = (document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined => {
    const { catalog, coreOptions } = settings.current;
    const line = document.lineAt(position.line).text;
    const found = findMetricAt(line, position.character, catalog);
    if (!found) return undefined;
    const range = new vscode.Range(position.line, found.start, position.line, found.end);
    return new vscode.Hover(metricMarkdown(found.metric, catalog, coreOptions, { links: true, cautions: true }), range);
  };
  register();
  context.subscriptions.push(settings.onDidChange(register), { dispose: () => registration?.dispose() });
}
