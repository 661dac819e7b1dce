/**
 * The engine: every metric over every row of a table, a block of rows and a column at a time.
 * A record is a one-row table (record.ts), so this is where every metric of the core is
 * computed. Metrics are chained (frequency feeds GRPs) to a fixpoint: a metric is run again
 * only when a column it reads gained values. A row has a metric's value when all its inputs are
 * there, it was not given as a column of its own, no part exceeds its whole and the result is
 * finite; when the inputs are there but the value is not, the row is a problem, whose message
 * is made for the rows that are shown (explain.ts).
 */
import type { Catalog, Formula } from '../catalog/catalog';
import type { MetricDef } from '../catalog/schema';
import { chooseFormula, derivable, isFormOf, possibleFormulas } from '../forms';
import { catalogOf, type CoreOptions } from '../options';
import { inputColumns, type InputColumns } from './inputs';
import { namesIn } from '../expr/ast';
import { isPlainId, sideExpr } from '../partSides';
import { runInto, Scratch } from './program';
import type { Table } from './table';

export interface MetricColumn {
  readonly id: string;
  readonly metric: MetricDef;
  /** The formula used, with the chosen variant applied. */
  readonly formula: Formula;
  /** The value in each row; NaN where the row has none (see problemRows for why). */
  readonly values: Float64Array;
  /** Rows with a value. */
  readonly count: number;
  /** Rows whose inputs were all there but which have no value, ascending. */
  readonly problemRows: readonly number[];
  /** First row with a value, or -1. */
  readonly firstValueRow: number;
}

export interface ColumnResults {
  readonly table: Table;
  readonly rowCount: number;
  /** Metrics with a value or a problem in some row, in catalog order. */
  readonly metrics: readonly MetricColumn[];
  readonly inputs: InputColumns;
  /** Every column by id, inputs and metrics: what a row's values were when its metrics were computed. */
  readonly columns: ReadonlyMap<string, Float64Array>;
  readonly options: CoreOptions;
}

/**
 * Rows per block (64 KB per column). The fixpoint runs block by block: its arrays then stay in
 * the CPU's cache, and nothing but the result columns is allocated however many rows there are.
 */
const BLOCK_ROWS = 8192;

/** Metric columns of a table; `ids` restricts the result to those metrics (and computes what they need). */
export function computeColumns(
  table: Table,
  ids?: readonly string[],
  options: CoreOptions = {},
  blockRows = BLOCK_ROWS,
): ColumnResults {
  const catalog = catalogOf(options);
  const inputs = inputColumns(table, catalog, options);
  const wanted = ids ? new Set(ids.map((id) => catalog.metric(id)?.id ?? id)) : undefined;
  const reached = wanted ? needed(catalog, wanted, options) : undefined;
  // One form per table, chosen from the columns it has, as evaluate() chooses one per record.
  const formulaOf = (metric: MetricDef) =>
    chooseFormula(metric, catalog, options, (name) => derivable(name, inputs.values, catalog, options));
  const candidates = [...catalog.metrics.values()]
    .filter((m) => !reached || reached.has(m.id))
    .map(
      (metric) =>
        new MetricAccumulator(metric, formulaOf(metric), inputs.values.get(metric.id), options, table.rowCount),
    );
  const n = table.rowCount;
  const block = new BlockState(Math.min(blockRows, Math.max(n, 1)));
  for (let lo = 0; lo < n; lo += blockRows) computeBlock(candidates, inputs, lo, Math.min(n, lo + blockRows), block);
  const columns = new Map(inputs.values);
  const computed = new Map<string, MetricColumn>();
  for (const accumulator of candidates) {
    const column = accumulator.finish();
    if (!column) continue;
    computed.set(column.id, column);
    if (column.count > 0) columns.set(column.id, accumulator.chained());
  }
  const metrics = [...catalog.metrics.values()]
    .map((m) => computed.get(m.id))
    .filter(
      (c): c is MetricColumn =>
        c !== undefined && (c.count > 0 || c.problemRows.length > 0) && (!wanted || wanted.has(c.id)),
    );
  return { table, rowCount: n, metrics, inputs, columns, options };
}

/**
 * What every block uses, made once per table: a million rows are a hundred-odd blocks, and
 * objects made per block (and per metric in it) kept the collector busy while a caller's
 * million parsed rows were alive, so that each collection had to mark them all.
 */
class BlockState {
  /** The block's view of every column by name: inputs, then metrics as they are computed. */
  readonly columns = new Map<string, Float64Array>();
  /** Tick at which a column last gained values in this block. */
  readonly changedAt = new Map<string, number>();
  readonly scratch: Scratch;

  constructor(blockRows: number) {
    this.scratch = new Scratch(blockRows);
  }
}

/**
 * Rows [lo, hi): metrics are chained (frequency feeds GRPs) to a fixpoint — a metric is run
 * again only when a column it reads gained values in this block.
 */
