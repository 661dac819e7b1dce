/**
 * A bare list of numbers ("1200 45000") names no inputs, so every metric whose formula takes
 * that many inputs is a candidate, the numbers given in the order the formula names its inputs
 * (ctr = clicks / impressions: 1200 clicks, 45000 impressions).
 */
import * as l10n from '@vscode/l10n';
import {
  builtinCatalog,
  evaluate,
  type CoreError,
  type CoreOptions,
  type MetricDef,
  type MetricValue,
} from '../../core';

export interface Candidate {
  readonly metric: MetricDef;
  /** What the numbers were taken as: `ctr(clicks=1200, impressions=45000)`. */
  readonly call: string;
  readonly result: MetricValue | { readonly ok: false; readonly error: CoreError };
}

/** In catalog order; metrics whose value these numbers give come first. */
export function candidatesFor(values: readonly number[], options: CoreOptions): Candidate[] {
  const catalog = options.catalog ?? builtinCatalog();
  const candidates: Candidate[] = [];
  for (const metric of catalog.metrics.values()) {
    const inputs = catalog.formula(metric.id, options.variants?.[metric.id])?.inputs ?? [];
    if (inputs.length !== values.length) continue;
    const given = Object.create(null) as Record<string, number>;
    inputs.forEach((input, i) => (given[input] = values[i]!));
    const call = `${metric.id}(${inputs.map((input, i) => `${input}=${values[i]}`).join(', ')})`;
    candidates.push({ metric, call, result: evaluate(metric.id, given, options) });
  }
  return [...candidates.filter((c) => c.result.ok), ...candidates.filter((c) => !c.result.ok)];
}

/** Says which counts of numbers some metric takes, for a list no metric fits. */
export function noCandidateMessage(count: number, options: CoreOptions): string {
  const catalog = options.catalog ?? builtinCatalog();
  const counts = new Set<number>();
  for (const metric of catalog.metrics.values())
    counts.add(catalog.formula(metric.id, options.variants?.[metric.id])?.inputs.length ?? 0);
  const sorted = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  return count === 1
    ? l10n.t(
        'No metric takes 1 number: metrics take {0} inputs. Select name: value lines to say which number is which.',
        sorted.join(', '),
      )
    : l10n.t(
        'No metric takes {0} numbers: metrics take {1} inputs. Select name: value lines to say which number is which.',
        count,
        sorted.join(', '),
      );
}

/** The text written after the numbers: ` = 2.67% (CTR)`, naming the metric the numbers were read as. */
export function numbersAppendix(candidate: Candidate & { result: MetricValue }): string {
  return ` = ${candidate.result.text} (${candidate.metric.abbreviation ?? candidate.metric.name})`;
}
