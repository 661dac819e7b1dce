import vscode = require('vscode');
import { IGNORE_MAPPING, type Catalog } from '../core';
import { UNIT_LABELS } from '../metricText/describe';

/** What the user said a column is: an id, 'ignore', or null to forget the mapping. */
export type ColumnChoice = string | null;

interface ChoicePick extends vscode.QuickPickItem {
  readonly choice: ColumnChoice;
}

/**
 * "Use as…": a QuickPick of every input quantity (name, unit, description), then the metrics
 * (for a column that is the export's own KPI), "leave it out" and, when the column is mapped
 * already, "forget my mapping". Undefined when the user pressed Escape.
 */
export async function pickColumnMeaning(
  catalog: Catalog,
  column: string,
  current: { text: string; mapped: boolean },
): Promise<ColumnChoice | undefined> {
  const items: ChoicePick[] = [
    { label: vscode.l10n.t('Inputs'), kind: vscode.QuickPickItemKind.Separator, choice: null },
  ];
  for (const quantity of catalog.quantities.values()) {
    items.push({
      label: quantity.name,
      description: [
        quantity.id,
        UNIT_LABELS[quantity.unit],
        ...(quantity.additive ? [] : [vscode.l10n.t('not additive')]),
      ].join(' · '),
      ...(quantity.description !== undefined ? { detail: quantity.description } : {}),
      choice: quantity.id,
    });
  }
  items.push({ label: vscode.l10n.t("The export's own KPI"), kind: vscode.QuickPickItemKind.Separator, choice: null });
  for (const metric of catalog.metrics.values()) {
    items.push({
      label: metric.name,
      description: [metric.id, UNIT_LABELS[metric.unit], vscode.l10n.t('compared with ours')].join(' · '),
      detail: `${metric.id} = ${metric.formula}`,
      choice: metric.id,
    });
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator, choice: null });
  items.push({
    label: `$(circle-slash) ${vscode.l10n.t('Leave this column out')}`,
    description: IGNORE_MAPPING,
    choice: IGNORE_MAPPING,
  });
  if (current.mapped)
    items.push({
      label: `$(discard) ${vscode.l10n.t('Forget my mapping')}`,
      description: vscode.l10n.t('read the column by its name again'),
      choice: null,
    });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t("Use '{0}' as…", column),
    placeHolder: vscode.l10n.t(
      'Now: {0}. Type a quantity (cost, clicks, revenue…); saved in marketingMetrics.columnMappings',
      current.text,
    ),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked === undefined ? undefined : picked.choice;
}
