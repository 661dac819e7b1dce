/**
 * Which columns a streamed report reads, settled on the file's first records the way `report`
 * reads a whole table: analyseTable's readings (platform names, `columnMappings`, what a column
 * holds), the dimensions the spec's words name (findColumn), the date column (dateColumn), and
 * every input the engine would take from the table — each quantity's columns, and a platform's
 * KPI column used as an input where ours cannot be computed (analyseTable's `given`).
 */
import { analyseTable } from '../columns/analyseTable';
import type { ColumnsInput } from '../columns/readColumns';
import type { Failure } from '../errors';
import { catalogOf, type CoreOptions } from '../options';
import { dateColumn, findColumn } from './dimensions';
import type { ReportSpec } from './types';

export interface PlanDimension {
  /** The spec's word: the key's property name. */
  readonly word: string;
  readonly column: number;
  readonly name: string;
}

export interface PlanPeriod {
  readonly column: number;
  readonly name: string;
  /** The column was read as dates by name or content: numbers in it are serials or timestamps. */
  readonly numbersAreDates: boolean;
  /** Other columns read as dates, named in the notes as report names them. */
  readonly others: readonly string[];
}

export interface PlanInput {
  readonly id: string;
  /** The columns giving it, in table order: in each row the first usable one counts (inputColumns). */
  readonly sources: readonly { readonly column: number; readonly factor: number }[];
  /** Negative values are no value unless the quantity may be negative. */
  readonly signed: boolean;
  /**
   * A reported percentage used as an input: in points (× 0.01) when its header says % or a
   * value exceeds 1, which only the whole column tells.
   */
  readonly percentGiven?: { readonly percentHeader: boolean };
}

export interface StreamPlan {
  readonly dimensions: readonly PlanDimension[];
  readonly period?: PlanPeriod;
  readonly inputs: readonly PlanInput[];
}

export function streamPlan(sample: ColumnsInput, spec: ReportSpec, options: CoreOptions): StreamPlan | Failure {
  const catalog = catalogOf(options);
  const analysis = analyseTable(sample, options);
  const readings = analysis.reading.columns;
  const dimensions: PlanDimension[] = [];
  for (const word of spec.groupBy ?? []) {
    const column = findColumn(word, readings);
    if ('ok' in column) return column;
    dimensions.push({ word, column: column.column, name: column.name });
  }
  let period: PlanPeriod | undefined;
  if (spec.period) {
    const column = dateColumn(spec, readings);
    if ('ok' in column) return column;
    period = {
      column: column.column,
      name: column.name,
      numbersAreDates: column.dimension === 'date',
      others: readings.filter((c) => c.dimension === 'date' && c !== column).map((c) => c.name),
    };
  }
  const byId = new Map<string, { column: number; factor: number }[]>();
  const given = new Set(analysis.given);
  const percent = new Map<string, { percentHeader: boolean }>();
  const seen = new Set<string>();
  for (const reading of readings) {
    // A repeated column name is one key of a row's record: the engine reads the first.
    if (seen.has(reading.name)) continue;
    seen.add(reading.name);
    const isGiven = given.has(reading.column);
    if ((reading.role !== 'input' && !isGiven) || reading.id === undefined) continue;
    byId.set(reading.id, [...(byId.get(reading.id) ?? []), { column: reading.column, factor: reading.factor }]);
    if (isGiven && reading.unit === 'percent') percent.set(reading.id, { percentHeader: reading.percent });
  }
  const inputs = [...byId].map(([id, sources]): PlanInput => {
    const quantity = catalog.quantities.get(id);
    const percentGiven = percent.get(id);
    return {
      id,
      sources,
      signed: quantity?.signed === true || quantity === undefined,
      ...(percentGiven ? { percentGiven } : {}),
    };
  });
  return { dimensions, ...(period ? { period } : {}), inputs };
}
