import type { CoreError } from './errors';
import type { MetricValue } from './evaluate';
import { computeColumns } from './engine/compute';
import { rowResult } from './engine/row';
import { tableFromRecords } from './engine/table';
import type { FieldProblem, Inputs } from './inputs';
import type { CoreOptions } from './options';

export interface MatchedField {
  readonly field: string;
  readonly id: string;
  readonly value: number;
}

export interface MetricProblem {
  readonly id: string;
  readonly error: CoreError;
}

export interface ComputeAllResult {
  readonly ok: true;
  /** Fields that matched a quantity or metric, with the value used. */
  readonly inputs: readonly MatchedField[];
  /** Field names that match nothing in the catalog. */
  readonly unmatched: readonly string[];
  /** Fields whose value could not be used (not a number, negative, a duplicate). */
  readonly fieldProblems: readonly FieldProblem[];
  /** Every metric the inputs determine, in catalog order. */
  readonly results: readonly MetricValue[];
  /** Metrics whose inputs were all there but which have no value (no impressions, clicks > impressions). */
  readonly problems: readonly MetricProblem[];
}

/**
 * Every metric a record determines, chaining through metrics that feed other metrics (reach,
 * impressions and target audience give frequency and reach rate, which give GRPs). The record
 * is a one-row table: the engine that computes a million rows computes it (engine/).
 */
export function computeAll(record: Inputs, options: CoreOptions = {}): ComputeAllResult {
  const table = tableFromRecords([record], options.locale)!;
  return rowResult(computeColumns(table, undefined, options), 0, record);
}
