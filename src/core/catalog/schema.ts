import type * as z from 'zod/mini';
import type {
  catalogDataSchema, categorySchema, directionSchema, exampleSchema, metricSchema, partWholeSchema, quantitySchema,
  unitSchema, variantSchema,
} from './lazySchemas';

/**
 * The catalog's shape, as one zod schema. Built-in data is checked against it by a unit test;
 * user-defined (custom) metrics are checked against it at run time, so both pass the same gate.
 * The schemas are defined in lazySchemas.ts, which the Node builds load on first use.
 */
export { UNITS, DIRECTIONS } from './unitsAndDirections';
export {
  unitSchema, directionSchema, idSchema, nonEmpty, quantitySchema, variantSchema, exampleSchema, partWholeSchema,
  metricSchema, categorySchema, catalogDataSchema,
} from './lazySchemas';

export type Unit = z.infer<typeof unitSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type QuantityDef = z.infer<typeof quantitySchema>;
export type MetricVariant = z.infer<typeof variantSchema>;
export type MetricExample = z.infer<typeof exampleSchema>;
export type PartWhole = z.infer<typeof partWholeSchema>;
export type MetricDef = z.infer<typeof metricSchema>;
export type CategoryDef = z.infer<typeof categorySchema>;
export type CatalogData = z.infer<typeof catalogDataSchema>;
