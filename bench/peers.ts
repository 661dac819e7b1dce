/**
 * What ours is measured against: a hand-written loop (the limit for the formula work) and
 * mathjs, the library an extension author would otherwise reach for. Both compute the same
 * KPIs as the core does from the seven fields, with the same rules: a zero denominator or a
 * part larger than its whole gives no value, and totals are ratios of sums.
 */
import { FIELDS, type CampaignRow } from './data';

/** Every KPI the core computes from the seven fields, with the core's formulas. */
export const KPI_FORMULAS = {
  ctr: 'clicks / impressions',
  cpa: 'cost / conversions',
  cpc: 'cost / clicks',
  cpl: 'cost / leads',
  cpm: '1000 * cost / impressions',
  conversionRate: 'conversions / sessions',
  roas: 'revenue / cost',
  mer: 'revenue / cost',
} as const;
export type KpiId = keyof typeof KPI_FORMULAS;
export const KPI_IDS = Object.keys(KPI_FORMULAS) as KpiId[];

export interface KpiResult {
  readonly columns: Readonly<Record<KpiId, Float64Array>>;
  readonly total: Readonly<Record<KpiId, number>>;
}

const ratio = (n: number, d: number): number => (d === 0 ? NaN : n / d);

/** One pass over parsed rows: eight KPI columns and the seven sums, then the total row. */
export function handLoop(rows: readonly CampaignRow[]): KpiResult {
  const n = rows.length;
  const ctr = new Float64Array(n), cpa = new Float64Array(n), cpc = new Float64Array(n), cpl = new Float64Array(n);
  const cpm = new Float64Array(n), conversionRate = new Float64Array(n), roas = new Float64Array(n), mer = new Float64Array(n);
  let impressions = 0, clicks = 0, cost = 0, conversions = 0, revenue = 0, sessions = 0, leads = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const im = row.impressions, cl = row.clicks, co = row.cost, cv = row.conversions, re = row.revenue, se = row.sessions, le = row.leads;
    ctr[i] = cl > im ? NaN : ratio(cl, im);
    cpa[i] = ratio(co, cv);
    cpc[i] = ratio(co, cl);
    cpl[i] = ratio(co, le);
    cpm[i] = ratio(1000 * co, im);
    conversionRate[i] = ratio(cv, se);
    roas[i] = ratio(re, co);
    mer[i] = roas[i]!;
    impressions += im; clicks += cl; cost += co; conversions += cv; revenue += re; sessions += se; leads += le;
  }
  const total = totalsOf({ impressions, clicks, cost, conversions, revenue, sessions, leads });
  return { columns: { ctr, cpa, cpc, cpl, cpm, conversionRate, roas, mer }, total };
}

/** The same over CSV cells as papaparse gives them (strings, header first). */
export function handLoopCsv(data: readonly (readonly string[])[]): KpiResult {
  const rows: CampaignRow[] = new Array(data.length - 1);
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    rows[i - 1] = { impressions: +cells[0]!, clicks: +cells[1]!, cost: +cells[2]!, conversions: +cells[3]!, revenue: +cells[4]!, sessions: +cells[5]!, leads: +cells[6]! };
  }
  return handLoop(rows);
}

function totalsOf(s: CampaignRow): Record<KpiId, number> {
  return {
    ctr: ratio(s.clicks, s.impressions),
    cpa: ratio(s.cost, s.conversions),
    cpc: ratio(s.cost, s.clicks),
    cpl: ratio(s.cost, s.leads),
    cpm: ratio(1000 * s.cost, s.impressions),
    conversionRate: ratio(s.conversions, s.sessions),
    roas: ratio(s.revenue, s.cost),
    mer: ratio(s.revenue, s.cost),
  };
}

/**
 * The least any code must do that does not know the fields' names in advance: one `for…in`
 * over each row, reading every value. V8 serves `row[key]` inside it from the shape's
 * enumeration cache, the fastest generic read it has (faster than `Object.values`, or than a
 * keyed load per known key, measured). No formulas: it sums each position so nothing is
 * optimised away. Against the hand loop it shows what reading records without their names costs.
 */
export function genericReadFloor(rows: readonly object[]): Float64Array {
  const sums = new Float64Array(16);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    let position = 0;
    for (const key in row) {
      const value = row[key];
      if (typeof value === 'number') sums[position & 15]! += value;
      position++;
    }
  }
  return sums;
}

/** A compiled mathjs expression: only `evaluate(scope)` is used. */
interface Compiled {
  evaluate(scope: Map<string, number>): unknown;
}

/**
 * mathjs the way its docs recommend for many evaluations: each formula compiled once and
 * evaluated with one reused Map scope. mathjs divides by zero to Infinity, so a non-finite
 * result is turned into "no value" as the core does.
 */
export function mathjsPeer(compile: (source: string) => Compiled): (rows: readonly CampaignRow[]) => KpiResult {
  const compiled = KPI_IDS.map((id) => compile(KPI_FORMULAS[id]));
  return (rows) => {
    const n = rows.length;
    const columns = Object.fromEntries(KPI_IDS.map((id) => [id, new Float64Array(n)])) as Record<KpiId, Float64Array>;
    const outs = KPI_IDS.map((id) => columns[id]);
    const scope = new Map<string, number>();
    const sums = new Float64Array(FIELDS.length);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      for (let f = 0; f < FIELDS.length; f++) {
        const value = row[FIELDS[f]!];
        scope.set(FIELDS[f]!, value);
        sums[f]! += value;
      }
      for (let k = 0; k < compiled.length; k++) outs[k]![i] = finite(compiled[k]!.evaluate(scope));
      if (row.clicks > row.impressions) columns.ctr[i] = NaN;
    }
    FIELDS.forEach((field, f) => scope.set(field, sums[f]!));
    const total = Object.fromEntries(KPI_IDS.map((id, k) => [id, finite(compiled[k]!.evaluate(scope))])) as Record<KpiId, number>;
    return { columns, total };
  };
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}
