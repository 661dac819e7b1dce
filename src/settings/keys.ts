/** Every setting key, in one place; a unit test checks it against package.json. */
export const SETTING_KEYS = [
  'numberLocale',
  'currency',
  'decimals',
  'roiBasis',
  'conversionRateDenominator',
  'engagementRateDenominator',
  'hover.enabled',
  'hover.languages',
  'customMetrics',
  'columnMappings',
  'maxSelectionLength',
  'sqlDialect',
] as const;

export const SECTION = 'marketingMetrics';
