import type { BuiltinCategoryId, BuiltinMetricId, BuiltinQuantityId } from '../ids';

/**
 * The display text of a catalog in another language, keyed by id. Only what people read is
 * here: ids, aliases, abbreviations, formulas and input names are a public contract and stay
 * as the catalog defines them.
 */
export interface CatalogTranslation {
  readonly metrics: Readonly<Record<BuiltinMetricId, MetricText>>;
  readonly quantities: Readonly<Record<BuiltinQuantityId, QuantityText>>;
  readonly categories: Readonly<Record<BuiltinCategoryId, CategoryText>>;
  readonly custom: CustomMetricTexts;
}

export interface MetricText {
  /** Without the abbreviation: views show it beside the name ("Klickrate (CTR)"). */
  readonly name: string;
  readonly description: string;
  /** One for each of the metric's cautions, in their order. */
  readonly cautions: readonly string[];
  /** Each example's sentence, in the order of the metric's examples, with the same numbers. */
  readonly examples: readonly string[];
  readonly defaultVariantLabel?: string;
  /** Variant id → label. */
  readonly variants?: Readonly<Record<string, string>>;
}

export interface QuantityText {
  readonly name: string;
  readonly description?: string;
  readonly nonAdditiveReason?: string;
}

export interface CategoryText {
  readonly name: string;
  readonly description: string;
}

/** The text the catalog writes for user-defined metrics when the user gave none. */
export interface CustomMetricTexts {
  readonly categoryName: string;
  readonly categoryDescription: string;
  /** A category the user named that the catalog does not have. */
  userCategoryDescription(category: string): string;
  /** A custom metric defined without a description. */
  metricDescription(name: string, formula: string): string;
}

/** Metric texts of one category's file, checked against the ids as they are written. */
export type MetricTexts = Partial<Record<BuiltinMetricId, MetricText>>;
