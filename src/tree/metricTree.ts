import vscode = require('vscode');
import type { CategoryDef, MetricDef } from '../core';
import { COMMANDS } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import type { ConfigStore } from '../settings/store';

export type TreeNode =
  | { readonly kind: 'category'; readonly category: CategoryDef }
  | { readonly kind: 'metric'; readonly category: CategoryDef; readonly metric: MetricDef };

export interface TreeSnapshot {
  readonly label: string;
  readonly description: string;
  readonly children: readonly TreeSnapshot[];
}

/** The first category listing the metric: its home; the others list it as shared. */
export function homeOf(metricId: string, categories: readonly CategoryDef[]): CategoryDef | undefined {
  return categories.find((c) => c.metrics.includes(metricId));
}

/** "8", or "2 · 1 shared", or "4 shared": a shared metric is counted once, in its home. */
export function countText(category: CategoryDef, categories: readonly CategoryDef[]): string {
  const own = category.metrics.filter((id) => homeOf(id, categories)?.id === category.id).length;
  const shared = category.metrics.length - own;
  if (shared === 0) return `${own}`;
  const sharedText = vscode.l10n.t('{0} shared', shared);
  return own === 0 ? sharedText : `${own} · ${sharedText}`;
}

function labelsOf(item: vscode.TreeItem): { label: string; description: string } {
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return { label, description: typeof item.description === 'string' ? item.description : '' };
}

/** Categories in the seed order (then Manufacturing, Unit economics, Custom) and their metrics. */
export class MetricTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly settings: ConfigStore) {
    this.subscription = settings.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const { catalog } = this.settings.current;
    if (!node)
      return catalog.categories.filter((c) => c.metrics.length > 0).map((category) => ({ kind: 'category', category }));
    if (node.kind === 'metric') return [];
    return node.category.metrics.flatMap((id) => {
      const metric = catalog.metrics.get(id);
      return metric ? [{ kind: 'metric' as const, category: node.category, metric }] : [];
    });
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'metric' ? { kind: 'category', category: node.category } : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'category') {
      const item = new vscode.TreeItem(node.category.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `category:${node.category.id}`;
      item.description = countText(node.category, this.settings.current.catalog.categories);
      item.contextValue = 'category';
      return item;
    }
    const { metric } = node;
    const item = new vscode.TreeItem(metric.name, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.category.id}/${metric.id}`;
    const home = homeOf(metric.id, this.settings.current.catalog.categories);
    const shared = home !== undefined && home.id !== node.category.id;
    item.description = shared
      ? [metric.abbreviation, vscode.l10n.t('in {0}', home.name)].filter(Boolean).join(' · ')
      : (metric.abbreviation ?? '');
    item.contextValue = 'metric';
    item.iconPath = new vscode.ThemeIcon(metric.custom ? 'symbol-property' : shared ? 'link' : 'symbol-numeric');
    item.command = {
      command: COMMANDS.openCalculator,
      title: vscode.l10n.t('Open in Calculator'),
      arguments: [metric.id],
    };
    item.accessibilityInformation = {
      label: `${metric.name}${metric.abbreviation ? ` (${metric.abbreviation})` : ''}`,
    };
    return item;
  }

  /**
   * Tooltips are built on hover, not for every row up front: each renders Markdown and computes
   * the metric's example, which the view's first render need not wait for.
   */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'category') {
      item.tooltip = node.category.description;
      return item;
    }
    const { catalog, coreOptions } = this.settings.current;
    item.tooltip = loadFeatures().metricMarkdown(node.metric, catalog, coreOptions);
    return item;
  }

  /** The first tree node that shows a metric, for reveal(). */
  nodeFor(metricId: string): TreeNode | undefined {
    const { catalog } = this.settings.current;
    const metric = catalog.metrics.get(metricId);
    const category = catalog.categories.find((c) => c.metrics.includes(metricId));
    return metric && category ? { kind: 'metric', category, metric } : undefined;
  }

  /** What the view shows, as plain data: for the API and for tests that cannot read the DOM. */
  snapshot(): TreeSnapshot[] {
    return this.getChildren().map((node) => ({
      ...labelsOf(this.getTreeItem(node)),
      children: this.getChildren(node).map((child) => ({ ...labelsOf(this.getTreeItem(child)), children: [] })),
    }));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
