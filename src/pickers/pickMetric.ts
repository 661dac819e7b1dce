import vscode = require('vscode');
import type { Catalog, MetricDef } from '../core';
import { metricPickItem, type MetricPickItem } from './metricItem';

type Row = MetricPickItem | (vscode.QuickPickItem & { readonly metric?: undefined });

/**
 * A QuickPick over every metric, searchable by abbreviation, name and alias (see metricItem.ts
 * for how a row reads and why typing an abbreviation puts its metric first), with the formula
 * as detail and categories as separators. Resolves undefined when the user presses Escape.
 */
export async function pickMetric(
  catalog: Catalog,
  title: string,
  filter: (m: MetricDef) => boolean = () => true,
): Promise<MetricDef | undefined> {
  const items: Row[] = [];
  const seen = new Set<string>();
  for (const category of catalog.categories) {
    const metrics = category.metrics
      .map((id) => catalog.metrics.get(id))
      .filter((m): m is MetricDef => !!m && !seen.has(m.id) && filter(m));
    if (metrics.length === 0) continue;
    items.push({ label: category.name, kind: vscode.QuickPickItemKind.Separator });
    for (const metric of metrics) {
      seen.add(metric.id);
      items.push(metricPickItem(metric));
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Type an abbreviation, name or alias (CTR, cost per click, roas)'),
    // The name and aliases are in the description, the formula in the detail.
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.metric;
}
