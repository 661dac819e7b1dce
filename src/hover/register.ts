import vscode = require('vscode');
import type { MetricDef } from '../core';
import { loadFeatures } from '../loadFeatures';
import type { ConfigStore } from '../settings/store';

/** The hover's own code, without the round trip to the workbench: what the API exposes. */
export type FormulaHover = (document: vscode.TextDocument, position: vscode.Position) => vscode.Hover | undefined;

/**
 * The formula hover, in the languages the settings name (notebook cells included, by their
 * cell language). Re-registered when the languages change; switched off by a setting.
 */
export function registerFormulaHover(context: vscode.ExtensionContext, settings: ConfigStore): FormulaHover {
  let registration: vscode.Disposable | undefined;
  // A metric's Markdown depends only on the settings (its example is computed by the core), so
  // it is built once per metric and settings, not on every pointer move.
  let markdown = new Map<MetricDef, vscode.MarkdownString>();
  const register = () => {
    registration?.dispose();
    markdown = new Map();
    const { hoverEnabled, hoverLanguages } = settings.current;
    registration =
      hoverEnabled && hoverLanguages.length > 0
        ? vscode.languages.registerHoverProvider(
            hoverLanguages.map((language) => ({ language })),
            { provideHover },
          )
        : undefined;
  };
  const markdownOf = (metric: MetricDef): vscode.MarkdownString => {
    let md = markdown.get(metric);
    if (!md) {
      const { catalog, coreOptions } = settings.current;
      md = loadFeatures().metricMarkdown(metric, catalog, coreOptions, { links: true, cautions: true });
      markdown.set(metric, md);
    }
    return md;
  };
  const provideHover: FormulaHover = (document, position) => {
    const line = document.lineAt(position.line).text;
    const found = loadFeatures().findMetricAt(line, position.character, settings.current.catalog);
    if (!found) return undefined;
    const range = new vscode.Range(position.line, found.start, position.line, found.end);
    return new vscode.Hover(markdownOf(found.metric), range);
  };
  register();
  context.subscriptions.push(settings.onDidChange(register), { dispose: () => registration?.dispose() });
  return provideHover;
}
