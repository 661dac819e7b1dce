/**
 * Which groups of a report the view shows, in which order: groups nest by level (depth first,
 * as the core gives them), a collapsed group hides its subgroups, sorting orders siblings
 * within their parent, and a filter keeps the groups whose text matches with their parents
 * (opened to show them) and their subgroups. Pure: the view and its unit tests share it.
 */
import type { ViewReportRow } from '../protocol';

export interface ReportSort {
  /** A cell index, or -1 for the group's own text. */
  readonly column: number;
  readonly descending: boolean;
}

export interface ReportTreeState {
  readonly expanded: ReadonlySet<number>;
  readonly sort?: ReportSort;
  readonly filter: string;
}

export interface VisibleRow {
  readonly index: number;
  readonly level: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

export interface ReportTree {
  readonly roots: readonly number[];
  readonly children: readonly (readonly number[])[];
  readonly parent: readonly number[];
}

/** The nesting of groups listed depth first with their levels. */
export function treeOf(rows: readonly Pick<ViewReportRow, 'level'>[]): ReportTree {
  const children: number[][] = rows.map(() => []);
  const parent: number[] = [];
  const roots: number[] = [];
  const path: number[] = [];
  rows.forEach((row, i) => {
    path.length = Math.max(0, row.level - 1);
    const up = path[path.length - 1];
    parent.push(up ?? -1);
    if (up === undefined) roots.push(i);
    else children[up]!.push(i);
    path.push(i);
  });
  return { roots, children, parent };
}

/** The groups with subgroups, all of them: the state of "Expand all". */
export function allExpandable(tree: ReportTree): Set<number> {
  return new Set(tree.children.flatMap((c, i) => (c.length > 0 ? [i] : [])));
}

export function visibleRows(rows: readonly ViewReportRow[], tree: ReportTree, state: ReportTreeState): VisibleRow[] {
  const needle = state.filter.trim().toLocaleLowerCase();
  const matches = (i: number) => needle !== '' && rows[i]!.label.toLocaleLowerCase().includes(needle);
  const below = needle === '' ? undefined : descendantMatches(tree, matches);
  const shown: VisibleRow[] = [];
  const visit = (list: readonly number[], ancestorMatched: boolean) => {
    for (const i of sorted(list, rows, state.sort)) {
      const self = matches(i);
      const opensToMatch = below?.[i] === true && !ancestorMatched && !self;
      if (below && !ancestorMatched && !self && !opensToMatch) continue;
      const hasChildren = tree.children[i]!.length > 0;
      const expanded = hasChildren && (state.expanded.has(i) || opensToMatch);
      shown.push({ index: i, level: rows[i]!.level, hasChildren, expanded });
      if (expanded) visit(tree.children[i]!, ancestorMatched || self);
    }
  };
  visit(tree.roots, false);
  return shown;
}

/** Per group: whether one of its subgroups (at any depth) matches. */
function descendantMatches(tree: ReportTree, matches: (i: number) => boolean): boolean[] {
  const result = tree.parent.map(() => false);
  // Depth first: every subgroup comes after its parent, so walking back sees children first.
  for (let i = tree.parent.length - 1; i >= 0; i--) {
    const up = tree.parent[i]!;
    if (up >= 0 && (matches(i) || result[i])) result[up] = true;
  }
  return result;
}

const COLLATOR = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Siblings in the sort's order; groups without a value last either way; ties keep the report's order. */
function sorted(
  list: readonly number[],
  rows: readonly ViewReportRow[],
  sort: ReportSort | undefined,
): readonly number[] {
  if (!sort) return list;
  const sign = sort.descending ? -1 : 1;
  return [...list].sort((a, b) => {
    if (sort.column < 0) return sign * COLLATOR.compare(rows[a]!.label, rows[b]!.label) || a - b;
    const x = rows[a]!.cells[sort.column]?.sort ?? null;
    const y = rows[b]!.cells[sort.column]?.sort ?? null;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return sign * (x - y) || a - b;
  });
}
