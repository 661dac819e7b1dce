/**
 * The numeric fallback for formulas that symbolic inversion cannot handle (an unknown used
 * twice, or in an exponent). It brackets sign changes on a logarithmic grid over both signs,
 * then bisects each bracket: slow but certain, and it finds every root the grid separates,
 * which is what lets the caller say "more than one solution".
 */
export type Roots = { kind: 'roots'; values: number[] } | { kind: 'constant'; zero: boolean; value: number };

const GRID: readonly number[] = buildGrid();

function buildGrid(): number[] {
  const positive: number[] = [];
  for (let exponent = -9; exponent <= 15; exponent += 0.25) positive.push(10 ** exponent);
  return [...positive.map((x) => -x).reverse(), 0, ...positive];
}

export function findRoots(g: (x: number) => number): Roots {
  const samples = GRID.map((x) => ({ x, y: g(x) })).filter((s) => Number.isFinite(s.y));
  if (samples.length === 0) return { kind: 'roots', values: [] };
  const first = samples[0]!.y;
  if (samples.every((s) => Math.abs(s.y - first) <= 1e-12 * Math.max(1, Math.abs(first)))) {
    return { kind: 'constant', zero: Math.abs(first) <= 1e-12, value: first };
  }
  const roots: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    const a = samples[i]!;
    if (a.y === 0) {
      addRoot(roots, a.x);
      continue;
    }
    const b = samples[i + 1];
    if (b && b.y !== 0 && Math.sign(a.y) !== Math.sign(b.y)) {
      const root = bisect(g, a.x, b.x, a.y);
      if (root !== undefined) addRoot(roots, root);
    }
  }
  return { kind: 'roots', values: roots };
}

function bisect(g: (x: number) => number, lo: number, hi: number, gLo: number): number | undefined {
  let a = lo;
  let b = hi;
  let ga = gLo;
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    const gm = g(mid);
    if (!Number.isFinite(gm)) return undefined; // a pole, not a root
    if (gm === 0 || Math.abs(b - a) <= 1e-15 * Math.max(1, Math.abs(mid))) return mid;
    if (Math.sign(gm) === Math.sign(ga)) {
      a = mid;
      ga = gm;
    } else {
      b = mid;
    }
  }
  const mid = (a + b) / 2;
  // A sign change across a pole (1/x) is not a root: the residual stays large.
  return Math.abs(g(mid)) < 1e-6 * Math.max(1, Math.abs(mid)) ? mid : undefined;
}

function addRoot(roots: number[], x: number): void {
  if (!roots.some((r) => Math.abs(r - x) <= 1e-9 * Math.max(1, Math.abs(x)))) roots.push(x);
}
