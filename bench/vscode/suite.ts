/**
 * Runs inside VS Code's extension host as `extensionTestsPath` (launched by bench/vscode/run.ts
 * through the integration harness's code-server): activation, hovers and Evaluate Selection,
 * timed from the extension host, printed as one `MMX-BENCH {json}` line per figure.
 */
import * as vscode from 'vscode';

const EXTENSION_ID = 'marketing-metrics.marketing-metrics-explorer';
const TAG = 'MMX-BENCH';
const HOVERS = 1000;

const now = (): number => performance.now();
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
};
const print = (figure: Record<string, unknown>): void => console.log(`${TAG} ${JSON.stringify(figure)}`);

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the bench needs its workspace folder open');
  await activation();
  await hovers(vscode.Uri.joinPath(folder, 'hover-5mb.md'));
  await evaluateSelection(vscode.Uri.joinPath(folder, 'rows-100k.json'));
}

/** Wall time of activate(): loading the bundle and running activate(), as the host does on an activation event. */
async function activation(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  if (extension.isActive) {
    print({ figure: 'activation', note: 'already active before the bench could time it' });
    return;
  }
  const start = now();
  await extension.activate();
  print({ figure: 'activation', ms: now() - start });
}

/**
 * 1,000 hovers through vscode.executeHoverProvider, which runs every hover provider (ours and
 * Markdown's) and crosses to the workbench and back; hovers on words that are no metric give
 * that round trip alone, to subtract.
 */
async function hovers(uri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const onMetric: vscode.Position[] = [];
  const offMetric: vscode.Position[] = [];
  const step = Math.max(1, Math.floor(document.lineCount / HOVERS));
  for (let line = 0; line < document.lineCount && onMetric.length < HOVERS; line += step) {
    const text = document.lineAt(line).text;
    const at = text.indexOf('CTR');
    if (at >= 0) onMetric.push(new vscode.Position(line, at + 1));
    const plain = text.indexOf('week');
    if (plain >= 0) offMetric.push(new vscode.Position(line, plain + 1));
  }
  const time = async (positions: readonly vscode.Position[]) => {
    const times: number[] = [];
    let shown = 0;
    for (const position of positions) {
      const start = now();
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      times.push(now() - start);
      if ((result ?? []).length > 0) shown++;
    }
    return { times, shown };
  };
  await time(onMetric.slice(0, 20)); // warm-up
  const on = await time(onMetric);
  const off = await time(offMetric.slice(0, on.times.length));
  print({ figure: 'hover', bytes: document.getText().length, hovers: on.times.length, medianMs: median(on.times), withHover: on.shown, noMetricMedianMs: median(off.times) });
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/** Select all of a 100,000-row JSON document and run Evaluate Selection until its promise settles. */
async function evaluateSelection(uri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const end = document.lineAt(document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), end);
  const start = now();
  const outcome = await vscode.commands.executeCommand<{ status?: string; message?: string }>('marketingMetrics.evaluateSelection');
  const ms = now() - start;
  print({ figure: 'evaluateSelection', rows: 100_000, bytes: document.getText().length, ms, outcome: outcome?.status ?? 'none', message: outcome?.message });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
