/**
 * What the editor commands run, with the results view they fill. The Node build loads this
 * on the first command instead of at activation (esbuild.js, ON_FIRST_USE): register.ts is all
 * that activation needs.
 */
export { evaluateSelection } from './evaluateSelection';
export { insertFormulaAsCode } from './insertFormulaAsCode';
export { quickCalculate } from './quickCalculate';
export { useColumnAs } from './useColumnAs';
export { ResultsPanel } from '../results/panel';
