/**
 * What a screen reader hears when the results view changes: one sentence per table, in the
 * page's one polite live region (html.ts), instead of the tables read again on every render.
 *
 *   meta-campaigns-by-day.csv, lines 1–8: 5 KPIs over 7 rows, by Campaign name › month,
 *   6 groups; some cells of CPL and Average frequency have no value.
 *
 * Said again only when its text changes: a new table, a sort or a filter; not on opening,
 * closing or paging, which the grid's own states and ranges tell. The counts come from what the
 * view was sent: every group of a report, the first page of a flat table, and TOTAL.
 */
import * as l10n from '@vscode/l10n';
import type { ViewTable } from '../../results/protocol';
import { NO_VALUE } from './cells';

/** A report's sort and filter, as the user set them. */
export interface ReportViewState {
  readonly sort?: { readonly label: string; readonly descending: boolean };
  readonly filter?: string;
}

/** The sentence for every table shown, one after the other. */
export function viewSummary(tables: readonly ViewTable[]): string {
  return tables.length === 0 ? l10n.t('No results.') : tables.map((table) => tableSummary(table)).join(' ');
}

export function tableSummary(table: ViewTable, state: ReportViewState = {}): string {
  const { report } = table;
  const columns = report ? report.columns : table.columns;
  const rows = report
    ? [...report.rows.map((row) => row.cells), report.total]
    : [...table.rows.map((row) => row.cells), ...(table.total ? [table.total.cells] : [])];
  const kpis = columns.flatMap((column, c) => (column.kind === 'kpi' ? [c] : []));
  let sentence = l10n.t('{0}: {1} over {2}', table.title, kpiCount(kpis.length), rowCount(table.rowCount));
  if (report) {
    sentence = l10n.t('{0}, by {1}, {2}', sentence, report.title, groupsText(report, state.filter));
    if (state.sort)
      sentence = state.sort.descending
        ? l10n.t('{0}, sorted by {1}, descending', sentence, state.sort.label)
        : l10n.t('{0}, sorted by {1}, ascending', sentence, state.sort.label);
  }
  const without = (c: number) => rows.filter((cells) => cells[c]?.problem !== undefined && cells[c].text === NO_VALUE);
  const none = kpis.filter((c) => rows.length > 0 && without(c).length === rows.length);
  const some = kpis.filter((c) => !none.includes(c) && without(c).length > 0);
  const names = (list: readonly number[]) => listText(list.map((c) => columns[c]!.label));
  if (none.length > 0) sentence = l10n.t('{0}; {1} could not be computed', sentence, names(none));
  if (some.length > 0) sentence = l10n.t('{0}; some cells of {1} have no value', sentence, names(some));
  return `${sentence}.`;
}

function kpiCount(n: number): string {
  return n === 1 ? l10n.t('1 KPI') : l10n.t('{0} KPIs', n.toLocaleString());
}

function rowCount(n: number): string {
  return n === 1 ? l10n.t('1 row') : l10n.t('{0} rows', n.toLocaleString());
}

/** The groups, or how many of them the filter matches (as the tree filters: by a group's own text). */
function groupsText(report: NonNullable<ViewTable['report']>, filter: string | undefined): string {
  const all = report.groupCount;
  const needle = filter?.trim().toLocaleLowerCase() ?? '';
  if (needle === '') return all === 1 ? l10n.t('1 group') : l10n.t('{0} groups', all.toLocaleString());
  const matching = report.rows.filter((row) => row.label.toLocaleLowerCase().includes(needle)).length;
  return l10n.t('{0} of {1} groups match “{2}”', matching.toLocaleString(), all.toLocaleString(), filter!.trim());
}

/** "CPL", "CPL and CPC", "CPL, CPC and CTR": in the words of the sentence's own language. */
function listText(names: readonly string[]): string {
  const last = names[names.length - 1] ?? '';
  return names.length < 2 ? last : l10n.t('{0} and {1}', names.slice(0, -1).join(', '), last);
}

/**
 * The live region's writer: the text is set only when it differs from what was last said,
 * after `delay` ms with no newer text (a filter being typed is said once, when typing pauses).
 */
export function liveRegion(region: HTMLElement): (text: string, delay?: number) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text, delay = 0) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (region.textContent !== text) region.textContent = text;
    }, delay);
  };
}
