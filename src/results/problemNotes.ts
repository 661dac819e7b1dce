/**
 * Problems under a results table, said once per KPI or column with the count and the first
 * rows: 1,143 rows with 215 without clicks are one line, "CPC has no value in 215 rows (3, 7,
 * 12, 18, 25, …): no clicks", not 215. A problem of one row keeps its row-first wording.
 */

/** Rows named in a note before "…". */
const FIRST_ROWS = 5;

interface Group {
  readonly head: string;
  readonly rows: number[];
  /** Each distinct reason, with the rows it was seen in. */
  readonly reasons: Map<string, number[]>;
  count: number;
}

export class ProblemGroups {
  private readonly groups = new Map<string, Group>();

  /** A row's problem under `head` ("CPC", "column 'clicks'"); `row` is 0-based. */
  add(head: string, row: number, reason: string): void {
    const group = this.groupOf(head);
    group.count++;
    if (group.rows.length < FIRST_ROWS) group.rows.push(row);
    const rows = group.reasons.get(reason);
    if (rows) rows.push(row);
    else group.reasons.set(reason, [row]);
  }

  /** Rows counted under `head` whose reason was not looked up (beyond what was built). */
  count(head: string, rows: number): void {
    this.groupOf(head).count += rows;
  }

  notes(): string[] {
    return [...this.groups.values()].map((group) => {
      const reasons = [...group.reasons];
      if (reasons.length === 0)
        return `${capitalised(group.head)} has no value in ${group.count.toLocaleString('en-US')} more rows, beyond the first ones looked at`;
      if (group.count === 1 && reasons.length === 1) return single(group.head, group.rows[0]!, reasons[0]![0]);
      const rows = `${group.rows.map((r) => r + 1).join(', ')}${group.count > group.rows.length ? ', …' : ''}`;
      const why =
        reasons.length === 1
          ? reasons[0]![0]
          : reasons
              .map(
                ([reason, at]) =>
                  `${reason} (row${at.length === 1 ? '' : 's'} ${at
                    .slice(0, 3)
                    .map((r) => r + 1)
                    .join(', ')}${at.length > 3 ? ', …' : ''})`,
              )
              .join('; ');
      const what = group.head.startsWith('column ')
        ? `${capitalised(group.head)} is not usable in`
        : `${capitalised(group.head)} has no value in`;
      return `${what} ${group.count.toLocaleString('en-US')} rows (${rows}): ${why}`;
    });
  }

  private groupOf(head: string): Group {
    let group = this.groups.get(head);
    if (!group) this.groups.set(head, (group = { head, rows: [], reasons: new Map(), count: 0 }));
    return group;
  }
}

/** One row's problem, worded as before: "Row 3: CPC — no clicks", "Row 2, column 'clicks': …". */
function single(head: string, row: number, reason: string): string {
  return head.startsWith('column ') ? `Row ${row + 1}, ${head}: ${reason}` : `Row ${row + 1}: ${head} — ${reason}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
