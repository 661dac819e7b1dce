// Imported first by main.ts. Anything the CSP blocks is said in the webview's console (where
// the UI tests look for it) instead of failing quietly; and zod is told not to compile schemas
// with `new Function`, which the CSP (no 'unsafe-eval') would report as a violation.
import * as z from 'zod/mini';

document.addEventListener('securitypolicyviolation', (event) => {
  console.warn(`results view: the CSP blocked ${event.violatedDirective} (${event.blockedURI || 'inline'})`);
});

z.config({ jitless: true });
