import * as l10n from '@vscode/l10n';
import type { Catalog, MetricDef, Unit } from '../core';
import { DIRECTION_LABELS, titleOf, UNIT_LABELS } from '../metricText/describe';
import type { Config } from '../settings/config';
import type { FieldInfo, InitMessage, MetricInfo, VariantInfo } from './protocol';

/** The part of the settings the calculator uses; a plain object in unit tests. */
export type CalculatorConfig = Pick<Config, 'catalog' | 'coreOptions' | 'locale' | 'currency'>;

/** Everything the webview shows, as data: it never computes or formats anything itself. */
export function initMessage(config: CalculatorConfig, select: string): InitMessage {
  const { catalog } = config;
  const categoryOf = new Map<string, string>();
  for (const category of catalog.categories) {
    for (const id of category.metrics) if (!categoryOf.has(id)) categoryOf.set(id, category.id);
  }
  const metrics = [...catalog.metrics.values()].map((metric) =>
    metricInfo(metric, categoryOf.get(metric.id) ?? '', config),
  );
  const categories = catalog.categories.filter((c) => c.metrics.length > 0).map((c) => ({ id: c.id, name: c.name }));
  return { type: 'init', metrics, categories, locale: config.locale, currency: config.currency, select };
}

function metricInfo(metric: MetricDef, category: string, config: CalculatorConfig): MetricInfo {
  const { catalog } = config;
  const settingsVariant = config.coreOptions.variants?.[metric.id] ?? '';
  const variants = [
    variantInfo(metric, '', metric.defaultVariantLabel ?? l10n.t('standard formula'), catalog, config.currency),
    ...(metric.variants ?? []).map((v) => variantInfo(metric, v.id, v.label, catalog, config.currency)),
  ];
  return {
    id: metric.id,
    name: metric.name,
    ...(metric.abbreviation ? { abbreviation: metric.abbreviation } : {}),
    title: titleOf(metric),
    category,
    field: { id: metric.id, label: fieldLabel(metric), unitLabel: unitLabel(metric.unit, config.currency) },
    direction: DIRECTION_LABELS[metric.direction],
    description: metric.description,
    cautions: [...metric.cautions],
    related: metric.related.flatMap((id) => {
      const other = catalog.metrics.get(id);
      return other ? [{ id, title: titleOf(other) }] : [];
    }),
    variants,
    defaultVariant: variants.some((v) => v.id === settingsVariant) ? settingsVariant : '',
    hasExample: metric.examples.length > 0,
  };
}

function variantInfo(metric: MetricDef, id: string, label: string, catalog: Catalog, currency: string): VariantInfo {
  const formula = catalog.formula(metric.id, id || undefined);
  const inputs = (formula?.inputs ?? []).map((input): FieldInfo => ({
    id: input,
    label: fieldLabelOf(input, catalog),
    unitLabel: unitLabel(catalog.unitOf(input) ?? 'number', currency),
  }));
  return { id, label, formula: `${metric.id} = ${formula?.source ?? metric.formula}`, inputs };
}

/** "Click-through rate (CTR)": the name people know, with the short form they type. */
function fieldLabel(metric: MetricDef): string {
  return metric.abbreviation ? `${metric.name} (${metric.abbreviation})` : metric.name;
}

function fieldLabelOf(id: string, catalog: Catalog): string {
  const metric = catalog.metrics.get(id);
  return metric ? fieldLabel(metric) : catalog.nameOf(id);
}

/** Beside a field: what to type. Percentages are typed as percentages (3 or 3% is 3 %). */
export function unitLabel(unit: Unit, currency: string): string {
  switch (unit) {
    case 'currency':
      return l10n.t('money ({0})', currency);
    case 'percent':
      return '%';
    case 'ratio':
      return l10n.t('× (ratio)');
    case 'seconds':
      return l10n.t('seconds');
    default:
      return UNIT_LABELS[unit];
  }
}
