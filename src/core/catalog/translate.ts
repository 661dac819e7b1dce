import { Catalog } from './catalog';
import type { CatalogLanguage } from './language';
import type { CatalogData, CategoryDef, MetricDef, QuantityDef } from './schema';
import type { CatalogTranslation, MetricText } from './translations/types';
import { DE } from './translations/de';

const TRANSLATIONS: Readonly<Record<Exclude<CatalogLanguage, 'en'>, CatalogTranslation>> = { de: DE };

/**
 * The catalog with its display text in a language: names, descriptions, cautions, example
 * sentences, variant labels, input names and reasons, category titles. Everything else (ids,
 * aliases, abbreviations, formulas, units, examples' numbers) is the definition's own, so that
 * the translated catalog computes exactly what the English one does. User-defined metrics keep
 * their own text; anything without a translation stays English.
 */
export function translateCatalog(data: CatalogData, language: CatalogLanguage): CatalogData {
  if (language === 'en') return data;
  const translation = TRANSLATIONS[language];
  return {
    quantities: data.quantities.map((q) => translateQuantity(q, translation)),
    metrics: data.metrics.map((m) => (m.custom ? m : translateMetric(m, textOf(translation.metrics, m.id)))),
    categories: data.categories.map((c) => translateCategory(c, translation)),
  };
}

/** The catalog of these definitions shown in a language, its names matched in English. */
export function catalogIn(data: CatalogData, language: CatalogLanguage): Catalog {
  if (language === 'en') return new Catalog(data);
  return new Catalog(translateCatalog(data, language), { language, source: data });
}

/** The translation into a language; undefined for English, the catalog's own. */
export function translationOf(language: CatalogLanguage): CatalogTranslation | undefined {
  return language === 'en' ? undefined : TRANSLATIONS[language];
}

/** A built-in category's title in a language, if it has one there. */
export function categoryNameIn(category: CategoryDef, language: CatalogLanguage): string | undefined {
  const translation = translationOf(language);
  return translation ? textOf(translation.categories, category.id)?.name : undefined;
}

// Each spread keeps the definition's keys in their order, with the texts replaced in place.
function translateMetric(metric: MetricDef, text: MetricText | undefined): MetricDef {
  if (!text) return metric;
  return {
    ...metric,
    name: text.name,
    ...(metric.defaultVariantLabel !== undefined
      ? { defaultVariantLabel: text.defaultVariantLabel ?? metric.defaultVariantLabel }
      : {}),
    ...(metric.variants
      ? { variants: metric.variants.map((v) => ({ ...v, label: textOf(text.variants ?? {}, v.id) ?? v.label })) }
      : {}),
    description: text.description,
    cautions: metric.cautions.map((caution, i) => text.cautions[i] ?? caution),
    examples: metric.examples.map((example, i) => ({
      ...example,
      description: text.examples[i] ?? example.description,
    })),
  };
}

function translateQuantity(quantity: QuantityDef, translation: CatalogTranslation): QuantityDef {
  const text = textOf(translation.quantities, quantity.id);
  if (!text) return quantity;
  return {
    ...quantity,
    name: text.name,
    ...(quantity.nonAdditiveReason !== undefined
      ? { nonAdditiveReason: text.nonAdditiveReason ?? quantity.nonAdditiveReason }
      : {}),
    ...(quantity.description !== undefined ? { description: text.description ?? quantity.description } : {}),
  };
}

function translateCategory(category: CategoryDef, translation: CatalogTranslation): CategoryDef {
  const text = textOf(translation.categories, category.id);
  return text ? { ...category, name: text.name, description: text.description } : category;
}

/** An own entry only: a custom id such as 'constructor' must not find Object.prototype's. */
function textOf<T>(table: { readonly [id: string]: T }, id: string): T | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}
