// Imported first by main.ts: zod compiles schemas with `new Function` unless told not to, and
// the webview's CSP (no 'unsafe-eval') would report every attempt as a violation.
import * as z from 'zod/mini';

z.config({ jitless: true });
