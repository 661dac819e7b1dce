/**
 * How a webview gets the extension's translations: the host writes `vscode.l10n.bundle` into
 * the page's head as this <meta>, and the page's first import (src/webview/l10n.ts) hands it to
 * `@vscode/l10n` before any module builds text. A page gets it with its HTML, not by message,
 * so even labels made while the page's modules load are translated. In English the bundle is
 * undefined and the tag is left out: `l10n.t` then answers with its English key.
 */
export const TRANSLATIONS_META = 'mmx-l10n';

export function translationsMeta(bundle: Readonly<Record<string, string>> | undefined): string {
  if (!bundle) return '';
  return `<meta name="${TRANSLATIONS_META}" content="${escapeHtml(JSON.stringify(bundle))}">`;
}

/**
 * Text for a page's HTML, in an element or an attribute. The translations are our own file,
 * but escaped all the same: an attribute ends at a quote, an element's text at a `<`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
