/**
 * The results view's page: no data in it (the table arrives by postMessage after `ready`), a
 * CSP that allows only this page's nonce, and colours only from the theme's variables.
 *
 * Screen readers hear one polite live region, `#summary`: a sentence per table, written by the
 * page after each change of what is shown (summary.ts). The tables themselves are outside it:
 * a live region around them made a screen reader read every table again on each render. The
 * region is in the page from the start, as a live region must be before its text changes.
 */
import { escapeHtml, translationsMeta } from '../webviewL10n';

export interface PageParts {
  /** webview.cspSource */
  readonly cspSource: string;
  /** The bundle, as a webview URI. */
  readonly scriptUri: string;
  readonly nonce: string;
  /** The panel's title, in the user's language: the page's title and its one level-one heading. */
  readonly title: string;
  /** What the page says until the first table arrives, in the user's language. */
  readonly computing: string;
  /** vscode.env.language, for the page's `lang` (a screen reader's voice). */
  readonly language: string;
  /** vscode.l10n.bundle: the page's own strings (undefined in English). */
  readonly translations: Readonly<Record<string, string>> | undefined;
}

export function resultsPage({
  cspSource,
  scriptUri,
  nonce,
  title,
  computing,
  language,
  translations,
}: PageParts): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    // A chart saved as PNG is drawn from a blob: URL the page itself made (chartPng.ts).
    'img-src blob:',
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${translationsMeta(translations)}
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLES}</style>
</head>
<body>
<main>
<h1 class="visually-hidden">${escapeHtml(title)}</h1>
<div id="summary" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<div id="app"><p class="empty">${escapeHtml(computing)}</p></div>
</main>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}

