import * as l10n from '@vscode/l10n';
import { computeAll, evaluate, solve, type CoreOptions, type MetricDef } from '../core';
import { titleOf } from '../metricText/describe';
import { fieldText, readFields } from './fields';
import type { CalculatorConfig } from './metricInfo';
import {
  messageTypeOf,
  webviewMessageSchema,
  type ComputeAllRequest,
  type ComputeAllResultMessage,
  type ComputeRequest,
  type ExampleMessage,
  type FieldMessage,
  type LoadExampleRequest,
  type ResultMessage,
  type WebviewMessage,
} from './protocol';

/**
 * The calculator's answers, as pure functions of a validated request and the settings: no
 * `vscode`, so they are tested directly (unit tests in Node, integration tests with the real
 * settings inside VS Code). All computing is the core's; this only maps fields to its inputs.
 */
export function respond(
  message: WebviewMessage,
  config: CalculatorConfig,
): ResultMessage | ComputeAllResultMessage | ExampleMessage | undefined {
  switch (message.type) {
    case 'compute':
      return handleCompute(message, config);
    case 'computeAll':
      return handleComputeAll(message, config);
    case 'loadExample':
      return handleLoadExample(message, config);
    default:
      return undefined;
  }
}

/**
 * A message from the webview, validated; anything else is reported through `warn` by its type
 * alone (never the values typed) and dropped.
 */
export function validateMessage(raw: unknown, warn: (text: string) => void): WebviewMessage | undefined {
  const parsed = webviewMessageSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  warn(`calculator: ignored a malformed message (type: ${messageTypeOf(raw)})`);
  return undefined;
}

/** Computes the metric, or solves for one of its inputs, from the fields as typed. */
export function handleCompute(request: ComputeRequest, config: CalculatorConfig): ResultMessage {
  const base = {
    type: 'result' as const,
    requestId: request.requestId,
    field: request.solveFor,
    missing: [] as string[],
    notes: [] as FieldMessage[],
  };
  const failed = (problems: FieldMessage[]): ResultMessage => ({ ...base, ok: false, problems });
  const { catalog } = config;
  const metric = catalog.metrics.get(request.metricId);
  if (!metric) return failed([{ message: l10n.t("unknown metric '{0}'", request.metricId) }]);
  const options = optionsFor(metric, request.variant, config);
  if (!options) return failed([{ message: l10n.t("{0} has no variant '{1}'", titleOf(metric), request.variant) }]);
  const formula = catalog.formula(metric.id, request.variant || undefined);
  const fields = [metric.id, ...(formula?.inputs ?? [])];
  if (!fields.includes(request.solveFor)) {
    return failed([{ message: l10n.t('{0} is not a field of {1}', request.solveFor, titleOf(metric)) }]);
  }

  const { known, missing, problems, notes } = readFields(
    fields.filter((f) => f !== request.solveFor),
    request.values,
    catalog,
    config.locale,
  );
  if (problems.length > 0 || missing.length > 0) return { ...base, ok: false, missing, problems, notes };

  const result =
    request.solveFor === metric.id
      ? evaluate(metric.id, known, options)
      : solve(metric.id, known, request.solveFor, options);
  if (!result.ok) {
    const field =
      result.error.input !== undefined && fields.includes(result.error.input) ? result.error.input : undefined;
    return { ...base, ok: false, problems: [{ ...(field ? { field } : {}), message: result.error.message }], notes };
  }
  const how = result.formula.includes('=') ? result.formula : `${metric.id} = ${result.formula}`;
  return { ...base, ok: true, text: result.text, formula: how, problems: [], notes };
}

/** Every KPI that the quantities determine, with what was read and what was not. */
export function handleComputeAll(request: ComputeAllRequest, config: CalculatorConfig): ComputeAllResultMessage {
  const { catalog } = config;
  const all = computeAll(request.values, config.coreOptions);
  const title = (id: string) => {
    const metric = catalog.metrics.get(id);
    return metric ? titleOf(metric) : id;
  };
  return {
    type: 'computeAllResult',
    requestId: request.requestId,
    results: all.results.map((r) => ({
      id: r.id,
      title: title(r.id),
      text: r.text,
      formula: `${r.id} = ${r.formula}`,
    })),
    inputs: all.inputs.map((i) => ({ field: i.field, id: i.id, name: catalog.nameOf(i.id) })),
    unmatched: [...all.unmatched],
    problems: [
      ...all.fieldProblems.map((p) => ({ field: p.field, message: p.error.message })),
      ...all.problems.map((p) => ({ message: `${title(p.id)}: ${p.error.message}` })),
    ],
  };
}

/** The seed example of the metric (for the variant shown, when it has one), as field texts. */
export function handleLoadExample(request: LoadExampleRequest, config: CalculatorConfig): ExampleMessage | undefined {
  const metric = config.catalog.metrics.get(request.metricId);
  if (!metric) return undefined;
  const example = metric.examples.find((e) => (e.variant ?? '') === request.variant) ?? metric.examples[0];
  if (!example) return undefined;
  const values = Object.fromEntries(
    Object.entries(example.inputs).map(([key, value]) => {
      const id = config.catalog.field(key)?.id ?? key;
      return [id, fieldText(value, config.catalog.unitOf(id) ?? 'number', config.locale)];
    }),
  );
  return {
    type: 'example',
    metricId: metric.id,
    variant: example.variant ?? '',
    description: example.description,
    values,
  };
}

/** The settings' options with the variant chosen in the calculator; undefined for an unknown variant. */
function optionsFor(metric: MetricDef, variant: string, config: CalculatorConfig): CoreOptions | undefined {
  if (variant && !metric.variants?.some((v) => v.id === variant)) return undefined;
  const variants: Record<string, string> = { ...config.coreOptions.variants };
  if (variant) variants[metric.id] = variant;
  else delete variants[metric.id];
  return { ...config.coreOptions, variants };
}
