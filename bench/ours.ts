/**
 * Ours, through the public core API the extension's Evaluate Selection uses. Each function
 * returns the total row as id → value, for the check against the peers.
 */
import {
  aggregate,
  aggregateTable,
  analyseTable,
  computeAll,
  readSelection,
  readTable,
  report,
  type AggregateResult,
  type Table,
  type TotalRow,
} from '../src/core';
import type { FieldRow } from './data';

export type Totals = ReadonlyMap<string, number>;

const totalsOf = (total: TotalRow): Totals => new Map(total.results.map((m) => [m.id, m.value]));

/** Text → every KPI per row (as columns) + the total row: readTable, then aggregateTable. */
export function oursFromText(text: string): Totals {
  const reading = readTable(text);
  if (!reading.ok || reading.kind !== 'table') throw new Error(`not a table: ${JSON.stringify(reading).slice(0, 200)}`);
  return totalsOf(aggregateTable(reading).total);
}

/**
 * What Evaluate Selection runs since exports are read as a whole: readTable, then analyseTable
 * (what each column means, the KPIs, the export's own KPI columns checked against ours).
 */
export function oursAsTheExtensionReads(text: string): Totals {
  const reading = readTable(text);
  if (!reading.ok || reading.kind !== 'table') throw new Error(`not a table: ${JSON.stringify(reading).slice(0, 200)}`);
  return totalsOf(analyseTable(reading).aggregate.total);
}

/** A breakdown by channel, campaign and month, with subtotals: the grand total for the check. */
export function oursReport(text: string): Totals {
  const result = report(text, { groupBy: ['channel', 'campaign'], period: 'month' });
  if (!result.ok) throw new Error(`no report: ${result.error.message}`);
  return totalsOf(result.total);
}

/** The row API: readSelection's rows of cells, one record per row, aggregate's total. */
export function oursRowApi(text: string): Totals {
  return totalsOf(aggregate(recordsOf(text)).total);
}

/** What the extension's computeTable did before the columnar path: computeAll per row, then aggregate for the total. */
export function oursPerRow(text: string): Totals {
  const records = recordsOf(text);
  for (const record of records) computeAll(record);
  return totalsOf(aggregate(records).total);
}

function recordsOf(text: string): Record<string, number>[] {
  const reading = readSelection(text);
  if (!reading.ok || reading.kind !== 'rows') throw new Error(`not rows: ${JSON.stringify(reading).slice(0, 200)}`);
  return reading.rows.map((row) => {
    const record: Record<string, number> = {};
    reading.columns.forEach((name, c) => {
      const cell = row[c];
      if (typeof cell === 'number') record[name] = cell;
    });
    return record;
  });
}

/** Already-parsed rows → every KPI per row + the total row, through aggregate (rows to columns included). */
export function oursFromParsed(rows: readonly FieldRow[]): Totals {
  return totalsOf((aggregate(rows) as AggregateResult).total);
}

/** Columns already read → every KPI per row + the total row: the formula work alone. */
export function oursFromColumns(table: Table): Totals {
  return totalsOf(aggregateTable(table).total);
}
