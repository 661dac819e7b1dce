/**
 * Problems under a results table, said once per KPI or column with the count and the first
 * rows: 1,143 rows with 215 without clicks are one line, "CPC has no value in 215 rows (3, 7,
 * 12, 18, 25, …): no clicks", not 215. A problem of one row keeps its row-first wording.
 */
import * as l10n from '@vscode/l10n';
import { quote } from '../core/read/text';

/** What a note is about: a KPI by its label ("CPC"), or a column of the table by its name. */
export type ProblemHead = string | { readonly column: string };

/** Rows named in a note before "…". */
const FIRST_ROWS = 5;

interface Group {
  readonly head: ProblemHead;
  readonly rows: number[];
  /** Each distinct reason, with the rows it was seen in. */
  readonly reasons: Map<string, number[]>;
  count: number;
}

export class ProblemGroups {
  private readonly groups = new Map<string, Group>();

  /** A row's problem under `head` ("CPC", { column: 'clicks' }); `row` is 0-based. */
  add(head: ProblemHead, row: number, reason: string): void {
    const group = this.groupOf(head);
    group.count++;
    if (group.rows.length < FIRST_ROWS) group.rows.push(row);
    const rows = group.reasons.get(reason);
    if (rows) rows.push(row);
    else group.reasons.set(reason, [row]);
  }

  /** Rows counted under `head` whose reason was not looked up (beyond what was built). */
  count(head: ProblemHead, rows: number): void {
    this.groupOf(head).count += rows;
  }

  notes(): string[] {
    return [...this.groups.values()].map((group) => {
      const reasons = [...group.reasons];
      const count = group.count.toLocaleString('en-US');
      if (reasons.length === 0)
        return l10n.t(
          '{0} has no value in {1} more rows, beyond the first ones looked at',
          headText(group.head),
          count,
        );
      if (group.count === 1 && reasons.length === 1) return single(group.head, group.rows[0]!, reasons[0]![0]);
      const rows = `${group.rows.map((r) => r + 1).join(', ')}${group.count > group.rows.length ? ', …' : ''}`;
      const why =
        reasons.length === 1
          ? reasons[0]![0]
          : reasons
              .map(([reason, at]) => {
                const list = `${at
                  .slice(0, 3)
                  .map((r) => r + 1)
                  .join(', ')}${at.length > 3 ? ', …' : ''}`;
                return at.length === 1 ? l10n.t('{0} (row {1})', reason, list) : l10n.t('{0} (rows {1})', reason, list);
              })
              .join('; ');
      return typeof group.head === 'string'
        ? l10n.t('{0} has no value in {1} rows ({2}): {3}', headText(group.head), count, rows, why)
        : l10n.t('{0} is not usable in {1} rows ({2}): {3}', headText(group.head), count, rows, why);
    });
  }

  private groupOf(head: ProblemHead): Group {
    const key = typeof head === 'string' ? `kpi ${head}` : `column ${head.column}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { head, rows: [], reasons: new Map(), count: 0 }));
    return group;
  }
}

/** One row's problem, worded as before: "Row 3: CPC — no clicks", "Row 2, column 'clicks': …" (as the reader says it). */
function single(head: ProblemHead, row: number, reason: string): string {
  return typeof head === 'string'
    ? l10n.t('Row {0}: {1} — {2}', row + 1, head, reason)
    : l10n.t('Row {0}, column {1}: {2}', row + 1, quote(head.column), reason);
}

/** The head as a note begins with it: "CPC", "Column 'clicks'". */
function headText(head: ProblemHead): string {
  return typeof head === 'string' ? capitalised(head) : l10n.t('Column {0}', quote(head.column));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
