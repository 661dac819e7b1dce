import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import { metricIdOf } from '../commandArgs';
import { loadFeatures } from '../loadFeatures';
import type { ConfigStore } from '../settings/store';

const SCHEME = 'marketing-metrics';

/** Show Definition: a read-only Markdown document per metric, opened in the preview. */
export function registerDefinitions(context: vscode.ExtensionContext, settings: ConfigStore): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const { catalog, coreOptions } = settings.current;
      const metric = catalog.metrics.get(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
      return metric
        ? loadFeatures().definitionMarkdown(metric, catalog, coreOptions)
        : '# Unknown metric\n\nThis metric is no longer defined.';
    },
  };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    settings.onDidChange(() => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SCHEME) changed.fire(doc.uri);
    }),
    vscode.commands.registerCommand(COMMANDS.showDefinition, async (arg?: unknown) => {
      const id = metricIdOf(arg) ?? (await loadFeatures().pickMetric(settings.current.catalog, 'Show Definition'))?.id;
      if (!id) return;
      const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md` });
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    }),
  );
}
