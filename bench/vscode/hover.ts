// 1,000 hovers over a 5 MB Markdown file, timed two ways: the extension's own hover code in
// this host (the API's formulaHover, the function the registered provider runs), and through
// vscode.executeHoverProvider, which runs every provider (Markdown's too) and crosses to the
// workbench and back. Words that are no metric give the floor of each.
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import { now, print, quantile } from './figures';

const HOVERS = 1000;

export async function hovers(uri: vscode.Uri, api: MarketingMetricsApi): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const { onMetric, offMetric } = positions(document);
  const inHost = (list: readonly vscode.Position[]) =>
    timed(list, async (p) => api.formulaHover(document, p) !== undefined);
  const roundTrip = (list: readonly vscode.Position[]) =>
    timed(
      list,
      async (p) =>
        ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, p)) ?? []).length >
        0,
    );
  await inHost(onMetric.slice(0, 20)); // warm-up
  const provider = await inHost(onMetric);
  const providerOff = await inHost(offMetric);
  await roundTrip(onMetric.slice(0, 20));
  const command = await roundTrip(onMetric);
  const commandOff = await roundTrip(offMetric);
  print({
    figure: 'hover',
    bytes: document.getText().length,
    hovers: provider.times.length,
    provider: stats(provider),
    providerNoMetric: stats(providerOff),
    command: stats(command),
    commandNoMetric: stats(commandOff),
  });
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/** 1,000 lines spread over the whole file, so hovers near its end count as much as near its start. */
function positions(document: vscode.TextDocument) {
  const lines: number[] = [];
  for (let line = 0; line < document.lineCount; line++)
    if (document.lineAt(line).text.includes('CTR')) lines.push(line);
  const onMetric: vscode.Position[] = [];
  const offMetric: vscode.Position[] = [];
  for (let k = 0; k < HOVERS && lines.length > 0; k++) {
    const line = lines[Math.floor((k * lines.length) / HOVERS)]!;
    const text = document.lineAt(line).text;
    onMetric.push(new vscode.Position(line, text.indexOf('CTR') + 1));
    offMetric.push(new vscode.Position(line, text.indexOf('week') + 1));
  }
  return { onMetric, offMetric };
}

async function timed(list: readonly vscode.Position[], hover: (p: vscode.Position) => Promise<boolean>) {
  const times: number[] = [];
  let shown = 0;
  for (const position of list) {
    const start = now();
    if (await hover(position)) shown++;
    times.push(now() - start);
  }
  return { times, shown };
}

function stats({ times, shown }: { times: readonly number[]; shown: number }) {
  return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), shown };
}
