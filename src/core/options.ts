import type { Catalog } from './catalog/catalog';
import { builtinCatalog } from './catalog/builtin';

/** Options every core entry point accepts; all optional, with the defaults noted. */
export interface CoreOptions {
  /** BCP 47 locale for reading and writing numbers. Default 'en-US'. */
  readonly locale?: string;
  /** ISO 4217 code for currency values. Default 'USD'. */
  readonly currency?: string;
  /** Fraction digits for percent, currency and ratio values, overriding the per-unit default. */
  readonly decimals?: number;
  /** Variant per metric id, e.g. `{ roi: 'revenue', conversionRate: 'perVisitor' }`. */
  readonly variants?: Readonly<Record<string, string>>;
  /**
   * What a column or field means, by its name as written: a quantity or metric id, or 'ignore'
   * to leave it out (`{ "Amount spent (USD)": "cost", "Spend (planned)": "ignore" }`). Wins over
   * every name the catalog and the platforms use. The setting `marketingMetrics.columnMappings`.
   */
  readonly columnMappings?: Readonly<Record<string, string>>;
  /** The catalog to use (built-in plus custom metrics). Default: the built-in catalog. */
  readonly catalog?: Catalog;
}

export function catalogOf(options: CoreOptions): Catalog {
  return options.catalog ?? builtinCatalog();
}

export function formatOptionsOf(options: CoreOptions): { locale?: string; currency?: string; decimals?: number } {
  return {
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.currency !== undefined ? { currency: options.currency } : {}),
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  };
}
