import * as l10n from '@vscode/l10n';
import type { CoreOptions, Failure } from '../../core';
import type { TableModel, TableSource } from '../../results/model';
import { analyse, type Analysis } from './analyse';
import type { Stages } from './stages';
import { computeTable } from './table';
import type { Work } from './work';

/** A selection's analysis with its table, if any, computed. */
export type Evaluated =
  | Exclude<Analysis, { kind: 'table' } | Failure>
  | { readonly kind: 'table'; readonly model: TableModel; readonly source: TableSource };

export type EvaluatedAll =
  | { readonly ok: true; readonly results: readonly Evaluated[] }
  | { readonly ok: false; readonly index: number; readonly failure: Failure };

/**
 * Evaluates every selection in order, stopping at the first that fails (nothing is edited
 * unless all succeed). Undefined when the user cancelled.
 */
export async function evaluateAll(
  texts: readonly string[],
  options: CoreOptions,
  work: Work,
  stages?: Stages,
): Promise<EvaluatedAll | undefined> {
  const results: Evaluated[] = [];
  for (let i = 0; i < texts.length; i++) {
    await work.step(
      i,
      texts.length,
      texts.length > 1 ? l10n.t('Reading selection {0} of {1}', i + 1, texts.length) : l10n.t('Reading the selection'),
    );
    if (work.cancelled) return undefined;
    stages?.mark('progress');
    const analysis = analyse(texts[i]!, options);
    stages?.mark('read');
    if ('ok' in analysis) return { ok: false, index: i, failure: analysis };
    if (analysis.kind !== 'table') {
      results.push(analysis);
      continue;
    }
    const model = await computeTable(analysis.source, options, work, stages);
    if (!model) return undefined;
    results.push({ kind: 'table', model, source: analysis.source });
  }
  return work.cancelled ? undefined : { ok: true, results };
}
