/** The notes a report writes about its periods, the same for a table read whole and a file streamed. */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';

export interface PeriodReading {
  /** The date column the periods come from. */
  readonly column: string;
  /** Its format as people write it: `yyyy-mm-dd`. */
  readonly pattern: string;
  /** The table's other date columns, not used. */
  readonly others: readonly string[];
  readonly period: string;
  /** 0 is Sunday; undefined is Monday, as ISO 8601 weeks start. */
  readonly weekStart: number | undefined;
  readonly rows: number;
  /** How many rows have no date, and the first of them (0-based). */
  readonly undated: number;
  readonly firstUndated: number | undefined;
}

export function periodNotes(reading: PeriodReading): string[] {
  const others = reading.others.join(', ');
  const notes = [
    reading.others.length > 0
      ? l10n.t(
          'Periods from {0}, read as {1} (not {2}: name another with dateColumn)',
          reading.column,
          reading.pattern,
          others,
        )
      : l10n.t('Periods from {0}, read as {1}', reading.column, reading.pattern),
  ];
  if (reading.period === 'week') notes.push(weekStartNote(reading.weekStart ?? 1));
  if (reading.undated > 0)
    notes.push(
      l10n.t(
        '{0} of {1} rows have no date that could be read (first: row {2}): they are in the totals and in a group of their own',
        reading.undated,
        reading.rows,
        (reading.firstUndated ?? 0) + 1,
      ),
    );
  return notes;
}

/** One sentence per weekday: a translation may inflect the day's name. */
function weekStartNote(weekStart: number): string {
  switch (weekStart) {
    case 0:
      return l10n.t('Weeks start on Sunday');
    case 2:
      return l10n.t('Weeks start on Tuesday');
    case 3:
      return l10n.t('Weeks start on Wednesday');
    case 4:
      return l10n.t('Weeks start on Thursday');
    case 5:
      return l10n.t('Weeks start on Friday');
    case 6:
      return l10n.t('Weeks start on Saturday');
    default:
      return l10n.t('Weeks start on Monday (ISO 8601)');
  }
}

/** A metric id in the spec that the catalog does not know. */
export function noSuchMetric(id: string): Failure {
  return fail('unknownMetric', l10n.t('No metric is "{0}"', id), { input: id });
}
