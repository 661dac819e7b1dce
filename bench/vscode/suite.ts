/**
 * Runs inside VS Code's extension host as `extensionTestsPath` (launched by bench/vscode/run.ts
 * through the integration harness's code-server): activation, hovers and Evaluate Selection,
 * timed from the extension host, printed as one `MMX-BENCH {json}` line per figure.
 * MMX_BENCH=activation,hover,evaluate,report runs only those parts (all by default).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import { activation } from './activation';
import { evaluateSelectionRuns } from './evaluate';
import { hovers } from './hover';
import { reportPaintRuns } from './report';

export async function run(): Promise<void> {
  const parts = (process.env.MMX_BENCH ?? 'activation,hover,evaluate,report').split(',');
  // The data lies next to the opened folder, not in it, so that nothing in the workspace
  // can fire an activation event before activation is timed.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the bench needs its workspace folder open');
  const data = vscode.Uri.file(path.join(path.dirname(folder.fsPath), 'data'));
  const extension = await activation();
  const api = (await extension.activate()) as MarketingMetricsApi;
  if (parts.includes('hover')) await hovers(vscode.Uri.joinPath(data, 'hover-5mb.md'), api);
  if (parts.includes('evaluate')) await evaluateSelectionRuns(vscode.Uri.joinPath(data, 'rows-100k.json'), extension);
  if (parts.includes('report')) await reportPaintRuns(extension);
}
