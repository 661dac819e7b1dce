import * as l10n from '@vscode/l10n';
import { CODE_TARGETS, formulaAsCode, type Catalog, type CoreOptions, type MetricDef } from '../core';
import { DIRECTION_LABELS, exampleLine, formulaLine, titleOf, UNIT_LABELS } from '../metricText/describe';
import { TARGET_LABELS } from '../metricText/markdown';

/** Escapes text for Markdown so that names and descriptions from settings stay text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, (c) => `\\${c}`);
}

/** The full definition of a metric as a Markdown document (shown in the Markdown preview). */
export function definitionMarkdown(metric: MetricDef, catalog: Catalog, options: CoreOptions): string {
  const lines = [
    `# ${escapeMarkdown(titleOf(metric))}`,
    '',
    '```text',
    formulaLine(metric, catalog, options),
    '```',
    '',
    `**${l10n.t('Unit:')}** ${escapeMarkdown(UNIT_LABELS[metric.unit])} · **${l10n.t('Direction:')}** ${escapeMarkdown(DIRECTION_LABELS[metric.direction])}`,
    '',
    escapeMarkdown(metric.description),
    '',
  ];
  if (metric.variants?.length) {
    lines.push(
      `## ${l10n.t('Variants')}`,
      '',
      `- ${escapeMarkdown(metric.defaultVariantLabel ?? l10n.t('default'))}: \`${metric.formula}\``,
    );
    for (const variant of metric.variants) lines.push(`- ${escapeMarkdown(variant.label)}: \`${variant.formula}\``);
    lines.push('');
  }
  const example = exampleLine(metric, options);
  if (example) lines.push(`## ${l10n.t('Example')}`, '', escapeMarkdown(example), '');
  if (metric.cautions.length)
    lines.push(`## ${l10n.t('Cautions')}`, '', ...metric.cautions.map((c) => `- ${escapeMarkdown(c)}`), '');
  const related = metric.related.map((id) => catalog.metrics.get(id)).filter((m): m is MetricDef => !!m);
  if (related.length)
    lines.push(`## ${l10n.t('Related')}`, '', related.map((m) => escapeMarkdown(titleOf(m))).join(' · '), '');
  lines.push(`## ${l10n.t('As code')}`, '');
  for (const target of CODE_TARGETS) {
    const code = formulaAsCode(metric.id, target, options);
    if (code.ok)
      lines.push(
        `**${TARGET_LABELS[target]}**`,
        '',
        '```' + (target === 'pandas' ? 'python' : target === 'excel' ? 'text' : target),
        code.code,
        '```',
        '',
      );
  }
  return lines.join('\n');
}
