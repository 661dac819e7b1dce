import vscode = require('vscode');
import { metricIdOf } from '../commandArgs';
import { CANCELLED, DONE, failed, registerCommands, type Outcome } from '../commandGuard';
import { COMMANDS, METRIC_SELECTED_CONTEXT, METRICS_VIEW_ID } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';
import { MetricTreeProvider, type TreeNode } from './metricTree';

/** The Metrics view and its own commands: find a metric, copy its formula. */
export function registerMetricTree(
  context: vscode.ExtensionContext,
  settings: ConfigStore,
  log: Log,
): MetricTreeProvider {
  const provider = new MetricTreeProvider(settings);
  const view = vscode.window.createTreeView<TreeNode>(METRICS_VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  context.subscriptions.push(
    provider,
    view,
    // The Get Started view (package.json) shows while no metric is selected.
    view.onDidChangeSelection((e) =>
      vscode.commands.executeCommand('setContext', METRIC_SELECTED_CONTEXT, e.selection.length > 0),
    ),
  );
  registerCommands(context, log, {
    [COMMANDS.findMetric]: async () => {
      const metric = await loadFeatures().pickMetric(settings.current.catalog, vscode.l10n.t('Find Metric'));
      if (!metric) return CANCELLED;
      const node = provider.nodeFor(metric.id);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
      return (await vscode.commands.executeCommand<Outcome>(COMMANDS.openCalculator, metric.id)) ?? DONE;
    },
    [COMMANDS.copyFormula]: async (target) => {
      const given = metricIdOf(target);
      const { catalog, coreOptions } = settings.current;
      const metric =
        given !== undefined
          ? catalog.metric(given)
          : await loadFeatures().pickMetric(catalog, vscode.l10n.t('Copy Formula'));
      if (!metric) {
        if (given === undefined) return CANCELLED;
        return failed(log, COMMANDS.copyFormula, vscode.l10n.t("Copy Formula: there is no metric '{0}'.", given), {
          code: 'unknownMetric',
        });
      }
      const formula = catalog.formula(metric.id, coreOptions.variants?.[metric.id]);
      // Every metric of the catalog has a formula: undefined is the type's, for an unknown id.
      if (!formula) return CANCELLED;
      const text = `${metric.id} = ${formula.source}`;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', text), 3000);
      return { ...DONE, copied: text };
    },
  });
  return provider;
}