// In high contrast the selection background is light grey under white text, so the TOTAL row is
// marked by its border, while its sticky first cell keeps covering the cells scrolled under it
// (the arrow keys scroll the grid). A cell reached with the arrow keys (cells.ts) has its outline
// inside it, where the scroll box cannot clip it.
const STYLES = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
section.result { margin: 12px 0 28px; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin-bottom: 8px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 0; }
.count { color: var(--vscode-descriptionForeground); }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-left: auto; }
label { color: var(--vscode-descriptionForeground); }
select { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; border-radius: 2px; }
button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 3px 10px; border-radius: 2px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible, select:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.status { min-height: 1.4em; color: var(--vscode-descriptionForeground); }
.status.error { color: var(--vscode-errorForeground); }
.scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; white-space: nowrap; }
th, td { padding: 3px 10px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
th { position: sticky; top: 0; text-align: left; font-weight: 600; background: var(--vscode-editorWidget-background, var(--vscode-editor-background)); }
th.num, td.num { text-align: right; }
td:first-child { position: sticky; left: 0; z-index: 1; background: var(--vscode-editor-background); }
th { z-index: 2; }
th:first-child { left: 0; z-index: 3; }
th.kpi { color: var(--vscode-textLink-foreground); }
th.reported { font-style: italic; }
details.read { margin: 4px 0 10px; }
details.read summary { cursor: pointer; color: var(--vscode-descriptionForeground); }
details.read summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
table.read-lines { margin: 6px 0; white-space: normal; width: 100%; }
table.read-lines td.meaning { width: 100%; }
table.read-lines th, table.read-lines td { position: static; border-bottom: none; padding: 2px 10px 2px 0; vertical-align: top; background: transparent; }
table.read-lines th { font-weight: 600; white-space: normal; min-width: 8em; max-width: 40%; }
table.read-lines .note { color: var(--vscode-descriptionForeground); font-size: 0.92em; }
table.read-lines tr.role-unused .meaning > span:first-child { color: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); }
table.read-lines .badge { margin-left: 8px; padding: 0 6px; border-radius: 8px; font-size: 0.85em; color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
table.read-lines button { padding: 1px 8px; white-space: nowrap; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tr.total td { font-weight: 700; border-top: 2px solid var(--vscode-foreground); background: var(--vscode-editor-inactiveSelectionBackground, transparent); }
body.vscode-high-contrast tr.total td { background: transparent; }
body.vscode-high-contrast tr.total td:first-child { background: var(--vscode-editor-background); }
td.problem { color: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); cursor: help; }
p.total-note { margin: 8px 0 4px; color: var(--vscode-descriptionForeground); font-style: italic; }
ul.notes { margin: 4px 0; padding-left: 20px; }
ul.notes li { margin: 2px 0; }
.empty { color: var(--vscode-descriptionForeground); }
nav.pager { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0 0 6px; }
nav.pager .range { min-width: 14em; text-align: center; color: var(--vscode-descriptionForeground); }
nav.pager button:disabled { opacity: 0.5; cursor: default; }
form.goto { display: flex; gap: 4px; margin-left: 12px; }
tr.wanted td { background: var(--vscode-editor-findMatchHighlightBackground); box-shadow: inset 0 1px var(--vscode-focusBorder), inset 0 -1px var(--vscode-focusBorder); }
input { font: inherit; width: 7em; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 2px 4px; }
input:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.report-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin: 4px 0 8px; }
.report-tools input[type=search] { width: 14em; }
.report-tools .expand { display: flex; gap: 4px; }
table.report-grid th button.sort { font: inherit; font-weight: 600; color: inherit; background: transparent; border: none; padding: 0; cursor: pointer; }
table.report-grid th.num button.sort { text-align: right; }
table.report-grid th[aria-sort=ascending] button.sort::after { content: ' ▲'; }
table.report-grid th[aria-sort=descending] button.sort::after { content: ' ▼'; }
table.report-grid th.kpi button.sort { color: var(--vscode-textLink-foreground); }
table.report-grid th.change button.sort { font-weight: 400; }
table.report-grid tr.group { cursor: default; }
table.report-grid tr.group[aria-expanded] { cursor: pointer; }
table.report-grid tr.group:focus, table.report-grid tr.total:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); }
td:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
td[data-reason] { text-decoration: underline dotted; text-underline-offset: 3px; }
.reason-tip { position: fixed; z-index: 10; max-width: min(46ch, calc(100vw - 16px)); padding: 4px 8px; white-space: normal; pointer-events: none; color: var(--vscode-editorHoverWidget-foreground, var(--vscode-foreground)); background: var(--vscode-editorHoverWidget-background, var(--vscode-editorWidget-background)); border: 1px solid var(--vscode-editorHoverWidget-border, var(--vscode-focusBorder)); box-shadow: 0 2px 8px var(--vscode-widget-shadow, transparent); }
body.vscode-high-contrast .reason-tip { border-color: var(--vscode-contrastBorder, var(--vscode-focusBorder)); }
table.report-grid tr.level-1 td.group { font-weight: 600; }
table.report-grid tr.level-2 td.group { padding-left: 2.2em; }
table.report-grid tr.level-3 td.group { padding-left: 3.6em; }
table.report-grid tr.level-4 td.group, table.report-grid tr.level-5 td.group, table.report-grid tr.level-6 td.group { padding-left: 5em; }
td.group .twisty { display: inline-block; width: 1.1em; color: var(--vscode-descriptionForeground); }
td.change.better { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed, var(--vscode-foreground))); }
td.change.worse { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
td.change.neutral, td.change.na { color: var(--vscode-descriptionForeground); }
td.change.na { cursor: help; }
details.charts { margin: 12px 0; }
details.charts summary { cursor: pointer; color: var(--vscode-descriptionForeground); }
details.charts summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.chart-grid { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 8px; }
figure.chart { margin: 0; padding: 8px; border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); }
figure.chart figcaption { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 4px; font-weight: 600; }
figure.chart button { padding: 1px 8px; font-weight: 400; }
p.chart-note { margin: 4px 0 0; color: var(--vscode-descriptionForeground); }
svg.chart { display: block; overflow: visible; }
svg .chart-bar, svg .chart-point { fill: var(--vscode-charts-blue); }
svg .chart-line { fill: none; stroke: var(--vscode-charts-blue); stroke-width: 2; }
svg .chart-axis { stroke: var(--vscode-charts-lines, var(--vscode-descriptionForeground)); }
svg .chart-label, svg .chart-value { fill: var(--vscode-foreground); font-size: 12px; font-family: var(--vscode-font-family); }
body.vscode-high-contrast svg .chart-bar { stroke: var(--vscode-contrastBorder, var(--vscode-foreground)); }
`;
