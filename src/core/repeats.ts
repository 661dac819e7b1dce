/**
 * Metrics that compute the same formula from the same inputs (MER and ROAS are both revenue ÷
 * cost): in a list of results the later one repeats the earlier one's value in every row, so it
 * is shown once, under the first, with a sentence on why the two names exist.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog } from './catalog/catalog';
import type { CoreOptions } from './options';

export interface Repeat {
  /** The metric left out, and the one shown that has its value. */
  readonly id: string;
  readonly sameAs: string;
  readonly note: string;
}

/** The ids without those repeating an earlier one, in order, and what was left out. */
export function withoutRepeats(
  ids: readonly string[],
  catalog: Catalog,
  options: CoreOptions = {},
): { kept: string[]; repeats: Repeat[] } {
  const kept: string[] = [];
  const repeats: Repeat[] = [];
  const byFormula = new Map<string, string>();
  for (const id of ids) {
    const source = catalog.formula(id, options.variants?.[id])?.source.replace(/\s+/g, '');
    const first = source !== undefined ? byFormula.get(source) : undefined;
    if (first === undefined) {
      if (source !== undefined) byFormula.set(source, id);
      kept.push(id);
      continue;
    }
    repeats.push({ id, sameAs: first, note: noteOf(id, first, catalog) });
  }
  return { kept, repeats };
}

function noteOf(id: string, first: string, catalog: Catalog): string {
  const label = (metric: string) => catalog.metrics.get(metric)?.abbreviation ?? catalog.nameOf(metric);
  const formula = catalog.formula(first)?.source ?? '';
  const note = l10n.t('{0} equals {1} here ({2}), shown once as {1}', label(id), label(first), formula);
  return id === 'mer' && first === 'roas'
    ? l10n.t("{0}; MER counts all marketing spend, ROAS one channel's", note)
    : note;
}
