// The calculator webview's entry (bundled by esbuild.js to dist/webview/calculator.js).
// Import order matters: violations are reported from the start, the translations are loaded
// before any label is made, and zod must be jitless before protocol.ts builds its schemas.
import './cspReport';
import '../l10n';
import './jitless';
import { startApp } from './app';

startApp();
