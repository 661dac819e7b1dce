/**
 * What the extension runs once it is used: the formula core and the code of every feature.
 * The registrations (extension.ts and each `register*`) reach it only through loadFeatures(),
 * so that the Node build can ship it as a bundle of its own, dist/features.js, which
 * activation does not load (esbuild.js).
 */
export {
  aggregate,
  buildCatalog,
  computeAll,
  evaluate,
  evaluateExpression,
  filesRead,
  formulaAsCode,
  solve,
} from './core';
export { CalculatorPanel } from './calculator/panel';
export { webviewOptions } from './calculator/html';
export { DEFAULT_METRIC, savedStateSchema } from './calculator/protocol';
export { evaluateSelection } from './commands/evaluateSelection';
export { insertFormulaAsCode } from './commands/insertFormulaAsCode';
export { quickCalculate } from './commands/quickCalculate';
export { useColumnAs } from './commands/useColumnAs';
export { breakDown, comparePeriods } from './commands/breakdown/breakDown';
export { computeFileKpis } from './files/computeFileKpis';
export { insertReportAsCode } from './commands/insertReportAsCode';
export { ResultsPanel } from './results/panel';
export { definitionMarkdown } from './definition/definitionMarkdown';
export { findMetricAt } from './hover/findMetricAt';
export { metricMarkdown } from './metricText/markdown';
export { pickMetric } from './pickers/pickMetric';
export { configureCoreL10n } from './l10nCore';
