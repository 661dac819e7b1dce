import vscode = require('vscode');
import { metricIdOf } from '../commandArgs';
import { CANCELLED, DONE, failed, registerCommands } from '../commandGuard';
import { COMMANDS } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';

const SCHEME = 'marketing-metrics';

/** Show Definition: a read-only Markdown document per metric, opened in the preview. */
export function registerDefinitions(context: vscode.ExtensionContext, settings: ConfigStore, log: Log): void {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const { catalog, coreOptions } = settings.current;
      const metric = catalog.metrics.get(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
      return metric
        ? loadFeatures().definitionMarkdown(metric, catalog, coreOptions)
        : `# ${vscode.l10n.t('Unknown metric')}\n\n${vscode.l10n.t('This metric is no longer defined.')}`;
    },
  };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    settings.onDidChange(() => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === SCHEME) changed.fire(doc.uri);
    }),
  );
  registerCommands(context, log, {
    [COMMANDS.showDefinition]: async (arg) => {
      const given = metricIdOf(arg);
      const { catalog } = settings.current;
      const metric =
        given !== undefined
          ? catalog.metric(given)
          : await loadFeatures().pickMetric(catalog, vscode.l10n.t('Show Definition'));
      if (!metric) {
        if (given === undefined) return CANCELLED;
        return failed(
          log,
          COMMANDS.showDefinition,
          vscode.l10n.t("Show Definition: there is no metric '{0}'.", given),
          {
            code: 'unknownMetric',
          },
        );
      }
      const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${metric.id}.md` });
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return DONE;
    },
  });
}
