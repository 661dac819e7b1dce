// Imported first by main.ts, so nothing the page does escapes it: anything the CSP blocks is
// said in the webview's console (where the UI tests look for it) instead of failing quietly.
document.addEventListener('securitypolicyviolation', (event) => {
  console.warn(`calculator: the CSP blocked ${event.violatedDirective} (${event.blockedURI || 'inline'})`);
});
