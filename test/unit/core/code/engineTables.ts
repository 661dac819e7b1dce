// What the engine tests share: rows of every quantity, the metrics a table can total, and the
// core's total to compare with. Counts are integers and money has cents, as exports have them.
import { aggregate, BUILTIN_CATALOG, builtinCatalog, formulaAsCode, type Inputs } from '../../../../src/core';

export const catalog = builtinCatalog();
export const snake = (id: string): string => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const quantities = BUILTIN_CATALOG.quantities;

/** Rows of every quantity: integers for counts, money with cents; each part below its whole. */
export function rows(count: number): Record<string, number>[] {
  const wholes = new Map<string, string>();
  for (const metric of BUILTIN_CATALOG.metrics) for (const { part, whole } of metric.parts ?? []) wholes.set(whole, part);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole ten times its part, plus the row: clicks ≤ impressions, opens ≤ delivered…
    // Passes until nothing changes, as a whole may be another whole's part (SQLs of MQLs).
    for (let pass = 0; pass < 5; pass++) for (const [whole, part] of wholes) row[whole] = Math.max(row[whole]!, row[part]! * 10 + r);
    return row;
  });
}

/** Metrics whose SQL is a ratio of sums (every input additive): the ones a table can total. */
export const TOTALLED = BUILTIN_CATALOG.metrics.filter((m) => {
  const code = formulaAsCode(m.id, 'sql');
  return code.ok && !code.code.includes('/* per row');
});

/** The core's ratio-of-sums total of one metric over the rows. */
export function coreTotal(data: readonly Record<string, number>[], id: string): number | undefined {
  return aggregate(data as Inputs[], [id], { catalog }).total.results.find((r) => r.id === id)?.value;
}

export function sameNumber(engine: number, core: number): boolean {
  return Math.abs(engine - core) <= 1e-9 * Math.max(1, Math.abs(core));
}
