import type { Unit } from './catalog/schema';
import type { Failure } from './errors';
import { metricOf } from './engine/record';
import { checkValues, firstProblem, readInputs, type Inputs } from './inputs';
import { catalogOf, type CoreOptions } from './options';
import { unknownMetric } from './wording';

export interface MetricValue {
  readonly ok: true;
  readonly id: string;
  readonly value: number;
  readonly unit: Unit;
  /** The value as a person reads it: "3.00%", "$0.0345", "5.00x". */
  readonly text: string;
  /** The formula that was used, with the chosen variant applied. */
  readonly formula: string;
  readonly variant?: string;
}

export type EvaluateResult = MetricValue | Failure;

/**
 * Computes one metric from its inputs. Inputs may be keyed by id or alias and given as numbers
 * or as text; a metric input that is missing is computed from the others when it can be
 * (GRPs from reach, target audience and impressions). The record is read and checked here;
 * the metric is computed by the one engine (engine/), as a one-row table.
 */
export function evaluate(id: string, inputs: Inputs, options: CoreOptions = {}): EvaluateResult {
  const catalog = catalogOf(options);
  const metric = catalog.metric(id);
  if (!metric) return unknownMetric(id, catalog);
  const read = readInputs(inputs, catalog, options);
  const problem = firstProblem(read);
  if (problem) return problem;
  const checked = checkValues(read.values, metric.parts ?? [], catalog, options, read.sources);
  if (checked) return checked;
  return metricOf(metric, read.values, options);
}
