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

/** Compares the export's column with ours, row by row. */
export function checkColumn(theirs: Float64Array, ours: Float64Array, unit: Unit, header: { percent: boolean }): { factor: number; compared: number; disagreeing: number[] } {
  const factor = scaleOf(theirs, ours, unit, header);
  const disagreeing: number[] = [];
  let compared = 0;
  for (let r = 0; r < theirs.length; r++) {
    const given = theirs[r]!;
    const own = ours[r]!;
    if (Number.isNaN(given) || Number.isNaN(own)) continue;
    compared++;
    if (!agrees(given, own, factor)) disagreeing.push(r);
  }
  return { factor, compared, disagreeing };
}

/** Whether the export's value, rounded as written, can be ours. */
export function agrees(given: number, own: number, factor: number): boolean {
  const tolerance = (0.5 * 10 ** -decimalsOf(given)) * factor;
  return Math.abs(given * factor - own) <= tolerance + 1e-9 * Math.max(1, Math.abs(own));
}

/** Digits after the point as the value would be written (0.1 + 0.2 counts as 0.3), at most 10. */
function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(12)));
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Math.min(10, Number(exponent[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0));
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

const SCALES: Partial<Record<Unit, readonly number[]>> = { percent: [1, 0.01], currency: [1, 1e-6] };

/** The scale under which most rows agree: Meta's `CTR (all)` of 1.23 is 1.23 %. A header marked % is in points. */
function scaleOf(theirs: Float64Array, ours: Float64Array, unit: Unit, header: { percent: boolean }): number {
  if (unit === 'percent' && header.percent) return 0.01;
  let best = 1;
  let bestCount = -1;
  for (const factor of SCALES[unit] ?? [1]) {
    const count = agreeing(theirs, ours, factor);
    if (count > bestCount) {
      best = factor;
      bestCount = count;
    }
  }
  return best;
}

export function agreeing(theirs: Float64Array, ours: Float64Array, factor: number): number {
  let count = 0;
  for (let r = 0; r < theirs.length; r++) {
    const given = theirs[r]!;
    const own = ours[r]!;
    if (!Number.isNaN(given) && !Number.isNaN(own) && agrees(given, own, factor)) count++;
  }
  return count;
}
