import * as l10n from '@vscode/l10n';
import type { Catalog, Formula } from './catalog/catalog';
import type { MetricDef } from './catalog/schema';
import { fail, type Failure } from './errors';
import type { CoreOptions } from './options';
import { label } from './wording';

/** The variant id that sets a metric's default form, so that the data cannot choose another. */
export const DEFAULT_FORM = 'default';

/** Whether `variantId` names a form of the metric: one of its variants, or the default. */
export function isFormOf(metric: MetricDef, variantId: string): boolean {
  return variantId === DEFAULT_FORM || metric.variants?.some((v) => v.id === variantId) === true;
}

/**
 * Which of a metric's forms computes it from what the data gives. A variant set in the options
 * (a setting) always wins. Otherwise, in this order:
 * - a variant marked `usedWhen: 'given'` whose inputs are all there: it refines the default
 *   with something the data adds (CLV with a gross margin);
 * - the default form;
 * - a variant marked `usedWhen: 'defaultMissing'` whose inputs are all there: the same quantity
 *   from the inputs a platform does write (GA4's bounce rate from engaged sessions, churn from
 *   customers at start, new and at end).
 * `has` says whether a name has a value, or can be computed. The chosen variant is in the
 * formula, so every result says which form it used.
 */
export function chooseFormula(
  metric: MetricDef,
  catalog: Catalog,
  options: CoreOptions,
  has: (name: string) => boolean,
): Formula {
  const setting = options.variants?.[metric.id];
  if (setting !== undefined) return catalog.formula(metric.id, setting) ?? catalog.formula(metric.id)!;
  const usable = (variantId?: string) => {
    const formula = catalog.formula(metric.id, variantId)!;
    return formula.inputs.every(has) ? formula : undefined;
  };
  const variants = metric.variants ?? [];
  for (const variant of variants) {
    if (variant.usedWhen !== 'given') continue;
    const formula = usable(variant.id);
    if (formula) return formula;
  }
  const byDefault = usable();
  if (byDefault) return byDefault;
  for (const variant of variants) {
    if (variant.usedWhen !== 'defaultMissing') continue;
    const formula = usable(variant.id);
    if (formula) return formula;
  }
  return catalog.formula(metric.id)!;
}

/** Every form the metric may be computed with: what a caller must make available to it. */
export function possibleFormulas(metric: MetricDef, catalog: Catalog, options: CoreOptions): Formula[] {
  const setting = options.variants?.[metric.id];
  if (setting !== undefined) return [catalog.formula(metric.id, setting) ?? catalog.formula(metric.id)!];
  const chosenByData = (metric.variants ?? [])
    .filter((v) => v.usedWhen !== undefined)
    .map((v) => catalog.formula(metric.id, v.id)!);
  return [catalog.formula(metric.id)!, ...chosenByData];
}

/**
 * The metric's formula: the variant the options set, else the form the data allows
 * (chooseFormula); without `has`, the default. A variant the metric does not have is refused.
 */
export function formulaFor(
  metric: MetricDef,
  catalog: Catalog,
  options: CoreOptions,
  has?: (name: string) => boolean,
): { ok: true; formula: Formula } | Failure {
  const variantId = options.variants?.[metric.id];
  if (variantId && !isFormOf(metric, variantId)) {
    const known = (metric.variants ?? []).map((v) => `'${v.id}'`);
    const message = l10n.t("{0} has no variant '{1}'", label(metric), variantId);
    return fail(
      'invalidVariant',
      known.length
        ? l10n.t(
            '{0}; choose {1}',
            message,
            known.reduce((a, b) => l10n.t('{0} or {1}', a, b)),
          )
        : message,
      { input: metric.id },
    );
  }
  return {
    ok: true,
    formula: has ? chooseFormula(metric, catalog, options, has) : catalog.formula(metric.id, variantId)!,
  };
}

/**
 * Whether a name has a value or can be computed from the values (without going round in a
 * circle). `values` needs only say which names it has: a record's values or a table's columns.
 */
export function derivable(
  name: string,
  values: { has(name: string): boolean },
  catalog: Catalog,
  options: CoreOptions,
  visiting: Set<string> = new Set(),
): boolean {
  if (values.has(name)) return true;
  const metric = catalog.metrics.get(name);
  if (!metric || visiting.has(name)) return false;
  visiting.add(name);
  const ok = possibleFormulas(metric, catalog, options).some((formula) =>
    formula.inputs.every((input) => derivable(input, values, catalog, options, visiting)),
  );
  visiting.delete(name);
  return ok;
}
