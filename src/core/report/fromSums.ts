/**
 * A report from groups already summed elsewhere — a database's GROUP BY ROLLUP over a whole
 * file (reportSumsSql) — instead of from rows: each group's inputs (sum, count, least and
 * greatest value) go into the same accumulator as the rows' (totals.ts), so each group's KPIs,
 * the reasons a KPI has no total and the one-population assumptions are the core report's.
 * Memory follows the number of groups, never the rows.
 */
import { derivable } from '../forms';
import { periodLabel, type PeriodOptions } from '../dates/periods';
import { catalogOf, type CoreOptions } from '../options';
import { InputTotals, totalRow, type InputSums, type TotalRow } from '../totals';
import { withChanges } from './change';
import type { KeyValue, Report, ReportDimension, ReportGroup, ReportSpec } from './types';

export interface GroupSums {
  /**
   * Per dimension, outermost first: the group's value (a period as its first day, days since
   * 1970-01-01), or null where the cell is empty or the group is above that level.
   */
  readonly key: readonly (string | number | null)[];
  /** How many dimensions the key holds: 0 for the grand total. */
  readonly level: number;
  readonly rowCount: number;
  /** By input id, in the table's column order; an input no row of the group has may be absent. */
  readonly inputs: ReadonlyMap<string, InputSums>;
  /**
   * By input id, how many of the group's rows leave its cell empty. Absent, every row without a
   * value is taken as empty (all SQL's COUNT tells); a reader that saw the cells gives it, so a
   * text cell ('#DIV/0!') or a negative count stays missing, as analyseTable reads it.
   */
  readonly blanks?: ReadonlyMap<string, number>;
}

export function reportOfSums(
  dimensions: readonly ReportDimension[],
  groups: readonly GroupSums[],
  spec: ReportSpec,
  options: CoreOptions = {},
  notes: readonly string[] = [],
): Report {
  const catalog = catalogOf(options);
  const grand = groups.find((g) => g.level === 0);
  const present = new Set(grand ? [...grand.inputs].filter(([, s]) => s.count > 0).map(([id]) => id) : []);
  const shown = new Set(
    spec.metrics?.map((id) => catalog.metric(id)?.id ?? id) ??
      [...catalog.metrics.values()]
        .filter((m) => !present.has(m.id) && derivable(m.id, present, catalog, options))
        .map((m) => m.id),
  );
  const periodOptions: PeriodOptions = spec.weekStart !== undefined ? { weekStart: spec.weekStart } : {};
  const totalOf = (group: GroupSums): TotalRow => {
    const totals = new InputTotals(catalog);
    let position = 0;
    for (const [id, sums] of group.inputs) totals.addSums(id, blanksAsZero(id, sums, group), position++);
    return totalRow(totals.finish(group.rowCount), shown, catalog, options);
  };
  /** Platforms leave a zero blank: in a column that adds up and has a value somewhere, an empty cell is 0 (as analyseTable reads). */
  const blanksAsZero = (id: string, sums: InputSums, group: GroupSums): InputSums =>
    present.has(id) && catalog.quantities.get(id)?.additive === true
      ? {
          sum: sums.count > 0 ? sums.sum : 0,
          count: sums.count + (group.blanks?.get(id) ?? group.rowCount - sums.count),
          min: sums.min,
          max: sums.max,
        }
      : sums;
  const ordered = [...groups].filter((g) => g.level > 0).sort((a, b) => compareKeys(a, b, dimensions.length));
  const reportGroups: ReportGroup[] = ordered.map((group) => {
    const key: Record<string, KeyValue> = {};
    dimensions.slice(0, group.level).forEach((d, i) => {
      const value = group.key[i] ?? null;
      key[d.name] =
        value === null
          ? null
          : d.kind === 'period'
            ? periodLabel(Number(value), spec.period!, periodOptions)
            : String(value);
    });
    const last = dimensions[group.level - 1]!;
    const start = group.key[group.level - 1];
    return {
      key,
      level: group.level,
      ...(last.kind === 'period' && typeof start === 'number' ? { periodStart: start } : {}),
      rows: new Int32Array(0),
      rowCount: group.rowCount,
      total: totalOf(group),
    };
  });
  const empty = { inputs: new Map(), results: [], notAggregable: [], problems: [], assumptions: [] };
  return {
    ok: true,
    dimensions,
    groups: spec.compare
      ? withChanges(
          reportGroups,
          dimensions.length,
          (i) => JSON.stringify(ordered[i]!.key.slice(0, dimensions.length - 1)),
          spec,
          periodOptions,
          catalog,
        )
      : reportGroups,
    total: grand ? totalOf(grand) : empty,
    rowCount: grand?.rowCount ?? 0,
    undatedRows: [],
    notes,
  };
}

/** Depth first: a group before its subgroups; values in order (periods in time), empty cells last. */
function compareKeys(a: GroupSums, b: GroupSums, depth: number): number {
  for (let i = 0; i < depth; i++) {
    const aIn = i < a.level;
    const bIn = i < b.level;
    if (!aIn || !bIn) return aIn === bIn ? 0 : aIn ? 1 : -1;
    const x = a.key[i] ?? null;
    const y = b.key[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  }
  return a.level - b.level;
}
