/**
 * The calculator panel and its message protocol. The Node build loads this when a calculator
 * is first opened or restored instead of at activation (esbuild.js, ON_FIRST_USE).
 */
export { CalculatorPanel } from './panel';
export { webviewOptions } from './html';
export { DEFAULT_METRIC, savedStateSchema } from './protocol';
