/** "Compare periods…": with the previous period, the same period a year before, or none. */
import vscode = require('vscode');
import type { ReportComparison } from '../../results/report/choice';

interface Item extends vscode.QuickPickItem {
  readonly compare: ReportComparison | null;
}

const ITEMS: readonly Item[] = [
  { label: 'Previous period', description: 'each month beside the month before', compare: 'previousPeriod' },
  { label: 'Previous year', description: 'each month beside the same month a year before', compare: 'previousYear' },
  { label: 'No comparison', compare: null },
];

/** The comparison, null for none, undefined when cancelled. */
export async function pickComparison(
  current: ReportComparison | undefined,
): Promise<ReportComparison | null | undefined> {
  const items = ITEMS.map((item) =>
    item.compare === (current ?? null) ? { ...item, picked: true, detail: 'current' } : item,
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Compare periods…',
    placeHolder: 'Compare each period with…',
  });
  return picked?.compare;
}
