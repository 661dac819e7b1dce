/**
 * What is timed, per format, on each data set (dataSets.ts). End-to-end variants start from the selection's text; the
 * "on parsed rows" ones start from rows already parsed (outside the timing) and so measure the
 * formula work alone. `ratioTo` names the variant each is compared with.
 */
import Papa from 'papaparse';
import type { DataSet } from './dataSets';
import type { FieldRow } from './data';
import type { Format } from './dataSets';
import { genericReadFloor, handLoop, handLoopCsv, rowsOfCells, type KpiResult } from './peers';
import {
  oursAsTheExtensionReads,
  oursReport,
  oursFromColumns,
  oursFromParsed,
  oursFromText,
  oursPerRow,
  oursRowApi,
  type Totals,
} from './ours';
import { readTable, tableFromRecords, type Table } from '../src/core';

export type { Format } from './dataSets';

export interface Inputs {
  text: string;
  parsed?: FieldRow[];
  cells?: string[][];
  /** The text read into columns once, for the formula-only variant. */
  table?: Table;
  mathjs: (rows: readonly FieldRow[]) => KpiResult;
  [extra: string]: unknown;
}

export interface Variant {
  readonly name: string;
  readonly format: Format;
  /** End to end from text: measured for peak RSS too. */
  readonly endToEnd: boolean;
  readonly ratioTo?: string;
  /** Skipped above this many rows (too slow to time at 1e6). */
  readonly maxRows?: number;
  /** Needs the realistic rows' text columns (a breakdown by channel and month). */
  readonly realisticOnly?: boolean;
  run(inputs: Inputs): unknown;
  /** The total row, checked against the hand-written loop's before timing. */
  totals?(inputs: Inputs): Totals;
  prepare?(inputs: Inputs): void;
}

const JSON_FLOOR = 'JSON.parse alone (floor)';
const CSV_FLOOR = 'papaparse alone (floor)';
const HAND = 'hand-written loop on parsed rows';
export const AS_READ = 'ours, end to end as Evaluate Selection reads it (analyseTable)';
/** Issue 18's breakdown: two dimensions and the month, with subtotals, against the same reading ungrouped. */
export const REPORT = 'ours, report by channel × campaign × month (report)';
const HAND_CSV = 'hand-written loop on parsed cells';

/** papaparse as the peers use it: quoted cells ("$1,234.50", names with commas) come back unquoted. */
export const papa = (text: string): string[][] =>
  Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
const asMap = (result: KpiResult): Totals => new Map(Object.entries(result.total).filter(([, v]) => !Number.isNaN(v)));

function prepareTable(inputs: Inputs): void {
  const reading = readTable(inputs.text);
  inputs.table = reading.ok && reading.kind === 'table' ? reading : tableFromRecords(inputs.parsed ?? []);
}

/** Whether a variant runs on a data set: the report needs the realistic rows' text columns. */
export function runsOn(variant: Variant, data: DataSet): boolean {
  return !variant.realisticOnly || data === 'realistic';
}

