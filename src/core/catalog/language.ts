/** The languages the catalog's text is written in; English is the catalog as defined. */
export const CATALOG_LANGUAGES = ['en', 'de'] as const;

export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

/**
 * The catalog language for a display language tag such as VS Code's `env.language`: its
 * primary subtag, so 'de-DE', 'de-AT' and 'de-CH' all read German. Any other language, and no
 * tag at all, gives English.
 */
export function catalogLanguage(tag: string | undefined): CatalogLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return CATALOG_LANGUAGES.find((language) => language === primary) ?? 'en';
}
