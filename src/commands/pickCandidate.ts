import vscode = require('vscode');
import type { MetricValue } from '../core';
import type { Candidate } from './evaluate/numbers';

export type ComputedCandidate = Candidate & { readonly result: MetricValue };

interface CandidateItem extends vscode.QuickPickItem {
  readonly candidate?: Candidate;
}

const COPY_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('copy'),
  tooltip: vscode.l10n.t('Copy the value'),
};

/**
 * A QuickPick of the metrics a list of numbers can be, each with its value for them. Resolves
 * the choice and whether to copy it (the item's copy button) instead of inserting it, or
 * undefined on Escape. Metrics these numbers cannot give are listed with the reason.
 */
export function pickCandidate(
  candidates: readonly Candidate[],
  title: string,
): Promise<{ candidate: ComputedCandidate; copy: boolean } | undefined> {
  const quickPick = vscode.window.createQuickPick<CandidateItem>();
  quickPick.title = title;
  quickPick.placeholder = vscode.l10n.t(
    'Which metric are these numbers the inputs of? (in the order its formula names them)',
  );
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = itemsOf(candidates);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: { candidate: ComputedCandidate; copy: boolean } | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      quickPick.dispose();
    };
    const choose = (item: CandidateItem | undefined, copy: boolean) => {
      const candidate = item?.candidate;
      if (!candidate) return;
      if (!candidate.result.ok) {
        quickPick.title = `${candidate.metric.abbreviation ?? candidate.metric.name}: ${candidate.result.error.message}`;
        return;
      }
      finish({ candidate: candidate as ComputedCandidate, copy });
    };
    quickPick.onDidAccept(() => choose(quickPick.selectedItems[0], false));
    quickPick.onDidTriggerItemButton((event) => choose(event.item, true));
    quickPick.onDidHide(() => finish(undefined));
    quickPick.show();
  });
}

function itemsOf(candidates: readonly Candidate[]): CandidateItem[] {
  const items: CandidateItem[] = [];
  let separated = false;
  for (const candidate of candidates) {
    const metric = candidate.metric;
    const name = metric.abbreviation ? `${metric.abbreviation} — ${metric.name}` : metric.name;
    if (candidate.result.ok) {
      items.push({
        label: name,
        description: candidate.result.text,
        detail: candidate.call,
        buttons: [COPY_BUTTON],
        candidate,
      });
      continue;
    }
    if (!separated)
      items.push({
        label: vscode.l10n.t('Not computable from these numbers'),
        kind: vscode.QuickPickItemKind.Separator,
      });
    separated = true;
    items.push({
      label: `$(circle-slash) ${name}`,
      description: candidate.result.error.message,
      detail: candidate.call,
      candidate,
    });
  }
  return items;
}
