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
  openSampleExport: 'marketingMetrics.openSampleExport',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const VIEW_CONTAINER_ID = 'marketingMetrics';
export const METRICS_VIEW_ID = 'marketingMetrics.metrics';
export const WELCOME_VIEW_ID = 'marketingMetrics.welcome';
/** Set while a metric is selected in the Metrics view: the Get Started view shows when it is not. */
export const METRIC_SELECTED_CONTEXT = 'marketingMetrics.metricSelected';
export const WALKTHROUGH_ID = 'marketing-metrics.marketing-metrics-explorer#marketingMetrics.gettingStarted';
export const CALCULATOR_VIEW_TYPE = 'marketingMetrics.calculator';
export const RESULTS_VIEW_TYPE = 'marketingMetrics.results';
