/**
 * jsonc-parser, reached only through this module: the Node builds load it on first use. Only
 * JSON that the one-pass reader (jsonRows.ts) hands on needs it — comments, trailing commas,
 * nesting, errors — so reading other selections should not pay for it. esbuild.js swaps this
 * file, in the readers' chunk (dist/chunks/readers.js), for a stub that requires
 * dist/chunks/jsonc-parser.js (this same file, built alone); the browser and webview builds
 * bundle it as it is.
 */
import { parseTree, printParseErrorCode } from 'jsonc-parser';

// Named parts only, so that the chunk keeps just what the general reader calls.
const parser = { parseTree, printParseErrorCode };

export function jsoncParser(): typeof parser {
  return parser;
}
