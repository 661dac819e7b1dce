import * as z from 'zod/mini';

// Each schema is a z.lazy, built on the first message rather than when the extension loads:
// building every schema of both protocols at load was most of the bundle's start-up code.

/**
 * The calculator's messages, shared by the extension and the webview. Both sides `safeParse`
 * everything they receive and ignore what does not fit. In the webview, zod must be put in
 * jitless mode before this module is evaluated (src/webview/calculator/jitless.ts), or
 * building these schemas trips the CSP's ban on `eval`.
 *
 *   webview → extension: ready, selectMetric, compute, computeAll, loadExample, copy, insert
 *   extension → webview: init, showMetric, result, computeAllResult, example, notice
 */

const MAX_ID = 100;
const MAX_FIELDS = 500;

const id = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(MAX_ID)));
/** '' is the metric's default formula; anything else is a variant id. */
const variant = z.lazy(() => z.string().check(z.maxLength(MAX_ID)));
const requestId = z.lazy(() => z.int().check(z.nonnegative()));

/** Raw text as typed, by field id (or by the user's own key in compute-all). */
export const valuesSchema = z
  .record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(1000)))
  .check(z.refine((values) => Object.keys(values).length <= MAX_FIELDS, `at most ${MAX_FIELDS} values`));
export type Values = z.infer<typeof valuesSchema>;

const clipboardText = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(100_000)));

export const webviewMessageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    /** Tells the extension which metric is shown, so "Open Calculator" without an argument keeps it. */
    z.object({ type: z.literal('selectMetric'), metricId: id }),
    z.object({ type: z.literal('compute'), requestId, metricId: id, variant, values: valuesSchema, solveFor: id }),
    z.object({ type: z.literal('computeAll'), requestId, values: valuesSchema }),
    z.object({ type: z.literal('loadExample'), metricId: id, variant }),
    z.object({ type: z.literal('copy'), text: clipboardText }),
    z.object({ type: z.literal('insert'), text: clipboardText }),
  ]),
);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;
export type ComputeRequest = Extract<WebviewMessage, { type: 'compute' }>;
export type ComputeAllRequest = Extract<WebviewMessage, { type: 'computeAll' }>;
export type LoadExampleRequest = Extract<WebviewMessage, { type: 'loadExample' }>;

const fieldSchema = z.lazy(() =>
  z.object({
    id,
    label: z.string(),
    /** What the field is measured in, as shown beside it: "count", "money (USD)", "%". */
    unitLabel: z.string(),
  }),
);
export type FieldInfo = z.infer<typeof fieldSchema>;

const variantSchema = z.lazy(() =>
  z.object({
    id: variant,
    label: z.string(),
    /** "ctr = clicks / impressions" */
    formula: z.string(),
    /** The inputs of this formula, in order of appearance. */
    inputs: z.array(fieldSchema),
  }),
);
export type VariantInfo = z.infer<typeof variantSchema>;

const metricSchema = z.lazy(() =>
  z.object({
    id,
    name: z.string(),
    abbreviation: z.optional(z.string()),
    /** "CTR — Click-through rate" */
    title: z.string(),
    category: z.string(),
    /** The metric's own field (it can be solved for or given as known). */
    field: fieldSchema,
    direction: z.string(),
    description: z.string(),
    cautions: z.array(z.string()),
    related: z.array(z.object({ id, title: z.string() })),
    /** At least one: the default formula (id '') first. */
    variants: z.array(variantSchema).check(z.minLength(1)),
    /** The variant the settings choose. */
    defaultVariant: variant,
    hasExample: z.boolean(),
  }),
);
export type MetricInfo = z.infer<typeof metricSchema>;

const fieldMessage = z.lazy(() => z.object({ field: z.optional(z.string()), message: z.string() }));
export type FieldMessage = z.infer<typeof fieldMessage>;

export const extensionMessageSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('init'),
      metrics: z.array(metricSchema),
      categories: z.array(z.object({ id: z.string(), name: z.string() })),
      /** The resolved number locale and the currency, as the extension reads and writes numbers. */
      locale: z.string(),
      currency: z.string(),
      /** The metric to show. */
      select: id,
    }),
    z.object({ type: z.literal('showMetric'), metricId: id }),
    z.object({
      type: z.literal('result'),
      requestId,
      ok: z.boolean(),
      /** The field that was computed (the metric, or the input solved for). */
      field: z.string(),
      /** The value as people read it: "3.00%", "$40,000.00". */
      text: z.optional(z.string()),
      /** How it was found: "revenue = roas * cost". */
      formula: z.optional(z.string()),
      /** Fields still empty: not an error, the user is not done typing. */
      missing: z.array(z.string()),
      /** What is wrong, naming the field where there is one. */
      problems: z.array(fieldMessage),
      /** How ambiguous text was read ("read '1,234' as 1234"). */
      notes: z.array(fieldMessage),
    }),
    z.object({
      type: z.literal('computeAllResult'),
      requestId,
      results: z.array(z.object({ id, title: z.string(), text: z.string(), formula: z.string() })),
      inputs: z.array(z.object({ field: z.string(), id, name: z.string() })),
      unmatched: z.array(z.string()),
      problems: z.array(fieldMessage),
    }),
    z.object({ type: z.literal('example'), metricId: id, variant, description: z.string(), values: valuesSchema }),
    z.object({ type: z.literal('notice'), text: z.string() }),
  ]),
);
export type ExtensionMessage = z.infer<typeof extensionMessageSchema>;
export type InitMessage = Extract<ExtensionMessage, { type: 'init' }>;
export type ResultMessage = Extract<ExtensionMessage, { type: 'result' }>;
export type ComputeAllResultMessage = Extract<ExtensionMessage, { type: 'computeAllResult' }>;
export type ExampleMessage = Extract<ExtensionMessage, { type: 'example' }>;

/** What the webview keeps with setState; the extension's serializer reads `metricId` from it. */
export const savedStateSchema = z.lazy(() =>
  z.object({
    metricId: z.catch(id, 'ctr'),
    mode: z.catch(z.enum(['single', 'all']), 'single'),
    values: z.catch(valuesSchema, {}),
    /** Per metric: the field being solved for. */
    solveFor: z.catch(z.record(z.string(), z.string()), {}),
    /** Per metric: the chosen variant. */
    variant: z.catch(z.record(z.string(), z.string()), {}),
    allText: z.catch(z.string().check(z.maxLength(100_000)), ''),
  }),
);
export type SavedState = z.infer<typeof savedStateSchema>;

export const DEFAULT_METRIC = 'ctr';

/**
 * The `type` of a message that failed validation, for the log: only a short identifier,
 * never the values the user typed.
 */
export function messageTypeOf(message: unknown): string {
  if (typeof message !== 'object' || message === null || !('type' in message)) return '(no type)';
  const type = (message as { type: unknown }).type;
  return typeof type === 'string' && /^[A-Za-z]{1,40}$/.test(type) ? type : '(invalid type)';
}
