/**
 * The selection readers (JSON, CSV, key/value lines, lists), reached only through this module:
 * the Node builds load them on first use. Only reading a selection needs them — not
 * `evaluate`, a hover or the calculator — so a `require` of the core should not pay for them.
 * esbuild.js swaps this file, in dist/core.js, for a stub whose exports are read from
 * dist/chunks/readers.js (this same file, built alone; it loads papaparse and jsonc-parser on
 * first use in its turn); the browser and webview builds bundle it as it is.
 */
export { readSelection, readTable } from './selection';
