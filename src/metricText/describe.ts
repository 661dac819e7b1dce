import * as l10n from '@vscode/l10n';
import { evaluate, type Catalog, type CoreOptions, type Direction, type MetricDef, type Unit } from '../core';

/**
 * Plain-text pieces of a metric's description, shared by tooltips, hovers and the calculator.
 * Getters, not strings: each read is in the language the translations were loaded for, which
 * happens after this module is loaded (src/l10nCore.ts).
 */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  get count() {
    return l10n.t('count');
  },
  get currency() {
    return l10n.t('money');
  },
  get percent() {
    return l10n.t('percentage');
  },
  get ratio() {
    return l10n.t('ratio (×)');
  },
  get number() {
    return l10n.t('number');
  },
  get seconds() {
    return l10n.t('duration');
  },
  get points() {
    return l10n.t('rating points');
  },
  get score() {
    return l10n.t('score');
  },
  get years() {
    return l10n.t('years');
  },
  get months() {
    return l10n.t('months');
  },
  get perYear() {
    return l10n.t('per year');
  },
  get periods() {
    return l10n.t('periods');
  },
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  get higher() {
    return l10n.t('↑ higher is better');
  },
  get lower() {
    return l10n.t('↓ lower is better');
  },
  get neither() {
    return l10n.t('↕ neither higher nor lower is better in itself');
  },
};

/** "CTR — Click-through rate", or just the name when there is no abbreviation. */
export function titleOf(metric: MetricDef): string {
  return metric.abbreviation ? `${metric.abbreviation} — ${metric.name}` : metric.name;
}

/** The formula as people read it: `ctr = clicks / impressions`, with the chosen variant. */
export function formulaLine(metric: MetricDef, catalog: Catalog, options: CoreOptions): string {
  const formula = catalog.formula(metric.id, options.variants?.[metric.id]);
  return `${metric.id} = ${formula?.source ?? metric.formula}`;
}

/** The seed example with its result computed by the core (never a stored string). */
export function exampleLine(metric: MetricDef, options: CoreOptions): string | undefined {
  const example =
    metric.examples.find((e) => (e.variant ?? undefined) === options.variants?.[metric.id]) ??
    metric.examples.find((e) => !e.variant);
  if (!example) return undefined;
  const variants = example.variant ? { ...options.variants, [metric.id]: example.variant } : (options.variants ?? {});
  const result = evaluate(metric.id, example.inputs, { ...options, variants });
  return `${example.description} → ${result.ok ? result.text : result.error.message}`;
}
