/** "Compare periods…": with the previous period, the same period a year before, or none. */
import vscode = require('vscode');
import type { ReportComparison } from '../../results/report/choice';

interface Item extends vscode.QuickPickItem {
  readonly compare: ReportComparison | null;
}

const ITEMS: readonly Item[] = [
  {
    label: vscode.l10n.t('Previous period'),
    description: vscode.l10n.t('each month beside the month before'),
    compare: 'previousPeriod',
  },
  {
    label: vscode.l10n.t('Previous year'),
    description: vscode.l10n.t('each month beside the same month a year before'),
    compare: 'previousYear',
  },
  { label: vscode.l10n.t('No comparison'), compare: null },
];

/** The comparison, null for none, undefined when cancelled. */
export async function pickComparison(
  current: ReportComparison | undefined,
): Promise<ReportComparison | null | undefined> {
  const items = ITEMS.map((item) =>
    item.compare === (current ?? null) ? { ...item, picked: true, detail: vscode.l10n.t('current') } : item,
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Compare periods…'),
    placeHolder: vscode.l10n.t('Compare each period with…'),
  });
  return picked?.compare;
}