export const VARIANTS: readonly Variant[] = [
  // JSON, end to end
  { name: JSON_FLOOR, format: 'json', endToEnd: true, run: ({ text }) => JSON.parse(text) },
  {
    name: 'hand-written loop, end to end',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    run: ({ text }) => handLoop(JSON.parse(text)),
  },
  {
    name: 'ours, end to end',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    run: ({ text }) => oursFromText(text),
    totals: ({ text }) => oursFromText(text),
  },
  {
    name: 'ours, end to end as Evaluate Selection reads it (analyseTable)',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    run: ({ text }) => oursAsTheExtensionReads(text),
    totals: ({ text }) => oursAsTheExtensionReads(text),
  },
  {
    name: REPORT,
    format: 'json',
    endToEnd: true,
    realisticOnly: true,
    ratioTo: AS_READ,
    run: ({ text }) => oursReport(text),
    totals: ({ text }) => oursReport(text),
  },
  {
    name: 'ours, row API (readSelection + aggregate)',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    maxRows: 1e5,
    run: ({ text }) => oursRowApi(text),
    totals: ({ text }) => oursRowApi(text),
  },
  {
    name: 'ours, per-row computeAll + aggregate',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    maxRows: 1e3,
    run: ({ text }) => oursPerRow(text),
  },
  {
    name: 'mathjs, end to end',
    format: 'json',
    endToEnd: true,
    ratioTo: JSON_FLOOR,
    run: ({ text, mathjs }) => mathjs(JSON.parse(text)),
    totals: ({ text, mathjs }) => asMap(mathjs(JSON.parse(text))),
  },
  // JSON, formula work on parsed rows
  { name: HAND, format: 'json', endToEnd: false, run: ({ parsed }) => handLoop(parsed!) },
  {
    name: 'ours on parsed rows (aggregate)',
    format: 'json',
    endToEnd: false,
    ratioTo: HAND,
    run: ({ parsed }) => oursFromParsed(parsed!),
    totals: ({ parsed }) => oursFromParsed(parsed!),
  },
  {
    name: 'ours on columns (aggregateTable)',
    format: 'json',
    endToEnd: false,
    ratioTo: HAND,
    run: ({ table }) => oursFromColumns(table!),
    totals: ({ table }) => oursFromColumns(table!),
    prepare: prepareTable,
  },
  // What reading records costs before any formula: ours (tableFromRecords, the first step of
  // aggregate) and the bare for…in. Issue 17 budgets the first against the second at 1e6, so
  // ours runs there too, though its columns per run (80 MB on realistic rows) are garbage whose
  // collections may land on the variant run next: the budget is judged on the fastest runs.
  {
    name: 'ours reading parsed rows into columns, no formulas',
    format: 'json',
    endToEnd: false,
    ratioTo: HAND,
    run: ({ parsed }) => tableFromRecords(parsed!),
  },
  {
    name: 'generic read floor: for…in over every row, no formulas',
    format: 'json',
    endToEnd: false,
    ratioTo: HAND,
    run: ({ parsed }) => genericReadFloor(parsed!),
  },
  {
    name: 'mathjs on parsed rows',
    format: 'json',
    endToEnd: false,
    ratioTo: HAND,
    run: ({ parsed, mathjs }) => mathjs(parsed!),
  },
  // CSV, end to end
  { name: CSV_FLOOR, format: 'csv', endToEnd: true, run: ({ text }) => papa(text) },
  {
    name: 'hand-written loop, end to end',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    run: ({ text }) => handLoopCsv(papa(text)),
  },
  {
    name: 'ours, end to end',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    run: ({ text }) => oursFromText(text),
    totals: ({ text }) => oursFromText(text),
  },
  {
    name: 'ours, end to end as Evaluate Selection reads it (analyseTable)',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    run: ({ text }) => oursAsTheExtensionReads(text),
    totals: ({ text }) => oursAsTheExtensionReads(text),
  },
  {
    name: REPORT,
    format: 'csv',
    endToEnd: true,
    realisticOnly: true,
    ratioTo: AS_READ,
    run: ({ text }) => oursReport(text),
    totals: ({ text }) => oursReport(text),
  },
  {
    name: 'ours, row API (readSelection + aggregate)',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    maxRows: 1e5,
    run: ({ text }) => oursRowApi(text),
    totals: ({ text }) => oursRowApi(text),
  },
  {
    name: 'ours, per-row computeAll + aggregate',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    maxRows: 1e3,
    run: ({ text }) => oursPerRow(text),
  },
  {
    name: 'mathjs, end to end',
    format: 'csv',
    endToEnd: true,
    ratioTo: CSV_FLOOR,
    run: ({ text, mathjs }) => mathjs(rowsOfCells(papa(text))),
    totals: ({ text, mathjs }) => asMap(mathjs(rowsOfCells(papa(text)))),
  },
  // CSV, formula work on parsed cells
  { name: HAND_CSV, format: 'csv', endToEnd: false, run: ({ cells }) => handLoopCsv(cells!) },
  {
    name: 'ours on columns (aggregateTable)',
    format: 'csv',
    endToEnd: false,
    ratioTo: HAND_CSV,
    run: ({ table }) => oursFromColumns(table!),
    totals: ({ table }) => oursFromColumns(table!),
    prepare: prepareTable,
  },
  {
    name: 'mathjs on parsed cells',
    format: 'csv',
    endToEnd: false,
    ratioTo: HAND_CSV,
    maxRows: 1e5,
    run: ({ cells, mathjs }) => mathjs(rowsOfCells(cells!)),
  },
];
