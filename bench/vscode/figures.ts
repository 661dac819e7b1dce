// What the in-editor bench parts share: the clock, order statistics, and the one-line output
// bench/vscode/run.ts reads back from the extension host's console.
const TAG = 'MMX-BENCH';

export const EXTENSION_ID = 'marketing-metrics.marketing-metrics-explorer';

export const now = (): number => performance.now();

/** The value at quantile q (0.5 = median) of the sorted values; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export function print(figure: Record<string, unknown>): void {
  console.log(`${TAG} ${JSON.stringify(figure)}`);
}
