import vscode = require('vscode');
import { COMMANDS, METRICS_VIEW_ID } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import type { ConfigStore } from '../settings/store';
import { MetricTreeProvider, type TreeNode } from './metricTree';

/** The Metrics view and its own commands: find a metric, copy its formula. */
export function registerMetricTree(context: vscode.ExtensionContext, settings: ConfigStore): MetricTreeProvider {
  const provider = new MetricTreeProvider(settings);
  const view = vscode.window.createTreeView<TreeNode>(METRICS_VIEW_ID, {
    treeDataProvider: provider,
    showCollapseAll: true,
  });
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(COMMANDS.findMetric, async () => {
      const metric = await loadFeatures().pickMetric(settings.current.catalog, 'Find Metric');
      if (!metric) return;
      const node = provider.nodeFor(metric.id);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
      await vscode.commands.executeCommand(COMMANDS.openCalculator, metric.id);
    }),
    vscode.commands.registerCommand(COMMANDS.copyFormula, async (target?: TreeNode | string) => {
      const id =
        typeof target === 'string'
          ? target
          : target?.kind === 'metric'
            ? target.metric.id
            : (await loadFeatures().pickMetric(settings.current.catalog, 'Copy Formula'))?.id;
      if (!id) return;
      const { catalog, coreOptions } = settings.current;
      const formula = catalog.formula(id, coreOptions.variants?.[id]);
      if (!formula) return;
      const text = `${id} = ${formula.source}`;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(`Copied: ${text}`, 3000);
    }),
  );
  return provider;
}
