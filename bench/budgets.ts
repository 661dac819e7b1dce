/**
 * Issue 17's budgets (with issue 18's on breakdowns and issue 7's on the core's start-up), checked against the figures of one
 * `npm run bench` run and printed as a table: what each budget allows, the figure on realistic
 * data (which decides met or not), and the same figure on numbers only, to show what text costs.
 * It prints; it does not fail the command (a benchmark on a shared machine is evidence, not a gate).
 */
import { DATA_SETS, type DataSet, type Format } from './dataSets';
import { AS_READ, REPORT } from './variants';

/** One variant's timings in the run: median wall and CPU milliseconds, and its fastest run's wall time. */
export interface Timing {
  readonly data: DataSet;
  readonly format: Format;
  readonly rows: number;
  readonly variant: string;
  readonly wall: number;
  readonly cpu: number;
  readonly fastest: number;
}

export interface RunFigures {
  readonly timings: readonly Timing[];
  /** Minified bytes by file, e.g. 'dist/core.js'. */
  readonly sizes: ReadonlyMap<string, number>;
  /** Median ms of `require` + the first `evaluate` in a fresh process. */
  readonly coldStart?: number;
  /** Peak RSS ratio to the floor's for the end-to-end "ours", by rssKey(data, format). */
  readonly rss: ReadonlyMap<string, number>;
}

export const rssKey = (data: DataSet, format: Format): string => `${data}/${format}`;

/** A figure and, when it is not at the budget's row count, the count it was measured at. */
interface Figure {
  readonly value: number;
  readonly rows?: number;
}

interface Budget {
  readonly what: string;
  readonly limit: number;
  readonly unit: 'x' | 'KB' | 'ms';
  /** The figure on one data set; budgets on the build (sizes, start-up) ignore `data`. */
  measure(figures: RunFigures, data: DataSet): Figure | undefined;
  /** Whether the figure depends on the data (else it is printed once). */
  readonly perData: boolean;
}

const BUDGET_ROWS = 1e6;
const HAND = 'hand-written loop on parsed rows';

/**
 * `variant` against `base`, at the budget's rows or else at the most rows both were timed at (a
 * variant too slow for 1e6 has maxRows). `of` picks medians or fastest runs.
 */
function ratio(
  figures: RunFigures,
  data: DataSet,
  format: Format,
  variant: string,
  base: string,
  of: 'wall' | 'fastest' = 'wall',
): Figure | undefined {
  const timed = (name: string) =>
    figures.timings.filter(
      (t) => t.data === data && t.format === format && t.variant === name && t.rows <= BUDGET_ROWS,
    );
  const bases = timed(base);
  const ours = timed(variant)
    .filter((t) => bases.some((b) => b.rows === t.rows))
    .sort((a, b) => b.rows - a.rows)[0];
  const floor = ours && bases.find((b) => b.rows === ours.rows);
  if (!ours || !floor) return undefined;
  return { value: ours[of] / floor[of], ...(ours.rows !== BUDGET_ROWS ? { rows: ours.rows } : {}) };
}

const plain = (value: number | undefined): Figure | undefined => (value === undefined ? undefined : { value });

function kilobytes(figures: RunFigures, file: string): Figure | undefined {
  const bytes = figures.sizes.get(file);
  return plain(bytes === undefined ? undefined : bytes / 1024);
}

/**
 * The formula work at 1e6 runs for tens of milliseconds while a million parsed objects are
 * alive, and a garbage collection then marks all of them for a hundred milliseconds or more:
 * its medians say where the pauses landed. Its budgets are judged on the fastest runs, the
 * work with the least of others' garbage.
 */
