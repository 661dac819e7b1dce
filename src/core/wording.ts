import * as l10n from '@vscode/l10n';
import type { Catalog } from './catalog/catalog';
import type { MetricDef } from './catalog/schema';
import { fail, type Failure } from './errors';

/** How messages name a metric: its abbreviation (CTR, ROAS) when it has one. */
export function label(metric: MetricDef): string {
  return metric.abbreviation ?? metric.name;
}

/** "a", "a and b", "a, b and c". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return l10n.t('{0} and {1}', names.slice(0, -1).join(', '), names[names.length - 1]!);
}

/** listOf in English, for the comments of generated code: code and its comments stay English. */
export function listInCode(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function unknownMetric(id: string, catalog: Catalog): Failure {
  const guess = catalog.suggest(id);
  const metricGuess = guess && catalog.metrics.has(guess) ? guess : undefined;
  const hint = metricGuess ? didYouMean(metricGuess) : undefined;
  return fail('unknownMetric', l10n.t("unknown metric '{0}'", id) + (hint ? ` — ${hint}` : ''), {
    input: id,
    ...(hint ? { hint } : {}),
  });
}

/**
 * A catalog name inside a sentence: English lower-cases it ("named like cost per click"),
 * German keeps its nouns capitalised ("wie Kosten pro Klick benannt"). The translation of the
 * key says which, so the rule travels with the language rather than with the code.
 */
export function nameInText(name: string): string {
  const rule = l10n.t({
    message: 'lower-case',
    comment: [
      '"lower-case" if names are written in lower case inside a sentence, anything else to keep them as they are',
    ],
  });
  return rule === 'lower-case' ? name.toLowerCase() : name;
}

/** Why a metric has no value when no single step of its formula failed. */
export function notFinite(metric: MetricDef): string {
  return l10n.t('{0} is not a finite number for these inputs', label(metric));
}

/** Row `index` (0-based) of a list of records is no record. */
export function notARecord(index: number, row: unknown): string {
  return Array.isArray(row)
    ? l10n.t('Row {0} is a list, not a record of fields such as { "clicks": 120 }', index + 1)
    : l10n.t(
        'Row {0} is {1}, not a record of fields such as { "clicks": 120 }',
        index + 1,
        JSON.stringify(row) ?? String(row),
      );
}

/** "did you mean 'ctr'?", a hint after a name that is not known. */
export function didYouMean(guess: string): string {
  return l10n.t("did you mean '{0}'?", guess);
}
