// The lines a suite running inside the extension host prints for its launcher, which reads the
// host's console (scripts/vscode/results.ts, scripts/vscode/runWeb.ts). No imports: the web
// suite is bundled for a web worker.

/** The suite's counts, last: `MMX-RESULT {"passed":n,"failed":m}`. */
export const RESULT_TAG = 'MMX-RESULT';

/** Asks the launcher to act in the window as a person would: `MMX-STEP <name>` (the web suite). */
export const STEP_TAG = 'MMX-STEP';
