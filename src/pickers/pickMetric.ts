import vscode = require('vscode');
import type { Catalog, MetricDef } from '../core';

interface MetricPick extends vscode.QuickPickItem {
  readonly metric?: MetricDef;
}

/**
 * A QuickPick over every metric, searchable by name, abbreviation and alias, with the formula
 * as detail and categories as separators. Resolves undefined when the user presses Escape.
 */
export async function pickMetric(catalog: Catalog, title: string, filter: (m: MetricDef) => boolean = () => true): Promise<MetricDef | undefined> {
  const items: MetricPick[] = [];
  const seen = new Set<string>();
  for (const category of catalog.categories) {
    const metrics = category.metrics.map((id) => catalog.metrics.get(id)).filter((m): m is MetricDef => !!m && !seen.has(m.id) && filter(m));
    if (metrics.length === 0) continue;
    items.push({ label: category.name, kind: vscode.QuickPickItemKind.Separator });
    for (const metric of metrics) {
      seen.add(metric.id);
      items.push({
        label: metric.name,
        description: [metric.abbreviation, ...metric.aliases.filter((a) => a.toLowerCase() !== metric.name.toLowerCase())].filter(Boolean).join(' · '),
        detail: `${metric.id} = ${metric.formula}`,
        metric,
      });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: 'Type a name, abbreviation or alias (CTR, cost per click, roas)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.metric;
}
