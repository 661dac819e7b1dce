/**
 * A metric as a QuickPick row, the same in every picker that lists metrics (Quick Calculate,
 * Insert Formula as Code, Find Metric, Copy Formula, Show Definition: all via pickMetric).
 *
 * The row is ranked by VS Code's own quick-pick sorter, so its text decides where it lands.
 * When the typed text matches labels, VS Code lists the label matches first, and among them
 * labels that start with the typed text first, the shorter of two such labels before the
 * longer one. So a metric with an abbreviation has its abbreviation, and nothing else, as its
 * label: typing `cac` makes the label "CAC" an exact prefix match that no other label starting
 * with "cac" can be shorter than ("CAC payback period" would beat "CAC — Customer acquisition
 * cost"). Its name comes first in the description, then the aliases; the formula is the
 * detail. A metric without an abbreviation keeps its name as the label.
 */
import type * as vscode from 'vscode';
import type { MetricDef } from '../core';

export interface MetricPickItem extends vscode.QuickPickItem {
  readonly metric: MetricDef;
}

export function metricPickItem(metric: MetricDef): MetricPickItem {
  const abbreviation = metric.abbreviation?.trim() || undefined;
  const label = abbreviation ?? metric.name;
  // Each alias once, and none that repeats what the label or the name already says.
  const said = new Set([label, metric.name].map((text) => text.toLowerCase()));
  const aliases = metric.aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  const description = (abbreviation ? [metric.name, ...aliases] : aliases).join(' · ');
  return { label, ...(description ? { description } : {}), detail: `${metric.id} = ${metric.formula}`, metric };
}
