// The results view's first paint of a report with 1,000 groups (issue 18's budget: ≤ 200 ms):
// Break Down by… on a table of 1,000 campaigns, timed in the page (from the `show` message to
// the frame after layout) and from the host (from the command to the page's answer).
import * as vscode from 'vscode';
import { breakDown } from '../../src/commands/breakdown/breakDown';
import { evaluateSelection, type EvaluateDeps } from '../../src/commands/evaluateSelection';
import type { Log } from '../../src/log';
import { ResultsPanel } from '../../src/results/panel';
import { readConfig } from '../../src/settings/config';
import type { ConfigStore } from '../../src/settings/store';
import { now, print } from './figures';

const GROUPS = 1_000;
const RUNS = 5;

/** Two days per campaign, names with commas and quotes, as an Ads Manager export writes them. */
function campaignsCsv(): string {
  const lines = ['Campaign name,Day,Amount spent (USD),Impressions,Link clicks,Leads'];
  for (let c = 0; c < GROUPS; c++) {
    const name = c % 3 === 0 ? `"Spring, ""EU"" ${c}"` : `Campaign ${c}`;
    for (const day of ['2026-03-01', '2026-03-02'])
      lines.push(`${name},${day},${(20 + (c % 70)).toFixed(2)},${1000 + c},${10 + (c % 40)},${c % 5}`);
  }
  return lines.join('\n');
}

export async function reportPaintRuns(extension: vscode.Extension<unknown>): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ content: campaignsCsv(), language: 'plaintext' });
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
  const results = new ResultsPanel(extension.extensionUri, silent);
  const painted = () =>
    new Promise<{ ms: number; rows: number }>((resolve) => {
      const listener = results.onDidRender((event) => {
        listener.dispose();
        resolve(event);
      });
    });
  const deps: EvaluateDeps = { settings: { current: readConfig() } as unknown as ConfigStore, log: silent, results };
  const flat = painted();
  await evaluateSelection(deps, 'append');
  await flat;
  for (let run = 1; run <= RUNS; run++) {
    const start = now();
    const shown = painted();
    const outcome = await breakDown({ log: silent, results }, { groupBy: ['Campaign name'], period: null });
    const page = await shown;
    print({
      figure: 'reportPaint',
      run,
      groups: GROUPS,
      pageMs: page.ms,
      rows: page.rows,
      hostMs: now() - start,
      outcome: outcome.status,
    });
  }
  results.dispose();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
