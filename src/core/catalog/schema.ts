import * as z from 'zod/mini';
import './zodMessages';
import { DIRECTIONS, UNITS } from './unitsAndDirections';

/**
 * The catalog's shape, as one zod schema. Built-in data is checked against it by a unit test;
 * user-defined (custom) metrics are checked against it at run time, so both pass the same gate.
 * zod/mini keeps the bundle small (the classic build adds ~450 KB).
 */
export { UNITS, DIRECTIONS } from './unitsAndDirections';

export const unitSchema = z.enum(UNITS);

export const directionSchema = z.enum(DIRECTIONS);

/** camelCase, JSON-friendly; the same namespace for inputs and metrics. */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase letters and digits, starting with a lower-case letter'));

export const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const quantitySchema = z
  .object({
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
  })
  .check(
    z.refine((q) => q.additive || (q.nonAdditiveReason ?? '').length > 0, {
      message: 'a non-additive quantity needs a nonAdditiveReason',
      path: ['nonAdditiveReason'],
    }),
  );

export const variantSchema = z.object({
  id: idSchema,
  label: nonEmpty,
  formula: nonEmpty,
  /**
   * When no setting picks a form, the data may: 'given' uses this form whenever its inputs are
   * there (it refines the default), 'defaultMissing' only when the default's are not.
   */
  usedWhen: z.optional(z.enum(['given', 'defaultMissing'])),
});

export const exampleSchema = z.object({
  /** The seed's sentence, in English. */
  description: nonEmpty,
  inputs: z.record(z.string(), z.number()),
  expected: z.number(),
  variant: z.optional(idSchema),
});

/**
 * A part that cannot exceed its whole (clicks ≤ impressions), checked before computing. Each
 * side is an input id or a sum or difference of them (`promoters + detractors` ≤ respondents).
 */
export const partWholeSchema = z.object({ part: nonEmpty, whole: nonEmpty });

export const metricSchema = z.object({
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
});

export const categorySchema = z.object({
  id: idSchema,
  name: nonEmpty,
  description: nonEmpty,
  /** Metric ids, in display order; a metric may sit in several categories. */
  metrics: z.array(idSchema),
});

export const catalogDataSchema = z.object({
  quantities: z.array(quantitySchema),
  metrics: z.array(metricSchema),
  categories: z.array(categorySchema),
});

/** What a user writes in settings: the essentials, with the rest defaulted. */
export const customMetricInputSchema = z.strictObject({
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
});

export type Unit = z.infer<typeof unitSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type QuantityDef = z.infer<typeof quantitySchema>;
export type MetricVariant = z.infer<typeof variantSchema>;
export type MetricExample = z.infer<typeof exampleSchema>;
export type PartWhole = z.infer<typeof partWholeSchema>;
export type MetricDef = z.infer<typeof metricSchema>;
export type CategoryDef = z.infer<typeof categorySchema>;
export type CatalogData = z.infer<typeof catalogDataSchema>;
