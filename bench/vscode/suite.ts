/**
 * Runs inside VS Code's extension host as `extensionTestsPath` (launched by bench/vscode/run.ts
 * through the integration harness's code-server): activation, hovers and Evaluate Selection,
 * timed from the extension host, printed as one `MMX-BENCH {json}` line per figure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
    print({ figure: 'activation', note: 'already active when the suite started (an activation event came first)' });
  } else {
    const start = now();
    await extension.activate();
    print({ figure: 'activation', ms: now() - start });
  }
  // The part of activation that is the bundle's own: parse and run dist/extension.js in this
  // host, from a fresh copy (the loaded one is cached). Median of 9 loads.
  const bundle = path.join(extension.extensionPath, 'dist', 'extension.js');
  const loads: number[] = [];
  for (let i = 0; i < 9; i++) {
    const copy = path.join(os.tmpdir(), `mmx-bench-extension-${process.pid}-${i}.js`);
    fs.copyFileSync(bundle, copy);
    const start = now();
    require(copy);
    loads.push(now() - start);
    fs.rmSync(copy, { force: true });
  }
  print({ figure: 'bundleLoad', ms: median(loads) });
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
  const lines: number[] = [];
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes('CTR')) lines.push(line);
  // 1,000 lines spread over the whole file, so hovers near its end count as much as near its start.
  for (let k = 0; k < HOVERS && lines.length > 0; k++) {
    const line = lines[Math.floor((k * lines.length) / HOVERS)]!;
    const text = document.lineAt(line).text;
    onMetric.push(new vscode.Position(line, text.indexOf('CTR') + 1));
    offMetric.push(new vscode.Position(line, text.indexOf('week') + 1));
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
