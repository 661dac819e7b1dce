/**
 * The rows of a streamed report, run by run, into leaves (streamSums.ts): each row's dimension
 * tokens and period make its leaf's key, and each input's value in the row — as inputColumns
 * reads it: scaled (cost_micros × 1e-6), the first usable of several columns, a negative count
 * or amount no value — is added to the leaf's sums. Rows are counted, never kept; only the
 * indices of rows without a date are listed, up to a bound.
 */
import type { Failure } from '../errors';
import type { Period, PeriodOptions } from '../dates/periods';
import type { DecimalSeparator } from '../read/locale';
import type { ColumnCells } from '../read/table';
import type { GroupSums } from './fromSums';
import { ColumnEvidence, dimensionTokens } from './streamColumns';
import { PeriodReader, type PeriodKey } from './streamDates';
import type { PlanInput, StreamPlan } from './streamPlan';
import { addAmbiguous, addBlank, addValue, newLeaf, rollUp, type Leaf } from './streamSums';

/** Rows without a date listed in the report; beyond, they are only counted. */
export const MAX_UNDATED_LISTED = 100_000;

/** Rows of "no value" labels come after the others, as report interns them last. */
const UNSET_LAST = 2 ** 40;

export interface StreamGroupsDone {
  readonly groups: GroupSums[];
  /** Per dimension, each value's place among its siblings: first appearance (report's order). */
  readonly ranks: readonly ReadonlyMap<string | null, number>[];
  readonly undatedRows: readonly number[];
  readonly undatedCount: number;
  /** How the dates were read (`yyyy-mm-dd`), when there is a period. */
  readonly pattern?: string;
}

interface InputValues {
  /** Per row, the value as the locale reads every cell. */
  readonly values: Float64Array;
  /** Per row, 1 where the cell is empty (not text, not a value left out): a blank, 0 in a column that adds up. */
  readonly blanks?: Uint8Array;
  /** Rows with an ambiguous cell, and the value read the other way. */
  readonly otherWay?: Map<number, number>;
}

export class StreamGroups {
  private readonly leaves = new Map<string, Leaf>();
  private readonly periods?: PeriodReader;
  readonly evidence: ColumnEvidence;
  private readonly undated: number[] = [];
  private undatedCount = 0;
  /** Per input, the greatest value: a reported percentage above 1 is in points. */
  private readonly greatest: number[];

  constructor(
    private readonly plan: StreamPlan,
    columnCount: number,
    private readonly locale: string,
    hint: DecimalSeparator | undefined,
    period: { readonly unit: Period; readonly options: PeriodOptions; readonly locale?: string } | undefined,
  ) {
    this.evidence = new ColumnEvidence(columnCount, locale, hint);
    if (plan.period && period)
      this.periods = new PeriodReader(
        plan.period.name,
        plan.period.numbersAreDates,
        period.locale,
        period.unit,
        period.options,
      );
    this.greatest = plan.inputs.map(() => -Infinity);
  }

  /** A failure the dates showed already (a column mixing day-first and month-first dates). */
  get failure(): Failure | undefined {
    return this.periods?.failure;
  }

  /** A run of `rowCount` records, the first of them row `rowsBefore` of the file. */
  add(cells: readonly ColumnCells[], rowCount: number, rowsBefore: number): void {
    this.evidence.add(cells);
    const plan = this.plan;
    const used = [
      ...plan.dimensions.map((d) => d.column),
      ...(plan.period ? [plan.period.column] : []),
      ...plan.inputs.flatMap((i) => i.sources.map((s) => s.column)),
    ];
    for (const c of used) cells[c]?.finish(rowCount);
    const tokens = plan.dimensions.map((d) => dimensionTokens(cells[d.column]!, rowCount));
    const periods = plan.period ? this.periodKeys(cells[plan.period.column]!, rowCount, rowsBefore) : undefined;
    const inputs = plan.inputs.map((input, k) => this.inputValues(input, k, cells, rowCount));
    const width = plan.inputs.length;
    const depth = tokens.length;
    for (let r = 0; r < rowCount; r++) {
      let key = '';
      for (let d = 0; d < depth; d++) key += `${tokens[d]![r] ?? '\u0001'}\u0000`;
      const period = periods ? periods[r]! : 0;
      key += typeof period === 'number' ? period : `p${period}`;
      let leaf = this.leaves.get(key);
      if (!leaf) {
        leaf = newLeaf(
          tokens.map((t) => t[r]!),
          period,
          rowsBefore + r,
          width,
        );
        this.leaves.set(key, leaf);
      }
      leaf.rowCount++;
      for (let k = 0; k < width; k++) {
        const { values, otherWay, blanks } = inputs[k]!;
        const other = otherWay?.get(r);
        if (other === undefined) addValue(leaf.sums, k, values[r]!);
        else addAmbiguous(leaf, width, k, values[r]!, other);
        if (blanks?.[r] === 1) addBlank(leaf.sums, k);
      }
    }
  }

  /** The groups of every level, once every record is read; or why the dates give no periods. */
  finish(): StreamGroupsDone | Failure {
    const read = this.periods?.finish();
    if (read && 'ok' in read) return read;
    const plan = this.plan;
    const evidence = this.evidence;
    const groups = rollUp(
      this.leaves.values(),
      plan.inputs.map((i) => i.id),
      plan.period !== undefined,
      {
        valueOf: (d, token) => evidence.valueOf(plan.dimensions[d]!.column, token),
        periodOf: (key) => {
          const start = read ? read.startOf(key) : NaN;
          return Number.isNaN(start) ? null : start;
        },
        otherWay: plan.inputs.map((i) => evidence.otherWay(i.sources[0]!.column)),
        scale: plan.inputs.map((input, k) =>
          input.percentGiven && (input.percentGiven.percentHeader || this.greatest[k]! > 1) ? 0.01 : 1,
        ),
      },
    );
    return {
      groups,
      ranks: this.ranks(),
      undatedRows: this.undated,
      undatedCount: this.undatedCount,
      ...(read ? { pattern: read.pattern } : {}),
    };
  }

