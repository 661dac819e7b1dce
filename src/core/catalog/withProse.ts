import type { CategoryDef, MetricDef, MetricExample, QuantityDef } from './schema';
import { catalogProse } from './lazyProse';
import type { MetricProse, QuantityProse } from './prose/types';

/** A built-in metric as its data file holds it: everything but its prose (prose/metrics/). */
export type MetricFacts = Omit<MetricDef, 'description' | 'cautions' | 'examples'> & { readonly examples: readonly ExampleFacts[] };
export type ExampleFacts = Omit<MetricExample, 'description'>;
/**
 * A built-in input without its prose (prose/quantities.ts). `described` says that it has a
 * description: whether the property exists must be known without loading the prose. A
 * non-additive input always has a reason.
 */
export type QuantityFacts = Omit<QuantityDef, 'description' | 'nonAdditiveReason'> & { readonly described?: true };
export type CategoryFacts = Omit<CategoryDef, 'description'>;

interface Identified { readonly id: string }

/** The metric an example belongs to, and its place among the metric's examples. */
const exampleOrigin = new WeakMap<object, readonly [metricId: string, index: number]>();

const metricProse = (id: string): MetricProse | undefined => catalogProse().metrics[id];
const quantityProse = (id: string): QuantityProse | undefined => catalogProse().quantities[id];

// The getters are shared and find their prose through `this`: the built-in catalog is joined
// while the core loads, and a closure per definition made that cost more than the prose saved.
const METRIC_PROSE = readsOnFirstUse<Identified>({
  description: (metric) => metricProse(metric.id)?.description,
  cautions: (metric) => metricProse(metric.id)?.cautions,
});
const EXAMPLE_PROSE = readsOnFirstUse<object>({
  description: (example) => {
    const origin = exampleOrigin.get(example);
    return origin && metricProse(origin[0])?.examples[origin[1]];
  },
});
const QUANTITY_REASON = readsOnFirstUse<Identified>({ nonAdditiveReason: (quantity) => quantityProse(quantity.id)?.nonAdditiveReason });
const QUANTITY_DESCRIPTION = readsOnFirstUse<Identified>({ description: (quantity) => quantityProse(quantity.id)?.description });
const CATEGORY_PROSE = readsOnFirstUse<Identified>({ description: (category) => catalogProse().categories[category.id] });

/*
 * Each prose property goes where it stood when the prose was written inline, so that key
 * order — hence `JSON.stringify` and `Object.keys` — is what it was.
 */

export function metricWithProse(facts: MetricFacts): MetricDef {
  const metric = copyInserting(facts, 'related', METRIC_PROSE);
  metric['examples'] = facts.examples.map((example, index) => {
    const joined = copyInserting(example, 'inputs', EXAMPLE_PROSE);
    exampleOrigin.set(joined, [facts.id, index]);
    return joined;
  });
  return metric as MetricDef;
}

export function quantityWithProse({ described, ...facts }: QuantityFacts): QuantityDef {
  const quantity = copyInserting(facts, 'aliases', facts.additive ? {} : QUANTITY_REASON);
  if (described) Object.defineProperties(quantity, QUANTITY_DESCRIPTION);
  return quantity as QuantityDef;
}

export function categoryWithProse(facts: CategoryFacts): CategoryDef {
  return copyInserting(facts, 'metrics', CATEGORY_PROSE) as CategoryDef;
}

/** A copy of `facts` with `properties` inserted before the key `before` (or last, without it). */
function copyInserting(facts: object, before: string, properties: PropertyDescriptorMap): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  let inserted = false;
  for (const key in facts) {
    if (key === before) {
      Object.defineProperties(copy, properties);
      inserted = true;
    }
    copy[key] = (facts as Record<string, unknown>)[key];
  }
  if (!inserted) Object.defineProperties(copy, properties);
  return copy;
}

/**
 * Enumerable properties that read the prose on first use, then become plain data properties
 * (a write before any read replaces the prose, as it would have replaced the inline text).
 */
function readsOnFirstUse<T extends object>(readers: Record<string, (self: T) => unknown>): PropertyDescriptorMap {
  const descriptors: PropertyDescriptorMap = {};
  for (const [key, read] of Object.entries(readers)) {
    const settle = (self: object, value: unknown) => Object.defineProperty(self, key, { value, writable: true, enumerable: true, configurable: true });
    descriptors[key] = {
      get(this: T) {
        const value = read(this);
        settle(this, value);
        return value;
      },
      set(this: T, value: unknown) {
        settle(this, value);
      },
      enumerable: true,
      configurable: true,
    };
  }
  return descriptors;
}
