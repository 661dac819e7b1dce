import vscode = require('vscode');
import { CODE_TARGETS, type Catalog, type CoreOptions, type MetricDef } from '../core';
import { COMMANDS } from '../commandIds';
import { DIRECTION_LABELS, exampleLine, formulaLine, titleOf, UNIT_LABELS } from './describe';

export interface MarkdownParts {
  /** Add command links (open in calculator, insert as code); hovers and tooltips both can. */
  readonly links?: boolean;
  readonly cautions?: boolean;
  readonly description?: boolean;
}

/**
 * A metric as Markdown. Every text that may come from a user's settings (custom metric names,
 * descriptions) goes through `text`, which escapes Markdown and HTML: a name like
 * `<img src=x onerror=alert(1)>` shows as text.
 */
export function metricMarkdown(
  metric: MetricDef,
  catalog: Catalog,
  options: CoreOptions,
  parts: MarkdownParts = {},
): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown('**');
  md.appendMarkdown(text(titleOf(metric)));
  md.appendMarkdown('**\n\n');
  md.appendCodeblock(formulaLine(metric, catalog, options), 'text');
  md.appendMarkdown(
    text(vscode.l10n.t('Unit: {0} · {1}', UNIT_LABELS[metric.unit], DIRECTION_LABELS[metric.direction])),
  );
  md.appendMarkdown('\n\n');
  if (parts.description) {
    md.appendMarkdown(text(metric.description));
    md.appendMarkdown('\n\n');
  }
  const example = exampleLine(metric, options);
  if (example) {
    md.appendMarkdown(`*${text(vscode.l10n.t('Example:'))}* `);
    md.appendMarkdown(text(example));
    md.appendMarkdown('\n\n');
  }
  if (parts.cautions && metric.cautions.length > 0) {
    for (const caution of metric.cautions) {
      md.appendMarkdown(`- ⚠ ${text(caution)}\n`);
    }
    md.appendMarkdown('\n');
  }
  if (parts.links) appendLinks(md, metric);
  return md;
}

/**
 * Prose as Markdown that shows exactly as written: every Markdown and HTML character escaped
 * (`$(` too, so no theme icon), one line. MarkdownString.appendText escapes as well, but writes
 * each space as a no-break space, so a long caution could not wrap and was clipped by the hover.
 */
export function text(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function appendLinks(md: vscode.MarkdownString, metric: MetricDef): void {
  const link = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  const codeLinks = CODE_TARGETS.map(
    (target) => `[${TARGET_LABELS[target]}](${link(COMMANDS.insertFormulaAsCode, [metric.id, target])})`,
  );
  const open = `[$(symbol-operator) ${text(vscode.l10n.t('Open in calculator'))}](${link(COMMANDS.openCalculator, [metric.id])})`;
  md.appendMarkdown(`${open} · ${text(vscode.l10n.t('Insert as code:'))} ${codeLinks.join(' · ')}`);
  md.isTrusted = { enabledCommands: [COMMANDS.openCalculator, COMMANDS.insertFormulaAsCode] };
}

export const TARGET_LABELS: Readonly<Record<(typeof CODE_TARGETS)[number], string>> = {
  pandas: 'pandas',
  sql: 'SQL',
  javascript: 'JavaScript',
  excel: 'Excel/Sheets',
  latex: 'LaTeX',
};