  /** Each row's period; the reader settles the format as it goes. A text's key is asked once per run. */
  private periodKeys(column: ColumnCells, rowCount: number, rowsBefore: number): PeriodKey[] {
    const reader = this.periods!;
    const keys = new Array<PeriodKey>(rowCount);
    const byText = new Map<number, PeriodKey>();
    const special = new Map<number, number | null>();
    column.ambiguous.forEach((r, i) => special.set(r, this.evidence.numberOf(column.ambiguousTexts[i]!, false)));
    // A "no value" mark is no date, as text or as an empty cell.
    for (const r of column.unset) special.set(r, null);
    const texts = column.texts;
    const data = column.data;
    for (let r = 0; r < rowCount; r++) {
      let key: PeriodKey;
      const index = texts ? texts.indexAt(r) : -1;
      if (special.has(r)) key = reader.keyOf(special.get(r)!, rowsBefore + r);
      else if (index >= 0) {
        const known = byText.get(index);
        key = known ?? reader.keyOf(texts!.distinct[index]!, rowsBefore + r);
        if (known === undefined) byText.set(index, key);
      } else {
        const value = data[r]!;
        key = reader.keyOf(value === value ? value : null, rowsBefore + r);
      }
      if (typeof key === 'number' && Number.isNaN(key)) this.noDate(rowsBefore + r);
      keys[r] = key;
    }
    return keys;
  }

  private noDate(row: number): void {
    this.undatedCount++;
    if (this.undated.length < MAX_UNDATED_LISTED) this.undated.push(row);
  }

  /** An input's value in each row of the run, and the other reading of its ambiguous cells. */
  private inputValues(input: PlanInput, k: number, cells: readonly ColumnCells[], rowCount: number): InputValues {
    const asLocale = input.sources.map((s) => this.readings(cells[s.column]!, rowCount, false));
    const ambiguous = input.sources.some((s) => cells[s.column]!.ambiguous.length > 0);
    const values = usableValues(input, asLocale, rowCount);
    const blanks = input.sources.length === 1 ? blankCells(cells[input.sources[0]!.column]!, rowCount) : undefined;
    if (input.percentGiven)
      for (let r = 0; r < rowCount; r++) if (values[r]! > this.greatest[k]!) this.greatest[k] = values[r]!;
    if (!ambiguous) return { values, ...(blanks ? { blanks } : {}) };
    const otherWay = usableValues(
      input,
      input.sources.map((s) => this.readings(cells[s.column]!, rowCount, true)),
      rowCount,
    );
    const rows = new Map<number, number>();
    for (const s of input.sources) for (const r of cells[s.column]!.ambiguous) rows.set(r, otherWay[r]!);
    return { values, otherWay: rows, ...(blanks ? { blanks } : {}) };
  }

  /** A column's numbers, its ambiguous cells read the locale's way or the other. */
  private readings(column: ColumnCells, rowCount: number, otherWay: boolean): Float64Array {
    const numbers = column.data.subarray(0, rowCount);
    if (column.ambiguous.length === 0) return numbers;
    const read = numbers.slice();
    column.ambiguous.forEach((r, i) => {
      read[r] = this.evidence.numberOf(column.ambiguousTexts[i]!, otherWay);
    });
    return read;
  }

  /** Per dimension, each value's first row: report lists sibling groups in that order. */
  private ranks(): Map<string | null, number>[] {
    const ranks = this.plan.dimensions.map(() => new Map<string | null, number>());
    for (const leaf of this.leaves.values()) {
      leaf.tokens.forEach((token, d) => {
        const value = this.evidence.valueOf(this.plan.dimensions[d]!.column, token);
        const rank = leaf.firstRow + (ColumnEvidence.isUnset(token) ? UNSET_LAST : 0);
        const known = ranks[d]!.get(value);
        if (known === undefined || rank < known) ranks[d]!.set(value, rank);
      });
    }
    return ranks;
  }
}

/**
 * The rows whose cell is empty, as analyseTable's blanksAsZero finds them: no number and no text.
 * Only for an input of one column: beside another column of the same quantity, an empty cell
 * means the other one holds it, and nothing is read as 0.
 */
function blankCells(column: ColumnCells, rowCount: number): Uint8Array {
  const blanks = new Uint8Array(rowCount);
  const data = column.data;
  const texts = column.texts;
  for (let r = 0; r < rowCount; r++) if (data[r] !== data[r] && !(texts?.has(r) ?? false)) blanks[r] = 1;
  return blanks;
}

/**
 * The value of each row as inputColumns takes it: scaled by the column's factor, a value that is
 * not finite or a negative count no value, and of several columns the first that has one.
 */
function usableValues(input: PlanInput, sources: readonly Float64Array[], rowCount: number): Float64Array {
  const out = new Float64Array(rowCount);
  const factors = input.sources.map((s) => s.factor);
  for (let r = 0; r < rowCount; r++) {
    let taken = NaN;
    for (let s = 0; s < sources.length; s++) {
      const raw = sources[s]![r]!;
      if (raw !== raw || raw - raw !== 0 || taken === taken) continue;
      taken = raw * factors[s]!;
    }
    out[r] = !input.signed && taken < 0 ? NaN : taken;
  }
  return out;
}
