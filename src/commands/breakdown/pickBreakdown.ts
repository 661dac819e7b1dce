/**
 * "Break down by…": a QuickPick of the table's dimension columns and, when it has a date
 * column, the periods, several at once (canPickMany), the current choice checked; and "No
 * breakdown" first. One period at most: checking another unchecks the first. Enter with
 * nothing checked takes the item under the cursor, so typing a name and Enter is enough.
 */
import vscode = require('vscode');
import {
  NO_BREAKDOWN,
  PERIODS,
  type BreakdownChoice,
  type BreakdownOptions,
  type ReportPeriod,
} from '../../results/report/choice';

interface Item extends vscode.QuickPickItem {
  readonly dimension?: string;
  readonly period?: ReportPeriod;
  /** "No breakdown": the rows again. */
  readonly none?: boolean;
}

export function pickBreakdown(
  options: BreakdownOptions,
  current: BreakdownChoice,
): Promise<BreakdownChoice | undefined> {
  const items = itemsOf(options);
  const picker = vscode.window.createQuickPick<Item>();
  picker.title = vscode.l10n.t('Break down by…');
  picker.placeholder = vscode.l10n.t(
    'Check the columns to group by (outermost first) and a period; nothing checked shows the rows',
  );
  picker.canSelectMany = true;
  picker.matchOnDescription = true;
  picker.items = items;
  picker.selectedItems = items.filter(
    (i) =>
      (i.dimension !== undefined && current.groupBy.includes(i.dimension)) ||
      (i.period !== undefined && i.period === current.period),
  );
  let order = current.groupBy.filter((name) => options.dimensions.includes(name));
  return new Promise((resolve) => {
    const disposables: vscode.Disposable[] = [picker];
    const finish = (choice: BreakdownChoice | undefined) => {
      resolve(choice);
      for (const d of disposables) d.dispose();
    };
    disposables.push(
      picker.onDidChangeSelection((selected) => {
        order = keptOrder(order, selected);
        const periods = selected.filter((i) => i.period !== undefined);
        if (periods.length > 1)
          picker.selectedItems = selected.filter((i) => i.period === undefined || i === periods[periods.length - 1]);
      }),
      picker.onDidAccept(() => {
        const chosen =
          picker.selectedItems.length > 0
            ? picker.selectedItems
            : picker.activeItems.length > 0
              ? picker.activeItems
              : typedItem(items, picker.value);
        if (chosen.some((i) => i.none) || picker.activeItems.some((i) => i.none)) return finish(NO_BREAKDOWN);
        order = keptOrder(order, chosen);
        const period = chosen.find((i) => i.period !== undefined)?.period;
        finish({
          groupBy: order,
          ...(period !== undefined ? { period } : {}),
          ...(period !== undefined && current.compare !== undefined ? { compare: current.compare } : {}),
        });
      }),
      picker.onDidHide(() => finish(undefined)),
    );
    picker.show();
  });
}

function itemsOf(options: BreakdownOptions): Item[] {
  const dimensions: Item[] = [
    { label: vscode.l10n.t('No breakdown'), description: vscode.l10n.t('show the rows'), none: true },
    ...options.dimensions.map((name) => ({ label: name, description: vscode.l10n.t('column'), dimension: name })),
  ];
  if (options.dates.length === 0) return dimensions;
  const from = options.dates.find((d) => /^(day|date)$/i.test(d)) ?? options.dates[0]!;
  return [
    ...dimensions,
    { label: vscode.l10n.t('Periods of {0}', from), kind: vscode.QuickPickItemKind.Separator },
    ...PERIODS.map((period): Item => ({ ...periodWords(period), period })),
  ];
}

/** A period's item, its words whole: "Month", "by month". */
function periodWords(period: ReportPeriod): { label: string; description: string } {
  switch (period) {
    case 'day':
      return { label: vscode.l10n.t('Day'), description: vscode.l10n.t('by day') };
    case 'week':
      return { label: vscode.l10n.t('Week'), description: vscode.l10n.t('by week') };
    case 'month':
      return { label: vscode.l10n.t('Month'), description: vscode.l10n.t('by month') };
    case 'quarter':
      return { label: vscode.l10n.t('Quarter'), description: vscode.l10n.t('by quarter') };
    case 'year':
      return { label: vscode.l10n.t('Year'), description: vscode.l10n.t('by year') };
  }
}

/** Enter on a name typed with nothing checked (a multi-select list has no item under the cursor): the one item it names. */
function typedItem(items: readonly Item[], typed: string): Item[] {
  const words = typed.trim().toLocaleLowerCase();
  const named =
    words === ''
      ? []
      : items.filter(
          (i) => i.kind !== vscode.QuickPickItemKind.Separator && i.label.toLocaleLowerCase().includes(words),
        );
  return named.length === 1 ? named : [];
}

/** The dimensions in the order they were checked: the first checked is the outermost level. */
function keptOrder(order: readonly string[], selected: readonly Item[]): string[] {
  const names = selected.flatMap((i) => (i.dimension !== undefined ? [i.dimension] : []));
  return [...order.filter((name) => names.includes(name)), ...names.filter((name) => !order.includes(name))];
}