function computeBlock(
  candidates: readonly MetricAccumulator[],
  inputs: InputColumns,
  lo: number,
  hi: number,
  block: BlockState,
): void {
  const { columns, changedAt, scratch } = block;
  columns.clear();
  changedAt.clear();
  for (const [id, data] of inputs.values) columns.set(id, data.subarray(lo, hi));
  let tick = 0;
  for (const candidate of candidates) candidate.startBlock();
  for (let progress = true; progress;) {
    progress = false;
    for (const candidate of candidates) {
      const formula = candidate.formula;
      if (!formula || !allPresent(formula.inputs, columns)) continue;
      const last = candidate.evaluatedAt;
      if (last >= 0 && !changedSince(formula.inputs, changedAt, last)) continue;
      candidate.evaluatedAt = ++tick;
      const before = candidate.blockCount;
      candidate.evaluate(columns, lo, hi, scratch);
      if (candidate.blockCount > before) {
        columns.set(candidate.metric.id, candidate.blockColumn(lo, hi));
        changedAt.set(candidate.metric.id, ++tick);
        progress = true;
      }
    }
  }
  for (const candidate of candidates) candidate.endBlock(lo, hi);
}

function allPresent(names: readonly string[], columns: ReadonlyMap<string, Float64Array>): boolean {
  for (let k = 0; k < names.length; k++) if (!columns.has(names[k]!)) return false;
  return true;
}

function changedSince(names: readonly string[], changedAt: ReadonlyMap<string, number>, tick: number): boolean {
  for (let k = 0; k < names.length; k++) if ((changedAt.get(names[k]!) ?? 0) > tick) return true;
  return false;
}

/** One metric's values, count and problem rows, gathered block by block. */
class MetricAccumulator {
  /** Tick of the last evaluation in this block, or -1. */
  evaluatedAt = -1;
  blockCount = 0;
  private readonly invalidVariant: boolean;
  private readonly parts: readonly { part: string; whole: string }[];
  private values: Float64Array | undefined;
  /** The values with the given ones laid over them: what other metrics read. Only when some are given. */
  private merged: Float64Array | undefined;
  /** Rows below this are written (NaN where the metric was not run). */
  private written = 0;
  private count = 0;
  private readonly problemRows: number[] = [];
  /** Where this block's problem rows start in problemRows: a second run in the block replaces them. */
  private blockProblemsFrom = 0;
  /** This block's views of the formula's inputs and of the parts and wholes present, refilled for each run. */
  private readonly blockInputs: Float64Array[] = [];
  private readonly blockParts: { p: Float64Array; w: Float64Array }[] = [];
  /** Arrays for the sides of parts that are sums or differences, by side. */
  private readonly sides = new Map<string, Float64Array>();
  private firstValueRow = -1;

  constructor(
    readonly metric: MetricDef,
    readonly formula: Formula | undefined,
    private readonly given: Float64Array | undefined,
    options: CoreOptions,
    private readonly rowCount: number,
  ) {
    const variantId = options.variants?.[metric.id];
    this.invalidVariant = variantId !== undefined && !isFormOf(metric, variantId);
    this.parts = metric.parts ?? [];
  }

  startBlock(): void {
    this.evaluatedAt = -1;
    this.blockCount = 0;
    this.blockProblemsFrom = this.problemRows.length;
  }

  /** Runs the formula over the block into this metric's values, replacing an earlier run in the block. */
  evaluate(columns: ReadonlyMap<string, Float64Array>, lo: number, hi: number, scratch: Scratch): void {
    const values = this.valuesFrom(lo);
    const out = values.subarray(lo, hi);
    if (this.invalidVariant) out.fill(NaN);
    else runInto(this.formula!.expr, columns, out, scratch);
    const inputs = this.blockInputs;
    const names = this.formula!.inputs;
    inputs.length = names.length;
    for (let k = 0; k < names.length; k++) inputs[k] = columns.get(names[k]!)!;
    const parts = this.partsIn(columns, hi - lo, scratch);
    const given = this.given?.subarray(lo, hi);
    const problems = this.problemRows;
    problems.length = this.blockProblemsFrom;
    this.blockCount =
      given === undefined && parts.length === 0
        ? settle(out, inputs, problems, lo)
        : settleChecked(out, inputs, given, parts, problems, lo);
    this.written = hi;
  }

  /**
   * The parts that must not exceed their wholes, where the block has both. A side that is a sum
   * or difference of inputs (`promoters + detractors`) is computed into an array of its own.
   */
  private partsIn(
    columns: ReadonlyMap<string, Float64Array>,
    n: number,
    scratch: Scratch,
  ): readonly { p: Float64Array; w: Float64Array }[] {
    const parts = this.blockParts;
    let used = 0;
    for (const { part, whole } of this.parts) {
      const p = this.sideColumn(part, columns, n, scratch);
      const w = this.sideColumn(whole, columns, n, scratch);
      if (!p || !w) continue;
      if (used < parts.length) {
        parts[used]!.p = p;
        parts[used]!.w = w;
      } else parts.push({ p, w });
      used++;
    }
    parts.length = used;
    return parts;
  }

