import vscode = require('vscode');
import type { buildCatalog, Catalog, CoreOptions, CustomMetricProblem } from '../core';
import { loadFeatures } from '../loadFeatures';
import { SECTION } from './keys';
import { settingValues, type SettingValues, type SqlDialectSetting } from './values';

/**
 * The parsed settings, with the catalog they define; immutable, rebuilt on every change. The
 * catalog (every formula parsed, every alias indexed) and the locale are settled on first use,
 * not when the settings are read: activation reads them and needs neither.
 */
export interface Config {
  readonly locale: string;
  readonly currency: string;
  readonly decimals: number | undefined;
  readonly variants: Readonly<Record<string, string>>;
  readonly hoverEnabled: boolean;
  readonly hoverLanguages: readonly string[];
  readonly maxSelectionLength: number;
  /** Column name → quantity or metric id (or 'ignore'), as read without a resource: workspace and user values. */
  readonly columnMappings: Readonly<Record<string, string>>;
  readonly sqlDialect: SqlDialectSetting;
  readonly catalog: Catalog;
  /** Whether the customMetrics setting holds anything: without, there can be no problems to report. */
  readonly definesCustomMetrics: boolean;
  readonly customMetricProblems: readonly CustomMetricProblem[];
  /** What the core's entry points take. */
  readonly coreOptions: CoreOptions;
}

/** Reads the `marketingMetrics.*` settings; a wrong value falls back to its default. */
export function readConfig(scope?: vscode.ConfigurationScope): Config {
  const section = vscode.workspace.getConfiguration(SECTION, scope);
  const parsed = settingValues((key) => section.get(key));
  const customMetrics: unknown = section.get('customMetrics') ?? [];
  let built: ReturnType<typeof buildCatalog> | undefined;
  // The catalog's text follows VS Code's display language (German names under a German VS Code);
  // it cannot change without a restart, so a catalog built for it stays right.
  const catalogOf = () => (built ??= loadFeatures().buildCatalog(customMetrics, { language: vscode.env.language }));
  // Asking Intl which locales it supports loads ICU data (≈ 50 ms the first time in the
  // extension host): done on first use, not while the extension activates.
  let locale: string | undefined;
  const localeOf = () => (locale ??= resolveLocale(parsed.numberLocale));
  const variants = variantsOf(parsed);
  const decimals = parsed.decimals ?? undefined;
  let coreOptions: CoreOptions | undefined;
  return {
    get locale() {
      return localeOf();
    },
    currency: parsed.currency,
    decimals,
    variants,
    hoverEnabled: parsed.hoverEnabled,
    hoverLanguages: parsed.hoverLanguages,
    maxSelectionLength: parsed.maxSelectionLength,
    columnMappings: parsed.columnMappings,
    sqlDialect: parsed.sqlDialect,
    get catalog() {
      return catalogOf().catalog;
    },
    definesCustomMetrics: !(Array.isArray(customMetrics) && customMetrics.length === 0),
    get customMetricProblems() {
      return catalogOf().problems;
    },
    get coreOptions() {
      coreOptions ??= {
        locale: localeOf(),
        currency: parsed.currency,
        variants,
        catalog: catalogOf().catalog,
        columnMappings: parsed.columnMappings,
        ...(decimals !== undefined ? { decimals } : {}),
      };
      return coreOptions;
    },
  };
}

/** VS Code's display language carries no region ('en'), so the setting wins when it is set. */
function resolveLocale(setting: string): string {
  const candidate = setting || vscode.env.language || 'en-US';
  try {
    return Intl.NumberFormat.supportedLocalesOf([candidate])[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function variantsOf(parsed: SettingValues): Record<string, string> {
  const variants: Record<string, string> = {};
  if (parsed.roiBasis !== 'grossProfit') variants.roi = parsed.roiBasis;
  if (parsed.conversionRateDenominator === 'visitors') variants.conversionRate = 'perVisitor';
  if (parsed.engagementRateDenominator === 'followers') variants.engagementRate = 'perFollower';
  return variants;
}
