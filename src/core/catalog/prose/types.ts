/** A metric's words: its description, its cautions, and each worked example's sentence in the order of its examples. */
export interface MetricProse {
  readonly description: string;
  readonly cautions: readonly string[];
  readonly examples: readonly string[];
}

/** An input's words; a non-additive input always has a reason, and some inputs have a description. */
export interface QuantityProse {
  readonly nonAdditiveReason?: string;
  readonly description?: string;
}

/** Every word of the built-in catalog that explains rather than computes, by metric, input and category id. */
export interface CatalogProse {
  readonly metrics: Readonly<Record<string, MetricProse>>;
  readonly quantities: Readonly<Record<string, QuantityProse>>;
  readonly categories: Readonly<Record<string, string>>;
}
