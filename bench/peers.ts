/**
 * What ours is measured against: a hand-written loop (the limit for the formula work) and
 * mathjs, the library an extension author would otherwise reach for. Both compute the same
 * KPIs as the core does from the seven fields, with the same rules: a zero denominator or a
 * part larger than its whole gives no value, an empty cell is missing, and totals are ratios
 * of sums over the cells present. The core has two rules for a total over a column with empty
 * cells: analyseTable (Evaluate Selection) reads them as 0, which gives that same ratio;
 * aggregateTable gives no total ("conversions is missing in 67 of 2000 rows"). So a result
 * names the KPIs whose inputs had an empty cell, where no total is as right as that ratio.
 */
import { FIELDS, type CampaignRow, type Field, type FieldRow, type FieldValue } from './data';

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
  /** KPIs with an input empty in some row: their total may be absent. */
  readonly incomplete: ReadonlySet<KpiId>;
}

/** The fields each KPI reads, from its formula (no field's name is part of another's). */
const KPI_FIELDS = Object.fromEntries(
  KPI_IDS.map((id) => [id, FIELDS.filter((field) => KPI_FORMULAS[id].includes(field))]),
) as Record<KpiId, Field[]>;

/** The KPIs that read a field whose bit (1 << its index in FIELDS) is set in `missing`. */
function incompleteOf(missing: number): Set<KpiId> {
  return new Set(KPI_IDS.filter((id) => KPI_FIELDS[id].some((field) => missing & (1 << FIELDS.indexOf(field)))));
}

const ratio = (n: number, d: number): number => (d === 0 ? NaN : n / d);

/**
 * A field as a number, the way a hand-written loop over exports would read it: numbers as they
 * are, empty as missing (NaN), "$1,234.50" by stripping the dollar sign and the commas. Exact
 * for the bench's amounts, as the core's readNumber is: both give the double nearest the decimal.
 */
export function numberOf(value: FieldValue | undefined): number {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined || value === '') return NaN;
  return value.charCodeAt(0) === 36 ? Number(value.slice(1).replaceAll(',', '')) : Number(value);
}

/** One pass over parsed rows: eight KPI columns and the seven sums, then the total row. */
export function handLoop(rows: readonly FieldRow[]): KpiResult {
  const n = rows.length;
  const ctr = new Float64Array(n),
    cpa = new Float64Array(n),
    cpc = new Float64Array(n),
    cpl = new Float64Array(n);
  const cpm = new Float64Array(n),
    conversionRate = new Float64Array(n),
    roas = new Float64Array(n),
    mer = new Float64Array(n);
  let impressions = 0,
    clicks = 0,
    cost = 0,
    conversions = 0,
    revenue = 0,
    sessions = 0,
    leads = 0;
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const im = numberOf(row.impressions),
      cl = numberOf(row.clicks),
      co = numberOf(row.cost),
      cv = numberOf(row.conversions);
    const re = numberOf(row.revenue),
      se = numberOf(row.sessions),
      le = numberOf(row.leads);
    ctr[i] = cl > im ? NaN : ratio(cl, im);
    cpa[i] = ratio(co, cv);
    cpc[i] = ratio(co, cl);
    cpl[i] = ratio(co, le);
    cpm[i] = ratio(1000 * co, im);
    conversionRate[i] = ratio(cv, se);
    roas[i] = ratio(re, co);
    mer[i] = roas[i]!;
    // Sums over the cells present; an empty one sets its field's bit (FIELDS order).
    if (im === im) impressions += im;
    else missing |= 1;
    if (cl === cl) clicks += cl;
    else missing |= 2;
    if (co === co) cost += co;
    else missing |= 4;
    if (cv === cv) conversions += cv;
    else missing |= 8;
    if (re === re) revenue += re;
    else missing |= 16;
    if (se === se) sessions += se;
    else missing |= 32;
    if (le === le) leads += le;
    else missing |= 64;
  }
  const total = totalsOf({ impressions, clicks, cost, conversions, revenue, sessions, leads });
  return { columns: { ctr, cpa, cpc, cpl, cpm, conversionRate, roas, mer }, total, incomplete: incompleteOf(missing) };
}

/** The same over CSV cells as papaparse gives them (strings, header first). */
export function handLoopCsv(data: readonly (readonly string[])[]): KpiResult {
  return handLoop(rowsOfCells(data));
}

/** CSV cells (header first) as rows of numbers, each field found by its header, read by numberOf. */
export function rowsOfCells(data: readonly (readonly string[])[]): CampaignRow[] {
  const header = data[0] ?? [];
  const [im, cl, co, cv, re, se, le] = FIELDS.map((field) => header.indexOf(field)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const rows: CampaignRow[] = new Array(Math.max(0, data.length - 1));
  for (let i = 1; i < data.length; i++) {
    const c = data[i]!;
    rows[i - 1] = {
      impressions: numberOf(c[im]),
      clicks: numberOf(c[cl]),
      cost: numberOf(c[co]),
      conversions: numberOf(c[cv]),
      revenue: numberOf(c[re]),
      sessions: numberOf(c[se]),
      leads: numberOf(c[le]),
    };
  }
  return rows;
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
 * A text value is only looked at (its length counted), not read as a number: whatever a reader
 * does with text ("$1,234.50", a campaign name) is above this floor.
 */
export function genericReadFloor(rows: readonly object[]): Float64Array {
  const sums = new Float64Array(16);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    let position = 0;
    for (const key in row) {
      const value = row[key];
      if (typeof value === 'number') sums[position & 15]! += value;
      else if (typeof value === 'string') sums[position & 15]! += value.length;
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
export function mathjsPeer(compile: (source: string) => Compiled): (rows: readonly FieldRow[]) => KpiResult {
  const compiled = KPI_IDS.map((id) => compile(KPI_FORMULAS[id]));
  return (rows) => {
    const n = rows.length;
    const columns = Object.fromEntries(KPI_IDS.map((id) => [id, new Float64Array(n)])) as Record<KpiId, Float64Array>;
    const outs = KPI_IDS.map((id) => columns[id]);
    const scope = new Map<string, number>();
    const sums = new Float64Array(FIELDS.length);
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      for (let f = 0; f < FIELDS.length; f++) {
        const value = numberOf(row[FIELDS[f]!]);
        scope.set(FIELDS[f]!, value);
        if (value === value) sums[f]! += value;
        else missing |= 1 << f;
      }
      for (let k = 0; k < compiled.length; k++) outs[k]![i] = finite(compiled[k]!.evaluate(scope));
      if (numberOf(row.clicks) > numberOf(row.impressions)) columns.ctr[i] = NaN;
    }
    FIELDS.forEach((field, f) => scope.set(field, sums[f]!));
    const total = Object.fromEntries(KPI_IDS.map((id, k) => [id, finite(compiled[k]!.evaluate(scope))])) as Record<
      KpiId,
      number
    >;
    return { columns, total, incomplete: incompleteOf(missing) };
  };
}

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}
