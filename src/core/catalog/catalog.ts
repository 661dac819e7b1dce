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

/**
 * The catalog, indexed: quantities and metrics by id, every alias by its normalised key, and
 * every formula parsed. Built once per set of definitions (built-in plus custom metrics).
 */
export class Catalog {
  readonly quantities: ReadonlyMap<string, QuantityDef>;
  readonly metrics: ReadonlyMap<string, MetricDef>;
  readonly categories: readonly CategoryDef[];
  private readonly fields = new Map<string, FieldMatch>();
  private readonly formulas = new Map<string, Formula>();

  constructor(readonly data: CatalogData) {
    this.quantities = new Map(data.quantities.map((q) => [q.id, q]));
    this.metrics = new Map(data.metrics.map((m) => [m.id, m]));
    this.categories = data.categories;
    this.indexFields();
    for (const metric of data.metrics) this.indexFormulas(metric);
  }

  /** The metric named by id, abbreviation or alias (`ctr`, `CTR`, `click-through rate`). */
  metric(name: string): MetricDef | undefined {
    const direct = this.metrics.get(name);
    if (direct) return direct;
    const match = this.fields.get(normalizeKey(name));
    return match ? this.metrics.get(match.id) : undefined;
  }

  /** A field name from a record, JSON key or CSV header, matched through aliases. */
  field(name: string): FieldMatch | undefined {
    if (this.quantities.has(name) || this.metrics.has(name)) return { id: name, factor: 1 };
    return this.fields.get(normalizeKey(name));
  }

  formula(metricId: string, variantId?: string): Formula | undefined {
    if (variantId) {
      const variant = this.formulas.get(`${metricId}#${variantId}`);
      if (variant) return variant;
    }
    return this.formulas.get(metricId);
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

  private indexFields(): void {
    // Quantities first: where a name is both (impressions), the quantity's aliases win.
    for (const q of this.data.quantities) {
      this.addField(q.id, { id: q.id, factor: 1 });
      this.addField(q.name, { id: q.id, factor: 1 });
      for (const alias of q.aliases) this.addField(alias, { id: q.id, factor: 1 });
      for (const scaled of q.scaledAliases ?? []) this.addField(scaled.name, { id: q.id, factor: scaled.factor });
    }
    for (const m of this.data.metrics) {
      this.addField(m.id, { id: m.id, factor: 1 });
      if (m.abbreviation) this.addField(m.abbreviation, { id: m.id, factor: 1 });
      this.addField(m.name, { id: m.id, factor: 1 });
      for (const alias of m.aliases) this.addField(alias, { id: m.id, factor: 1 });
    }
  }

  private addField(name: string, match: FieldMatch): void {
    const key = normalizeKey(name);
    if (key && !this.fields.has(key)) this.fields.set(key, match);
  }

  private indexFormulas(metric: MetricDef): void {
    this.formulas.set(metric.id, parseFormula(metric.formula, metric.id));
    for (const variant of metric.variants ?? []) {
      this.formulas.set(`${metric.id}#${variant.id}`, { ...parseFormula(variant.formula, metric.id), variant });
    }
  }
}

function parseFormula(source: string, metricId: string): Formula {
  const parsed = parseExpression(source);
  // Definitions are validated before a Catalog is built, so a failure here is a bug.
  if (!parsed.ok) throw new Error(`formula of '${metricId}' does not parse: ${parsed.error.message}`);
  return { source, expr: parsed.expr, inputs: namesIn(parsed.expr) };
}
