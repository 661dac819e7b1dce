/**
 * A streamed report's groups in the order `report` gives them: depth first, each group before
 * its subgroups, siblings in order of first appearance in the file (periods in time), empty
 * values last. reportOfSums orders them by value, as a database's rows come in no order.
 */
import type { ReportDimension, ReportGroup } from './types';

export function orderedLikeReport(
  groups: readonly ReportGroup[],
  dimensions: readonly ReportDimension[],
  ranks: readonly ReadonlyMap<string | null, number>[],
): ReportGroup[] {
  const rankOf = (group: ReportGroup, d: number): number => {
    const dimension = dimensions[d]!;
    if (dimension.kind === 'period') return group.periodStart ?? Infinity;
    const value = group.key[dimension.name] ?? null;
    return value === null ? Infinity : (ranks[d]?.get(value) ?? Infinity);
  };
  return [...groups].sort((a, b) => {
    const shared = Math.min(a.level, b.level);
    for (let d = 0; d < shared; d++) {
      const x = rankOf(a, d);
      const y = rankOf(b, d);
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.level - b.level;
  });
}
