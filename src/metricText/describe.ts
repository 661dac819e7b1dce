import { evaluate, type Catalog, type CoreOptions, type Direction, type MetricDef, type Unit } from '../core';

/** Plain-text pieces of a metric's description, shared by tooltips, hovers and the calculator. */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
  count: 'count',
  currency: 'money',
  percent: 'percentage',
  ratio: 'ratio (×)',
  number: 'number',
  seconds: 'duration',
  points: 'rating points',
  score: 'score',
  years: 'years',
  months: 'months',
  perYear: 'per year',
  periods: 'periods',
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higher: '↑ higher is better',
  lower: '↓ lower is better',
  neither: '↕ neither higher nor lower is better in itself',
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