const BUDGETS: readonly Budget[] = [
  {
    what: 'every KPI + totals from JSON text, vs JSON.parse alone',
    limit: 1.25,
    unit: 'x',
    perData: true,
    measure: (f, d) => ratio(f, d, 'json', 'ours, end to end', 'JSON.parse alone (floor)'),
  },
  {
    what: 'every KPI + totals from CSV text, vs papaparse alone',
    limit: 1.0,
    unit: 'x',
    perData: true,
    measure: (f, d) => ratio(f, d, 'csv', 'ours, end to end', 'papaparse alone (floor)'),
  },
  {
    what: 'peak RSS, JSON, vs JSON.parse alone',
    limit: 1.25,
    unit: 'x',
    perData: true,
    measure: (f, d) => plain(f.rss.get(rssKey(d, 'json'))),
  },
  {
    what: 'peak RSS, CSV, vs papaparse alone',
    limit: 1.25,
    unit: 'x',
    perData: true,
    measure: (f, d) => plain(f.rss.get(rssKey(d, 'csv'))),
  },
  {
    what: 'aggregate(parsedRows): work on columns, vs the hand loop (fastest)',
    limit: 3,
    unit: 'x',
    perData: true,
    measure: (f, d) => ratio(f, d, 'json', 'ours on columns (aggregateTable)', HAND, 'fastest'),
  },
  {
    what: 'aggregate(parsedRows): reading, vs the generic read floor (fastest)',
    limit: 2,
    unit: 'x',
    perData: true,
    measure: (f, d) =>
      ratio(
        f,
        d,
        'json',
        'ours reading parsed rows into columns, no formulas',
        'generic read floor: for…in over every row, no formulas',
        'fastest',
      ),
  },
  {
    what: 'report by two dimensions and month, JSON, vs ungrouped (issue 18)',
    limit: 1.5,
    unit: 'x',
    perData: true,
    measure: (f, d) => ratio(f, d, 'json', REPORT, AS_READ),
  },
  {
    what: 'report by two dimensions and month, CSV, vs ungrouped (issue 18)',
    limit: 1.5,
    unit: 'x',
    perData: true,
    measure: (f, d) => ratio(f, d, 'csv', REPORT, AS_READ),
  },
  {
    what: 'cold require + first evaluate of dist/core.js (issue 7)',
    limit: 20,
    unit: 'ms',
    perData: false,
    measure: (f) => plain(f.coldStart),
  },
  {
    what: 'dist/extension.js (Node), minified',
    limit: 250,
    unit: 'KB',
    perData: false,
    measure: (f) => kilobytes(f, 'dist/extension.js'),
  },
];

/** Printed beside the budgets: aggregate(parsedRows) whole, against the hand loop, for the record. */
const WHOLE_AGGREGATE = 'ours on parsed rows (aggregate)';

export function printBudgets(figures: RunFigures): void {
  const [decides, other] = DATA_SETS;
  console.log(
    `\n# Budgets (issue 17; ratios at ${BUDGET_ROWS.toLocaleString('en-US')} rows unless said, wall-time medians of this run unless said)`,
  );
  console.log(
    `  Met or not is judged on the ${decides} data (dates, campaign names with commas and quotes, channels, empty cells, "$1,234.50"); the ${other} figure is the same numbers without the text.`,
  );
  const width = Math.max(...BUDGETS.map((b) => b.what.length));
  console.log(
    `  ${'budget'.padEnd(width)}  ${'limit'.padEnd(8)} ${decides.padStart(16)}  ${'verdict'.padEnd(7)}  ${other}`,
  );
  for (const budget of BUDGETS) {
    const figure = budget.measure(figures, decides);
    const verdict = figure === undefined ? '' : figure.value <= budget.limit ? 'met' : 'NOT met';
    const beside = budget.perData
      ? show(budget.measure(figures, other), budget.unit)
      : figure === undefined
        ? ''
        : '(the same build)';
    console.log(
      `  ${budget.what.padEnd(width)}  ≤ ${show(budget.limit, budget.unit).padEnd(6)} ${show(figure, budget.unit).padStart(16)}  ${verdict.padEnd(7)}  ${beside}`,
    );
  }
  const whole = (data: DataSet) => show(ratio(figures, data, 'json', WHOLE_AGGREGATE, HAND, 'fastest'), 'x');
  console.log(
    `  (aggregate(parsedRows) whole, vs the hand loop, fastest runs: ${decides} ${whole(decides)}, ${other} ${whole(other)}; no budget of its own)`,
  );
}

function show(figure: Figure | number | undefined, unit: Budget['unit']): string {
  if (figure === undefined) return 'not measured';
  const { value, rows } = typeof figure === 'number' ? { value: figure, rows: undefined } : figure;
  const at = rows !== undefined ? ` at ${rows.toLocaleString('en-US')}` : '';
  return unit === 'x' ? `${value.toFixed(2)}×${at}` : `${value.toFixed(1)} ${unit}${at}`;
}
