import { Catalog } from './catalog';
import { BUILTIN_CATALOG } from './data';

let builtin: Catalog | undefined;

/** The built-in catalog, indexed on first use so that importing the core stays cheap. */
export function builtinCatalog(): Catalog {
  builtin ??= new Catalog(BUILTIN_CATALOG);
  return builtin;
}
