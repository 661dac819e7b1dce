/**
 * Try a Sample Export (the walkthrough's and the Get Started view's button): a Meta Ads export
 * by campaign and day, shipped in media/samples, opened as an untitled CSV (so nothing the user
 * types in it touches the extension's folder), selected, and evaluated as the user would with
 * Evaluate Selection. Its Outcome is Evaluate Selection's.
 */
import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import type { Outcome } from '../commands/outcome';

export const SAMPLE_EXPORT = 'media/samples/meta-ads-by-campaign-and-day.csv';

export async function openSampleExport(extensionUri: vscode.Uri): Promise<Outcome> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SAMPLE_EXPORT));
  const document = await vscode.workspace.openTextDocument({
    language: 'plaintext',
    content: new TextDecoder().decode(bytes),
  });
  const editor = await vscode.window.showTextDocument(document);
  const end = document.lineAt(document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), end);
  return (await vscode.commands.executeCommand<Outcome>(COMMANDS.evaluateSelection)) ?? { status: 'cancelled' };
}
