import vscode = require('vscode');
import { escapeHtml, translationsMeta } from '../webviewL10n';
import { makeNonce } from '../webviewNonce';

/**
 * The calculator page: a strict CSP with a fresh nonce, the bundle and the stylesheet from the
 * extension's own folders, and nothing else. No data is written into the HTML: the page asks
 * for it with `ready` and builds its DOM from the messages (textContent only). The page's own
 * words come with it: the translations (a <meta>, none in English) and the display language.
 */
export function calculatorHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'calculator.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'calculator.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  ${translationsMeta(vscode.l10n.bundle)}
  <link rel="stylesheet" href="${style.toString()}">
  <title>${escapeHtml(vscode.l10n.t('KPI Calculator'))}</title>
</head>
<body>
  <main id="app" aria-busy="true"><p class="loading">${escapeHtml(vscode.l10n.t('Loading the calculator…'))}</p></main>
  <script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** The webview options: scripts on, and only the bundle and media folders readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}
