/**
 * The catalog's zod schemas, reached only through this module (schema.ts re-exports them): the
 * Node builds load zod on first use. Only custom metrics and callers of the exported schemas
 * parse with them, so a `require` of the core, its first `evaluate` and a catalog without
 * custom metrics should not pay for zod. esbuild.js swaps this file, in dist/core.js, for a
 * stub whose exports are read from dist/chunks/schemas.js (this same file, built alone) on
 * first use; the browser and webview builds bundle it as it is.
 *
 * Each schema is also a `z.lazy`, built on its first parse: building them all cost more than
 * the rest of a cold `require` of the core, and checking custom metrics needs only some.
 * zod/mini keeps the chunk small (the classic build adds ~450 KB).
 */
import * as z from 'zod/mini';
import './zodMessages';
import { DIRECTIONS, UNITS } from './unitsAndDirections';

export const unitSchema = z.lazy(() => z.enum(UNITS));

export const directionSchema = z.lazy(() => z.enum(DIRECTIONS));

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

export const variantSchema = z.lazy(() => z.object({
  id: idSchema,
  label: nonEmpty,
  formula: nonEmpty,
  /**
   * When no setting picks a form, the data may: 'given' uses this form whenever its inputs are
   * there (it refines the default), 'defaultMissing' only when the default's are not.
   */
  usedWhen: z.optional(z.enum(['given', 'defaultMissing'])),
}));

export const exampleSchema = z.lazy(() => z.object({
  /** The seed's sentence, in English. */
  description: nonEmpty,
  inputs: z.record(z.string(), z.number()),
  expected: z.number(),
  variant: z.optional(idSchema),
}));

/**
 * A part that cannot exceed its whole (clicks ≤ impressions), checked before computing. Each
 * side is an input id or a sum or difference of them (`promoters + detractors` ≤ respondents).
 */
export const partWholeSchema = z.lazy(() => z.object({ part: nonEmpty, whole: nonEmpty }));

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

export const categorySchema = z.lazy(() => z.object({
  id: idSchema,
  name: nonEmpty,
  description: nonEmpty,
  /** Metric ids, in display order; a metric may sit in several categories. */
  metrics: z.array(idSchema),
}));

export const catalogDataSchema = z.lazy(() => z.object({
  quantities: z.array(quantitySchema),
  metrics: z.array(metricSchema),
  categories: z.array(categorySchema),
}));

/** What a user writes in settings: the essentials, with the rest defaulted. */
export const customMetricInputSchema = z.lazy(() => z.strictObject({
  id: idSchema,
  name: nonEmpty,
  formula: nonEmpty,
  unit: z._default(unitSchema, 'number'),
  direction: z._default(directionSchema, 'neither'),
  category: z.optional(z.string()),
  abbreviation: z.optional(z.string()),
  description: z.optional(z.string()),
  aliases: z._default(z.array(z.string()), []),
  cautions: z._default(z.array(z.string()), []),
}));
