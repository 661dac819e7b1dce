import { SQL_DIALECTS } from '../core/code/sqlDialects';

/**
 * Each setting's value from what the user's settings.json holds: the value when it is one the
 * setting takes, else the default. VS Code checks settings.json against package.json only to
 * warn, so anything can arrive here. Written out rather than as a zod schema: these readers run
 * at activation, and zod would be most of the code activation loads.
 */

export const DEFAULT_HOVER_LANGUAGES: readonly string[] = [
  'markdown',
  'plaintext',
  'python',
  'javascript',
  'typescript',
  'javascriptreact',
  'typescriptreact',
  'sql',
  'json',
  'jsonc',
  'csv',
];

export const ROI_BASES = ['grossProfit', 'revenue', 'salesGrowth'] as const;
export const CONVERSION_RATE_DENOMINATORS = ['sessions', 'visitors'] as const;
export const ENGAGEMENT_RATE_DENOMINATORS = ['impressions', 'followers'] as const;
/** `ask`: Insert Formula as Code asks for the engine the first time it writes SQL, and keeps the answer here. */
export const SQL_DIALECT_SETTINGS = ['ask', ...SQL_DIALECTS] as const;
export type SqlDialectSetting = (typeof SQL_DIALECT_SETTINGS)[number];

/** The settings as read, before anything is derived from them. */
export interface SettingValues {
  readonly numberLocale: string;
  readonly currency: string;
  readonly decimals: number | null;
  readonly roiBasis: (typeof ROI_BASES)[number];
  readonly conversionRateDenominator: (typeof CONVERSION_RATE_DENOMINATORS)[number];
  readonly engagementRateDenominator: (typeof ENGAGEMENT_RATE_DENOMINATORS)[number];
  readonly hoverEnabled: boolean;
  readonly hoverLanguages: readonly string[];
  readonly maxSelectionLength: number;
  readonly columnMappings: Readonly<Record<string, string>>;
  readonly sqlDialect: SqlDialectSetting;
}

/** What `WorkspaceConfiguration.get` gives for a key of the section. */
export type RawSetting = (key: string) => unknown;

export function settingValues(raw: RawSetting): SettingValues {
  return {
    numberLocale: text(raw('numberLocale')) ?? '',
    currency: currencyCode(raw('currency')) ?? 'USD',
    decimals: integerIn(raw('decimals'), 0, 10) ?? null,
    roiBasis: oneOf(raw('roiBasis'), ROI_BASES) ?? 'grossProfit',
    conversionRateDenominator: oneOf(raw('conversionRateDenominator'), CONVERSION_RATE_DENOMINATORS) ?? 'sessions',
    engagementRateDenominator: oneOf(raw('engagementRateDenominator'), ENGAGEMENT_RATE_DENOMINATORS) ?? 'impressions',
    hoverEnabled: boolean(raw('hover.enabled')) ?? true,
    hoverLanguages: strings(raw('hover.languages')) ?? DEFAULT_HOVER_LANGUAGES,
    maxSelectionLength: integerIn(raw('maxSelectionLength'), 1, Number.MAX_SAFE_INTEGER) ?? 50_000_000,
    columnMappings: columnMappings(raw('columnMappings')),
    sqlDialect: oneOf(raw('sqlDialect'), SQL_DIALECT_SETTINGS) ?? 'ask',
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** An ISO 4217 code, in any case and with spaces around, as the user may type it. */
function currencyCode(value: unknown): string | undefined {
  const code = text(value)?.toUpperCase();
  return code !== undefined && /^[A-Z]{3}$/.test(code) ? code : undefined;
}

function boolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function integerIn(value: unknown, min: number, max: number): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])] : undefined;
}

/**
 * Column name → id entries whose value is a string; others are dropped (the core reports a
 * string that names no quantity, with the column, where the mapping is used). A null-prototype
 * copy: a column named `__proto__` stays a plain key.
 */
export function columnMappings(value: unknown): Readonly<Record<string, string>> {
  const out = Object.create(null) as Record<string, string>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [column, target] of Object.entries(value as Record<string, unknown>)) {
    if (typeof target === 'string' && column.trim() !== '' && target.trim() !== '') out[column] = target.trim();
  }
  return out;
}
