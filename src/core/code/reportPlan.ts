/**
 * What a report's code computes, whatever it is written in: the dimensions and the period to
 * group by, each input with the column it comes from (and its scale, cost_micros × 1e-6), whether
 * it adds up across rows, and each metric's formula expanded down to those inputs. The SQL and
 * pandas writers (reportSql.ts, reportPandas.ts) only spell it.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog } from '../catalog/catalog';
import { analyseTable } from '../columns/analyseTable';
import { readColumns, type ColumnReading, type ColumnsInput } from '../columns/readColumns';
import type { Comparison, Period } from '../dates/periods';
import { fail, type Failure } from '../errors';
import { namesIn, type Expr } from '../expr/ast';
import { derivable, formulaFor } from '../forms';
import { catalogOf } from '../options';
import { dateColumn, findColumn } from '../report/dimensions';
import type { ReportSpec } from '../report/types';
import { listInCode, unknownMetric } from '../wording';
import { expandMetrics } from './expand';
import { snakeCase, type CodeOptions } from './writer';

export interface ReportCodeOptions extends CodeOptions {
  /** The table the data is in: a table name, or for SQL any FROM item (`read_csv('a.csv')`); pandas: the DataFrame. */
  readonly table?: string;
  /** DuckDB: the strptime format of the date column when it is text the engine does not read as a date. */
  readonly dateFormat?: string;
  /**
   * The table's first rows, read as the core reads a table: its columns are then found by their
   * content as well as their names, exactly as `report` finds them (Compute KPIs for File).
   * Its column names are the table's; `columns` is then not needed.
   */
  readonly sample?: ColumnsInput;
  /**
   * Sum every input column the table has, not only those the metrics use (the sums a report's
   * input columns show); a table with inputs but no metric is then a report of sums.
   */
  readonly everyInput?: boolean;
  /**
   * DuckDB: input columns the engine reads as text (`$1,234.50`, `1.234,50`), by name as
   * written, with the decimal separator they are written with: read as numbers in the query.
   */
  readonly textNumbers?: Readonly<Record<string, '.' | ','>>;
  /**
   * The table's column names as written. Each is read as the core reads a header (platform
   * names, `columnMappings` first): inputs, dimensions and the date column are then found by
   * their names, and metrics are those the columns determine when the spec names none.
   */
  readonly columns?: readonly string[];
}

export interface PlanColumn {
  /** The name the code gives it (snake_case of the column as written). */
  readonly name: string;
  /** The column as written in the table. */
  readonly source: string;
}

export interface PlanInput extends PlanColumn {
  /** The quantity's id in the catalog (`impressions`). */
  readonly id: string;
  /** The column holds numbers as text with this decimal separator (DuckDB: `textNumbers`). */
  readonly decimal?: '.' | ',';
  /** Scale from the column to the quantity (cost_micros: 1e-6). */
  readonly factor: number;
  /** Sums across rows (clicks); otherwise a head count (reach), kept only where every row has one value. */
  readonly additive: boolean;
}

export interface ReportPlan {
  readonly table: string;
  readonly dimensions: readonly PlanColumn[];
  readonly period?: PlanColumn & {
    readonly unit: Period;
    readonly weekStart: number;
    /** strptime format of a date column held as text (DuckDB): `%d.%m.%Y`. */
    readonly format?: string;
    /** Each group of the period level beside the period before, or the same period a year before. */
    readonly compare?: Comparison;
  };
  readonly inputs: readonly PlanInput[];
  readonly metrics: readonly { readonly id: string; readonly expr: Expr }[];
  /** What the code assumes or leaves out, in words: written as comments above it. */
  readonly notes: readonly string[];
}

