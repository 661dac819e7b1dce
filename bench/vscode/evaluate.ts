// Evaluate Selection on a 100,000-row JSON document (16 MB): end to end through the registered
// command, then the command's own code again with a stage recorder, to see where the time goes.
import * as vscode from 'vscode';
import { evaluateSelection, type EvaluateDeps } from '../../src/commands/evaluateSelection';
import { Stages } from '../../src/commands/evaluate/stages';
import type { Log } from '../../src/log';
import { ResultsPanel } from '../../src/results/panel';
import { readConfig } from '../../src/settings/config';
import type { ConfigStore } from '../../src/settings/store';
import { now, print } from './figures';

const RUNS = 3;

export async function evaluateSelectionRuns(uri: vscode.Uri, extension: vscode.Extension<unknown>): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  const bytes = document.getText().length;
  for (let run = 1; run <= RUNS; run++) {
    const start = now();
    const outcome = await vscode.commands.executeCommand<{ status?: string; message?: string }>(
      'marketingMetrics.evaluateSelection',
    );
    print({
      figure: 'evaluateSelection',
      run,
      rows: 100_000,
      bytes,
      ms: now() - start,
      outcome: outcome?.status ?? 'none',
      message: outcome?.message,
    });
  }
  const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
  const results = new ResultsPanel(extension.extensionUri, silent);
  for (let run = 1; run <= RUNS; run++) {
    const stages = new Stages();
    const deps: EvaluateDeps = {
      settings: { current: readConfig() } as unknown as ConfigStore,
      log: silent,
      results,
      stages,
    };
    const start = now();
    const outcome = await evaluateSelection(deps, 'append');
    print({ figure: 'evaluateStages', run, ms: now() - start, outcome: outcome.status, stages: stages.all });
  }
  results.dispose();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
