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
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function unknownMetric(id: string, catalog: Catalog): Failure {
  const guess = catalog.suggest(id);
  const metricGuess = guess && catalog.metrics.has(guess) ? guess : undefined;
  return fail('unknownMetric', `unknown metric '${id}'${metricGuess ? ` — did you mean '${metricGuess}'?` : ''}`, {
    input: id,
    ...(metricGuess ? { hint: `did you mean '${metricGuess}'?` } : {}),
  });
}
