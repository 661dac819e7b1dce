import type { Catalog } from './catalog';
import { BUILTIN_CATALOG } from './data';
import { catalogLanguage, type CatalogLanguage } from './language';
import { catalogIn } from './translate';

const builtin = new Map<CatalogLanguage, Catalog>();

/**
 * The built-in catalog, indexed on first use so that importing the core stays cheap; its text
 * in the language of a tag such as VS Code's `env.language` ('de-AT' reads German), English
 * for any other and by default.
 */
export function builtinCatalog(language?: string): Catalog {
  const lang = catalogLanguage(language);
  let catalog = builtin.get(lang);
  if (!catalog) builtin.set(lang, (catalog = catalogIn(BUILTIN_CATALOG, lang)));
  return catalog;
}