  private sideColumn(
    side: string,
    columns: ReadonlyMap<string, Float64Array>,
    n: number,
    scratch: Scratch,
  ): Float64Array | undefined {
    const direct = columns.get(side);
    if (direct || isPlainId(side)) return direct;
    const expr = sideExpr(side);
    if (!namesIn(expr).every((name) => columns.has(name))) return undefined;
    let own = this.sides.get(side);
    if (!own || own.length < n) this.sides.set(side, (own = new Float64Array(Math.max(n, own?.length ?? 0))));
    const out = own.subarray(0, n);
    runInto(expr, columns, out, scratch);
    return out;
  }

  /** What other metrics read in this block: the values, with given ones laid over them. */
  blockColumn(lo: number, hi: number): Float64Array {
    const out = this.values!.subarray(lo, hi);
    if (this.given === undefined) return out;
    this.merged ??= new Float64Array(this.rowCount);
    const merged = this.merged.subarray(lo, hi);
    const given = this.given.subarray(lo, hi);
    for (let r = 0; r < merged.length; r++) merged[r] = given[r] === given[r] ? given[r]! : out[r]!;
    return merged;
  }

  endBlock(lo: number, hi: number): void {
    if (this.evaluatedAt < 0) return;
    this.count += this.blockCount;
    if (this.firstValueRow < 0 && this.blockCount > 0) {
      const values = this.values!;
      let r = lo;
      while (r < hi && Number.isNaN(values[r]!)) r++;
      this.firstValueRow = r;
    }
  }

  /** The metric's column, or undefined when it never ran. */
  finish(): MetricColumn | undefined {
    if (!this.values || !this.formula) return undefined;
    this.values.fill(NaN, this.written);
    const { metric, formula, values, count, problemRows, firstValueRow } = this;
    return { id: metric.id, metric, formula, values, count, problemRows, firstValueRow };
  }

  /** The column other metrics read: given values where there are some, computed ones elsewhere. */
  chained(): Float64Array {
    const { values, given } = this;
    if (given === undefined) return values!;
    const merged = (this.merged ??= new Float64Array(this.rowCount));
    for (let r = 0; r < merged.length; r++) merged[r] = given[r] === given[r] ? given[r]! : values![r]!;
    return merged;
  }

  /** The values array, with the rows of blocks the metric was not run in set to NaN. */
  private valuesFrom(lo: number): Float64Array {
    this.values ??= new Float64Array(this.rowCount);
    if (this.written < lo) this.values.fill(NaN, this.written, lo);
    return this.values;
  }
}

/** The wanted metrics and every metric their formulas reach. */
function needed(catalog: Catalog, wanted: ReadonlySet<string>, options: CoreOptions): Set<string> {
  const out = new Set<string>();
  const visit = (id: string): void => {
    if (out.has(id) || !catalog.metrics.has(id)) return;
    out.add(id);
    const metric = catalog.metrics.get(id)!;
    for (const formula of possibleFormulas(metric, catalog, options)) for (const name of formula.inputs) visit(name);
  };
  for (const id of wanted) visit(id);
  return out;
}

/**
 * The common case, one tight loop: a finite value is kept; anything else becomes NaN, and a
 * problem where every input was there. A finite value proves every input was there, since
 * NaN spreads through every operator. Problem rows are pushed as table rows (the block starts
 * at `lo`). Returns the number of rows with a value.
 */
function settle(values: Float64Array, inputs: readonly Float64Array[], problemRows: number[], lo: number): number {
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (v - v === 0) {
      count++;
      continue;
    }
    values[r] = NaN;
    if (allThere(inputs, r)) problemRows.push(lo + r);
  }
  return count;
}

/** The same, for a metric given as a column in some rows, or with parts that must not exceed their wholes. */
function settleChecked(
  values: Float64Array,
  inputs: readonly Float64Array[],
  given: Float64Array | undefined,
  parts: readonly { p: Float64Array; w: Float64Array }[],
  problemRows: number[],
  lo: number,
): number {
  let count = 0;
  for (let r = 0; r < values.length; r++) {
    const v = values[r]!;
    if (given !== undefined && given[r] === given[r]) {
      values[r] = NaN;
      continue;
    }
    let bad = v - v !== 0;
    for (let k = 0; !bad && k < parts.length; k++) bad = parts[k]!.p[r]! > parts[k]!.w[r]!;
    if (!bad) {
      count++;
      continue;
    }
    values[r] = NaN;
    if (allThere(inputs, r)) problemRows.push(lo + r);
  }
  return count;
}

function allThere(inputs: readonly Float64Array[], r: number): boolean {
  for (let k = 0; k < inputs.length; k++) if (Number.isNaN(inputs[k]![r]!)) return false;
  return true;
}
