/**
 * An export's own KPI column beside ours: the rows where the two disagree beyond the rounding
 * of the export's value. A percentage may be written as a fraction (0.0123), with a sign
 * (1.23 %, read as 0.0123) or in points (Meta writes CTR as 1.234567); money may come in
 * millionths (Google Ads API's `average_cpc`). The scale is the one under which more rows agree
 * with ours; the value as written wins a tie.
 */
import type { Unit } from '../catalog/schema';

export interface KpiCheck {
  /** The export's column: its index and name as written. */
  readonly column: number;
  readonly name: string;
  readonly metric: string;
  readonly variant?: string;
  /** 0.01 when the column holds percentage points, else 1. */
  readonly factor: number;
  /** Rows where both have a value. */
  readonly compared: number;
  /** Rows where they disagree beyond rounding, ascending. */
  readonly disagreeing: readonly number[];
  /** Our value in each row (NaN where we have none). */
  readonly ours: Float64Array;
}

const SCALES: Partial<Record<Unit, readonly number[]>> = { percent: [1, 0.01], currency: [1, 1e-6] };

/**
 * The export's values with half a unit of each value's last written digit beside it: found once
 * per column, since a column is compared with several readings of ours and at several scales.
 */
export class ReportedColumn {
  private readonly halfUnits: Float64Array;

  constructor(readonly values: Float64Array) {
    this.halfUnits = new Float64Array(values.length);
    for (let r = 0; r < values.length; r++) this.halfUnits[r] = HALF_UNITS[decimalsOf(values[r]!)]!;
  }

  /** Rows that agree with ours under the scale `factor`. */
  agreeing(ours: Float64Array, factor: number): number {
    let count = 0;
    for (let r = 0; r < this.values.length; r++) if (this.agreesAt(r, ours[r]!, factor)) count++;
    return count;
  }

  /** The most rows agreeing under any scale the unit may be written in. */
  bestAgreement(ours: Float64Array, unit: Unit): number {
    return Math.max(...(SCALES[unit] ?? [1]).map((factor) => this.agreeing(ours, factor)));
  }

  /** Compares with ours, row by row, at the scale most rows agree under (points where the header says %). */
  check(
    ours: Float64Array,
    unit: Unit,
    header: { percent: boolean },
  ): { factor: number; compared: number; disagreeing: number[] } {
    const factor = unit === 'percent' && header.percent ? 0.01 : this.scaleOf(ours, unit);
    const disagreeing: number[] = [];
    let compared = 0;
    for (let r = 0; r < this.values.length; r++) {
      if (Number.isNaN(this.values[r]!) || Number.isNaN(ours[r]!)) continue;
      compared++;
      if (!this.agreesAt(r, ours[r]!, factor)) disagreeing.push(r);
    }
    return { factor, compared, disagreeing };
  }

  private scaleOf(ours: Float64Array, unit: Unit): number {
    let best = 1;
    let bestCount = -1;
    for (const factor of SCALES[unit] ?? [1]) {
      const count = this.agreeing(ours, factor);
      if (count > bestCount) [best, bestCount] = [factor, count];
    }
    return best;
  }

  private agreesAt(r: number, own: number, factor: number): boolean {
    const given = this.values[r]!;
    if (Number.isNaN(given) || Number.isNaN(own)) return false;
    return Math.abs(given * factor - own) <= this.halfUnits[r]! * factor + 1e-9 * Math.max(1, Math.abs(own));
  }
}

/** Whether one value of the export, rounded as written, can be ours (for totals). */
export function agrees(given: number, own: number, factor: number): boolean {
  const tolerance = HALF_UNITS[decimalsOf(given)]! * factor;
  return Math.abs(given * factor - own) <= tolerance + 1e-9 * Math.max(1, Math.abs(own));
}

/** 10^d and half a unit of the d-th decimal, for d = 0..10: a lookup where a power per row cost a third of the check. */
const POWERS = Array.from({ length: 11 }, (_, d) => 10 ** d);
const HALF_UNITS = POWERS.map((power) => 0.5 / power);

/**
 * Digits after the point as the value was written (0.1 + 0.2 counts as 0.3), at most 10.
 * Found by scaling rather than by printing: printing took half of reading a million-row export.
 */
function decimalsOf(value: number): number {
  const magnitude = Math.abs(value);
  for (let d = 0; d < 10; d++) {
    const scaled = magnitude * POWERS[d]!;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-12 * Math.max(1, scaled)) return d;
  }
  return 10;
}
