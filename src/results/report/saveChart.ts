/**
 * Save… on a chart: the user picks a file name; a .svg name gets the chart's SVG (from the
 * report, with its colours and text alternative), any other the PNG the page drew of the chart
 * as shown. Nothing is written when the dialog is cancelled or the bytes are no PNG.
 */
import vscode = require('vscode');

/** The first eight bytes of every PNG file (PNG specification, 5.2). */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type SaveOutcome =
  | { readonly ok: true; readonly message: string; readonly uri: vscode.Uri }
  | { readonly ok: false; readonly message: string };

export async function saveChart(
  metric: string,
  pngBase64: string,
  svg: string,
  origin: vscode.Uri,
): Promise<SaveOutcome | undefined> {
  // atob, not Buffer: the web extension host has no Buffer.
  const png = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
  if (!PNG_SIGNATURE.every((byte, k) => png[k] === byte))
    return {
      ok: false,
      message: vscode.l10n.t('The chart of {0} was not drawn as a PNG image; nothing was saved.', metric),
    };
  const folder = folderOf(origin);
  const uri = await vscode.window.showSaveDialog({
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `${metric}-chart.png`) } : {}),
    filters: { [vscode.l10n.t('PNG image')]: ['png'], [vscode.l10n.t('SVG image')]: ['svg'] },
    saveLabel: vscode.l10n.t('Save Chart'),
    title: vscode.l10n.t('Save the chart of {0}', metric),
  });
  if (!uri) return undefined;
  const asSvg = uri.path.toLowerCase().endsWith('.svg');
  await vscode.workspace.fs.writeFile(uri, asSvg ? new TextEncoder().encode(svg) : png);
  return {
    ok: true,
    uri,
    message: vscode.l10n.t('Saved the chart as {0}: {1}', asSvg ? 'SVG' : 'PNG', vscode.workspace.asRelativePath(uri)),
  };
}

/** Where the dialog opens: beside the data's file, else in the first workspace folder. */
function folderOf(origin: vscode.Uri): vscode.Uri | undefined {
  if (origin.scheme !== 'untitled') return vscode.Uri.joinPath(origin, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}