export function reportPlan(spec: ReportSpec, options: ReportCodeOptions, table: string): ReportPlan | Failure {
  const catalog = catalogOf(options);
  const readings = options.sample
    ? analyseTable(options.sample, options).reading.columns
    : options.columns
      ? readColumns(emptyTable(options.columns), options).columns
      : undefined;
  const notes: string[] = [];
  const dimensions: PlanColumn[] = [];
  for (const word of spec.groupBy ?? []) {
    const source = readings ? findColumn(word, readings) : { name: word };
    if ('ok' in source) return source;
    dimensions.push({ name: codeName(source.name), source: source.name });
  }
  let period: ReportPlan['period'];
  if (spec.period) {
    const column = readings ? dateColumn(spec, readings) : { name: spec.dateColumn ?? 'date' };
    if ('ok' in column) return column;
    period = {
      name: spec.period,
      source: column.name,
      unit: spec.period,
      weekStart: spec.weekStart ?? 1,
      ...(options.dateFormat !== undefined ? { format: options.dateFormat } : {}),
      ...(spec.compare !== undefined ? { compare: spec.compare } : {}),
    };
  }
  const sources = inputSources(readings, options);
  const ids = metricIds(spec, catalog, sources, options);
  if (!Array.isArray(ids)) return ids;
  const metrics: ReportPlan['metrics'][number][] = [];
  for (const id of ids) {
    const metric = catalog.metric(id);
    if (!metric) return unknownMetric(id, catalog);
    const has = readings ? (name: string) => derivable(name, sources, catalog, options) : undefined;
    const formula = formulaFor(metric, catalog, options, has);
    if (!formula.ok) return formula;
    const expr = expandMetrics(formula.formula.expr, catalog, options.variants, new Set([metric.id]));
    const missing = readings ? namesIn(expr).filter((name) => !sources.has(name)) : [];
    if (missing.length > 0) notes.push(`${metric.id} is left out: no column gives ${listInCode(missing)}.`);
    else metrics.push({ id: metric.id, expr });
  }
  if (metrics.length === 0 && !(options.everyInput === true && sources.size > 0))
    return fail('missingInput', l10n.t('No metric can be computed from these columns'), { input: 'metrics' });
  const used = metrics.flatMap((m) => namesIn(m.expr));
  const inputs = [...new Set(options.everyInput === true ? [...sources.keys(), ...used] : used)].map((id) => {
    const source = sources.get(id) ?? { source: snakeCase(id), factor: 1 };
    const decimal = options.textNumbers?.[source.source];
    return {
      id,
      name: snakeCase(id),
      ...source,
      ...(decimal !== undefined ? { decimal } : {}),
      additive: catalog.quantities.get(id)?.additive === true,
    };
  });
  for (const input of inputs.filter((i) => !i.additive))
    notes.push(`${input.name} does not add up across rows: a group has it only where every row has the same value.`);
  return { table, dimensions, ...(period ? { period } : {}), inputs, metrics, notes };
}

/** Each input id's column: from the header as the core reads it, else a `columnMappings` entry naming it. */
function inputSources(
  readings: readonly ColumnReading[] | undefined,
  options: ReportCodeOptions,
): Map<string, { source: string; factor: number }> {
  const sources = new Map<string, { source: string; factor: number }>();
  if (readings) {
    for (const reading of readings)
      if (reading.role === 'input' && reading.id !== undefined && !sources.has(reading.id))
        sources.set(reading.id, { source: reading.name, factor: reading.factor });
    return sources;
  }
  for (const [column, id] of Object.entries(options.columnMappings ?? {}))
    if (!sources.has(id)) sources.set(id, { source: column, factor: 1 });
  return sources;
}

/** The spec's metrics, or every metric the columns determine; code for no data must be told which. */
function metricIds(
  spec: ReportSpec,
  catalog: Catalog,
  sources: ReadonlyMap<string, unknown>,
  options: ReportCodeOptions,
): string[] | Failure {
  if (spec.metrics && spec.metrics.length > 0) return [...spec.metrics];
  if (!options.columns && !options.sample)
    return fail(
      'missingInput',
      l10n.t("Name the metrics (spec.metrics), or give the table's columns (options.columns) to find them"),
      { input: 'metrics' },
    );
  return [...catalog.metrics.values()]
    .filter((m) => !sources.has(m.id) && derivable(m.id, sources, catalog, options))
    .map((m) => m.id);
}

/** A column's name in code: `Campaign name` → campaign_name. */
export function codeName(name: string): string {
  const snake = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(snake) ? snake : `c_${snake}`;
}

function emptyTable(columns: readonly string[]) {
  return { columns, rowCount: 0, data: columns.map(() => new Float64Array(0)) };
}
