/**
 * papaparse, reached only through this module: the Node builds load it on first use. Only
 * CSV with quotes needs it (plain CSV is split by csvScan.ts), so reading other selections
 * should not pay for it. esbuild.js swaps this file, in the readers' chunk
 * (dist/chunks/readers.js), for a stub that requires dist/chunks/papaparse.js (this same file,
 * built alone); the browser and webview builds bundle it as it is.
 */
import Papa from 'papaparse';

export function papaparse(): typeof Papa {
  return Papa;
}
