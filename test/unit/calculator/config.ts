import { buildCatalog, type CustomMetricInput } from '../../../src/core';
import type { CalculatorConfig } from '../../../src/calculator/metricInfo';

/** A calculator config as the settings would build it, without VS Code. */
export function testConfig(
  options: { locale?: string; currency?: string; variants?: Record<string, string>; custom?: CustomMetricInput[] } = {},
): CalculatorConfig {
  const { catalog, problems } = buildCatalog(options.custom ?? []);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const locale = options.locale ?? 'en-US';
  const currency = options.currency ?? 'USD';
  const variants = options.variants ?? {};
  return { catalog, locale, currency, coreOptions: { locale, currency, variants, catalog } };
}
