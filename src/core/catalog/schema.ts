import * as z from 'zod/mini';
import './zodMessages';

/**
 * The catalog's shape, as one zod schema. Built-in data is checked against it by a unit test;
 * user-defined (custom) metrics are checked against it at run time, so both pass the same gate.
 * zod/mini keeps the core small (the classic build adds ~450 KB).
 *
 * Each schema is a `z.lazy`: building them all costs more than the rest of a cold `require` of
 * the core, and only custom metrics (or a test) ever parse with them, so each is built on its
 * first parse.
 */

export const UNITS = [
  'count', 'currency', 'percent', 'ratio', 'number', 'seconds',
  'points', 'score', 'years', 'months', 'perYear', 'periods',
] as const;
export const unitSchema = z.lazy(() => z.enum(UNITS));
export type Unit = z.infer<typeof unitSchema>;

export const DIRECTIONS = ['higher', 'lower', 'neither'] as const;
export const directionSchema = z.lazy(() => z.enum(DIRECTIONS));
export type Direction = z.infer<typeof directionSchema>;

/** camelCase, JSON-friendly; the same namespace for inputs and metrics. */
export const idSchema = z.lazy(() => z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits, starting with a lower-case letter')));

export const nonEmpty = z.lazy(() => z.string().check(z.trim(), z.minLength(1, 'must not be empty')));

export const quantitySchema = z.lazy(() => z.object({
  id: idSchema,
  name: nonEmpty,
  unit: unitSchema,
  /** Summing it over rows means something (clicks yes; reach, averages, rates no). */
  additive: z.boolean(),
  /** May be negative (profit, growth). Everything else is a count or an amount and must be ≥ 0. */
  signed: z.optional(z.boolean()),
  /** Why it cannot be summed; shown when a total needs it. Required when not additive. */
  nonAdditiveReason: z.optional(z.string()),
  aliases: z.array(nonEmpty),
  /** Field names read with a scale, e.g. Google Ads' `cost_micros` is cost × 1,000,000. */
  scaledAliases: z.optional(z.array(z.object({ name: nonEmpty, factor: z.number().check(z.positive()) }))),
  description: z.optional(z.string()),
}).check(z.refine((q) => q.additive || (q.nonAdditiveReason ?? '').length > 0, {
  message: 'a non-additive quantity needs a nonAdditiveReason',
  path: ['nonAdditiveReason'],
})));
export type QuantityDef = z.infer<typeof quantitySchema>;

export const variantSchema = z.lazy(() => z.object({
  id: idSchema,
  label: nonEmpty,
  formula: nonEmpty,
}));
export type MetricVariant = z.infer<typeof variantSchema>;

export const exampleSchema = z.lazy(() => z.object({
  /** The seed's sentence, in English. */
  description: nonEmpty,
  inputs: z.record(z.string(), z.number()),
  expected: z.number(),
  variant: z.optional(idSchema),
}));
export type MetricExample = z.infer<typeof exampleSchema>;

/** A part that cannot exceed its whole (clicks ≤ impressions); checked before computing. */
export const partWholeSchema = z.lazy(() => z.object({ part: idSchema, whole: idSchema }));
export type PartWhole = z.infer<typeof partWholeSchema>;

export const metricSchema = z.lazy(() => z.object({
  id: idSchema,
  name: nonEmpty,
  /** Upper-case short form shown beside the name (CTR); absent when there is none. */
  abbreviation: z.optional(z.string()),
  aliases: z.array(nonEmpty),
  formula: nonEmpty,
  unit: unitSchema,
  direction: directionSchema,
  /** The default formula is `formula`; a variant swaps in another (a different denominator). */
  defaultVariantLabel: z.optional(z.string()),
  variants: z.optional(z.array(variantSchema)),
  description: nonEmpty,
  cautions: z.array(nonEmpty),
  related: z.array(idSchema),
  examples: z.array(exampleSchema),
  parts: z.optional(z.array(partWholeSchema)),
  /** Used when the user defined the metric; built-ins leave it out. */
  custom: z.optional(z.boolean()),
}));
export type MetricDef = z.infer<typeof metricSchema>;

export const categorySchema = z.lazy(() => z.object({
  id: idSchema,
  name: nonEmpty,
  description: nonEmpty,
  /** Metric ids, in display order; a metric may sit in several categories. */
  metrics: z.array(idSchema),
}));
export type CategoryDef = z.infer<typeof categorySchema>;

export const catalogDataSchema = z.lazy(() => z.object({
  quantities: z.array(quantitySchema),
  metrics: z.array(metricSchema),
  categories: z.array(categorySchema),
}));
export type CatalogData = z.infer<typeof catalogDataSchema>;
