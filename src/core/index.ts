/**
 * The formula core: the metric catalog and everything computed from it. It imports nothing
 * from `vscode` and runs in the Node extension host, the web-worker host, the webview and
 * plain Node scripts (`require('marketing-metrics-explorer/core')`).
 */
export { evaluate, type EvaluateResult, type MetricValue } from './evaluate';
export { solve, type SolveResult, type SolvedValue } from './solve';
export { computeAll, type ComputeAllResult, type MatchedField, type MetricProblem } from './computeAll';
export { aggregate, type AggregateResult, type NotAggregable, type TotalRow } from './aggregate';
export { aggregateTable, type TableAggregate } from './engine/aggregateTable';
export { report, type ReportInput } from './report/report';
export { ReportStream, type ReportStreamOptions } from './report/streamReport';
export type { KeyValue, MetricChange, Report, ReportDimension, ReportGroup, ReportSpec } from './report/types';
export { computeColumns, type ColumnResults, type MetricColumn } from './engine/compute';
export { tableFromRecords, type Table } from './engine/table';
export { analyseTable, type TableAnalysis } from './columns/analyseTable';
export {
  readColumns,
  type ColumnReading,
  type ColumnRole,
  type ColumnsInput,
  type ColumnsReading,
} from './columns/readColumns';
export { matchField, readName, IGNORE_MAPPING } from './columns/names';
export { splitHeader } from './columns/header';
export type { KpiCheck } from './columns/kpiCheck';
export type { TotalCheck, ReportedTotalRow } from './columns/totalCheck';
export type { DimensionKind } from './columns/platformNames';
export { withoutRepeats, type Repeat } from './repeats';
export { evaluateExpression, type ExpressionValue } from './expression';
export {
  formulaAsCode,
  CODE_TARGETS,
  CODE_TARGET_LANGUAGE,
  type CodeTarget,
  type FormulaCode,
} from './code/formulaAsCode';
export { SQL_DIALECTS, type SqlDialect } from './code/sqlDialects';
export {
  reportAsCode,
  REPORT_CODE_TARGETS,
  type ReportCode,
  type ReportCodeOptions,
  type ReportCodeTarget,
} from './code/reportAsCode';
export { reportSumsQuery, type ReportSumsQuery } from './code/reportSums';
export { filesRead, type FileRead } from './code/filesRead';
export { readDates, type DateColumn, type DateReading } from './dates/readDates';
export type { CodeOptions } from './code/writer';
export { parseExpression, type ParseResult } from './expr/parser';
export type { Expr } from './expr/ast';
export { readNumber, type NumberReading } from './read/number';
export { writtenCurrencies } from './read/currencies';
export { readSelection, readSelectionColumns, readTable } from './read/selection';
export type { SelectionReading, TableReading, ColumnarRows } from './read/selection';
export { formatValue, columnDecimals } from './format/format';
export { Catalog, type Formula, type FieldMatch } from './catalog/catalog';
export { builtinCatalog } from './catalog/builtin';
export {
  buildCatalog,
  customMetricInputSchema,
  CUSTOM_CATEGORY_ID,
  type CustomMetricInput,
  type CustomMetricProblem,
} from './catalog/custom';
export { BUILTIN_CATALOG } from './catalog/data';
export * from './catalog/schema';
export { normalizeKey } from './names';
export type { CoreOptions } from './options';
export type { Inputs, InputValue, FieldProblem } from './inputs';
export type { CoreError, ErrorCode, Failure, Span } from './errors';
