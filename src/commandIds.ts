/** Every command id, in one typed map; a unit test checks it against package.json. */
export const COMMANDS = {
  openCalculator: 'marketingMetrics.openCalculator',
  quickCalculate: 'marketingMetrics.quickCalculate',
  evaluateSelection: 'marketingMetrics.evaluateSelection',
  evaluateAndReplaceSelection: 'marketingMetrics.evaluateAndReplaceSelection',
  insertFormulaAsCode: 'marketingMetrics.insertFormulaAsCode',
  findMetric: 'marketingMetrics.findMetric',
  copyFormula: 'marketingMetrics.copyFormula',
  showDefinition: 'marketingMetrics.showDefinition',
  showLog: 'marketingMetrics.showLog',
  compute: 'marketingMetrics.compute',
  solve: 'marketingMetrics.solve',
  useColumnAs: 'marketingMetrics.useColumnAs',
  breakDown: 'marketingMetrics.breakDown',
  comparePeriods: 'marketingMetrics.comparePeriods',
  computeFileKpis: 'marketingMetrics.computeFileKpis',
  insertReportAsCode: 'marketingMetrics.insertReportAsCode',
} as const;

export const VIEW_CONTAINER_ID = 'marketingMetrics';
export const METRICS_VIEW_ID = 'marketingMetrics.metrics';
export const CALCULATOR_VIEW_TYPE = 'marketingMetrics.calculator';
export const RESULTS_VIEW_TYPE = 'marketingMetrics.results';
