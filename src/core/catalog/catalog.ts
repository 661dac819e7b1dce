import type { CatalogLanguage } from './language';
import type { CatalogData, CategoryDef, MetricDef, MetricVariant, QuantityDef, Unit } from './schema';
import type { Expr } from '../expr/ast';
import { namesIn } from '../expr/ast';
import { parseExpression } from '../expr/parser';
import { normalizeKey, suggest } from '../names';

/** A metric's formula, parsed once; `inputs` are its names in order of appearance. */
export interface Formula {
  readonly source: string;
  readonly expr: Expr;
  readonly inputs: readonly string[];
  readonly variant?: MetricVariant;
}

/** What a field name means: a quantity or metric id, and the scale its values are read with. */
export interface FieldMatch {
  readonly id: string;
  readonly factor: number;
}

export interface CatalogOptions {
  /** The language of its display text; 'en' unless the data is a translation. */
  readonly language?: CatalogLanguage;
  /**
   * The definitions as written, in English, when `data` is a translation of them. Field names,
   * column headers and command arguments are matched by these names whatever language the
   * catalog shows: a header 'Cost per click' means cpc under a German VS Code too.
   */
  readonly source?: CatalogData;
}

/**
 * The catalog, indexed: quantities and metrics by id, every alias by its normalised key, and
 * each formula parsed. Built once per set of definitions (built-in plus custom metrics).
 * Aliases are indexed on the first lookup by alias and formulas parsed on first use, so that
 * `evaluate('ctr', …)` in a fresh process does not pay for 56 metrics; definitions are
 * validated (and their formulas parsed) before a Catalog is built, by a unit test for the
 * built-ins and by buildCatalog for custom metrics.
 */
export class Catalog {
  readonly quantities: ReadonlyMap<string, QuantityDef>;
  readonly metrics: ReadonlyMap<string, MetricDef>;
  readonly categories: readonly CategoryDef[];
  readonly language: CatalogLanguage;
  /** The definitions names are matched by: `data` itself, or the English it translates. */
  readonly source: CatalogData;
  private byKey: Map<string, FieldMatch> | undefined;
  private readonly formulas = new Map<string, Formula>();

  constructor(
    readonly data: CatalogData,
    options: CatalogOptions = {},
  ) {
    this.quantities = new Map(data.quantities.map((q) => [q.id, q]));
    this.metrics = new Map(data.metrics.map((m) => [m.id, m]));
    this.categories = data.categories;
    this.language = options.language ?? 'en';
    this.source = options.source ?? data;
  }

  /** The metric named by id, abbreviation or alias (`ctr`, `CTR`, `click-through rate`). */
  metric(name: string): MetricDef | undefined {
    const direct = this.metrics.get(name);
    if (direct) return direct;
    const match = this.fields().get(normalizeKey(name));
    return match ? this.metrics.get(match.id) : undefined;
  }

  /** A field name from a record, JSON key or CSV header, matched through aliases. */
  field(name: string): FieldMatch | undefined {
    if (this.quantities.has(name) || this.metrics.has(name)) return { id: name, factor: 1 };
    return this.fields().get(normalizeKey(name));
  }

  /** The metric's formula, or its variant's when it has one of that id. */
  formula(metricId: string, variantId?: string): Formula | undefined {
    const metric = this.metrics.get(metricId);
    if (!metric) return undefined;
    const variant = variantId ? metric.variants?.find((v) => v.id === variantId) : undefined;
    const key = variant ? `${metricId}#${variant.id}` : metricId;
    let formula = this.formulas.get(key);
    if (!formula) {
      formula = variant
        ? { ...parseFormula(variant.formula, metricId), variant }
        : parseFormula(metric.formula, metricId);
      this.formulas.set(key, formula);
    }
    return formula;
  }

  unitOf(id: string): Unit | undefined {
    return this.metrics.get(id)?.unit ?? this.quantities.get(id)?.unit;
  }

  nameOf(id: string): string {
    return this.metrics.get(id)?.name ?? this.quantities.get(id)?.name ?? id;
  }

  isKnown(name: string): boolean {
    return this.quantities.has(name) || this.metrics.has(name);
  }

  /** The closest known id to a misspelt one, for "did you mean …?". */
  suggest(name: string): string | undefined {
    return suggest(name, [...this.quantities.keys(), ...this.metrics.keys()]);
  }

  /** Every id that names an input or a metric, for completion and lookup. */
  ids(): string[] {
    return [...new Set([...this.quantities.keys(), ...this.metrics.keys()])];
  }

  /** Every name by its normalised key: ids, (English) names, abbreviations, aliases. */
  private fields(): Map<string, FieldMatch> {
    if (!this.byKey) {
      this.byKey = new Map();
      this.indexFields(this.byKey);
    }
    return this.byKey;
  }

  private indexFields(fields: Map<string, FieldMatch>): void {
    const add = (name: string, match: FieldMatch) => {
      const key = normalizeKey(name);
      if (key && !fields.has(key)) fields.set(key, match);
    };
    // Quantities first: where a name is both (impressions), the quantity's aliases win.
    for (const q of this.source.quantities) {
      add(q.id, { id: q.id, factor: 1 });
      add(q.name, { id: q.id, factor: 1 });
      for (const alias of q.aliases) add(alias, { id: q.id, factor: 1 });
      for (const scaled of q.scaledAliases ?? []) add(scaled.name, { id: q.id, factor: scaled.factor });
    }
    for (const m of this.source.metrics) {
      add(m.id, { id: m.id, factor: 1 });
      if (m.abbreviation) add(m.abbreviation, { id: m.id, factor: 1 });
      add(m.name, { id: m.id, factor: 1 });
      for (const alias of m.aliases) add(alias, { id: m.id, factor: 1 });
    }
  }
}

function parseFormula(source: string, metricId: string): Formula {
  const parsed = parseExpression(source);
  // Definitions are validated before a Catalog is built, so a failure here is a bug.
  if (!parsed.ok) throw new Error(`formula of '${metricId}' does not parse: ${parsed.error.message}`);
  return { source, expr: parsed.expr, inputs: namesIn(parsed.expr) };
}
