/**
 * The catalog's prose (descriptions, cautions, examples' sentences, reasons), reached only
 * through this module: the Node builds load it on first use. Computing never reads it, so a
 * `require` of the core and its first `evaluate` should not pay for it. esbuild.js swaps this
 * file, in dist/core.js, for a stub that requires dist/chunks/prose.js (this same file, built
 * alone); the browser and webview builds bundle it as it is.
 */
import { CATALOG_PROSE } from './prose';
import type { CatalogProse } from './prose/types';

export function catalogProse(): CatalogProse {
  return CATALOG_PROSE;
}
