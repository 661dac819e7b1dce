/**
 * A report in the results view: its groups as a tree grid (a row per group, indented by level,
 * opened and closed with the mouse or the keyboard, its cells reached with the arrow keys),
 * sortable columns (a button in each header, aria-sort), a filter on the groups' text, the
 * TOTAL row, and a chart per KPI. Only groups are drawn, never the input's rows, and at most
 * PAGE_GROUPS of them at a time.
 */
import * as l10n from '@vscode/l10n';
import type { ViewReport, ViewReportCell, ViewTable } from '../../results/protocol';
import { allExpandable, treeOf, visibleRows, type ReportSort, type VisibleRow } from '../../results/report/tree';
import { focusOn, onCellKey, Reasons, rovingFocus } from './cells';
import { chartsSection, type ChartActions } from './chartView';
import { element } from './dom';
import type { ReportViewState } from './summary';

/** Groups drawn at once; more are paged (200: first paint of 1,000 groups 54–115 ms, 500: 101–228 ms). */
export const PAGE_GROUPS = 200;
/** Up to this many groups the report opens fully expanded; beyond, the outermost level only. */
const OPEN_GROUPS = 200;

/**
 * `onViewChange` is told the sort and filter after the user changes them, for the view's
 * summary; opening, closing and paging change neither.
 */
export function reportSection(
  table: ViewTable,
  report: ViewReport,
  onChart: ChartActions,
  onViewChange: (state: ReportViewState) => void,
): HTMLElement {
  const root = element('div', { className: 'report' });
  const reasons = new Reasons(`report-${table.id}`);
  const tree = treeOf(report.rows);
  const state = {
    expanded: report.rows.length <= OPEN_GROUPS ? allExpandable(tree) : new Set<number>(),
    sort: undefined as ReportSort | undefined,
    filter: '',
    page: 0,
  };
  // Not a live region: it changes on every opening and closing; the summary says what matters.
  const count = element('span', { className: 'count' });
  const filter = element('input', {
    attributes: { type: 'search', 'aria-label': l10n.t('Filter groups'), placeholder: l10n.t('Filter groups') },
  });
  const pager = element('nav', { className: 'pager', attributes: { 'aria-label': l10n.t('Groups') } });
  const grid = element('table', {
    className: 'report-grid',
    attributes: { role: 'treegrid', 'aria-label': l10n.t('KPIs by {0}', report.title) },
  });
  const body = element('tbody');
  const viewChanged = () =>
    onViewChange({
      ...(state.sort
        ? { sort: { label: headers.labels[state.sort.column + 1]!, descending: state.sort.descending } }
        : {}),
      ...(state.filter.trim() !== '' ? { filter: state.filter } : {}),
    });
  const headers = headerRow(report, (column) => {
    state.sort =
      state.sort?.column === column
        ? { column, descending: !state.sort.descending }
        : { column, descending: column >= 0 };
    draw();
    viewChanged();
  });
  grid.append(element('thead'), body);
  grid.tHead!.append(headers.row);
  const total = totalRow(report, reasons);

  const draw = (focus?: number) => {
    const rows = visibleRows(report.rows, tree, state);
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_GROUPS));
    state.page = Math.min(state.page, pages - 1);
    const shown = rows.slice(state.page * PAGE_GROUPS, (state.page + 1) * PAGE_GROUPS);
    body.replaceChildren(...shown.map((row, k) => groupRow(report, row, k === 0, reasons)), total);
    headers.update(state.sort);
    count.textContent = groupsText(rows.length, report.groupCount);
    drawPager(pager, state.page, pages, rows.length, (page) => {
      state.page = page;
      draw();
    });
    if (focus !== undefined) body.querySelector<HTMLElement>(`tr[data-group="${focus}"]`)?.focus();
  };
  const toggle = (index: number, open?: boolean) => {
    const expanded = new Set(state.expanded);
    if (open ?? !expanded.has(index)) expanded.add(index);
    else expanded.delete(index);
    state.expanded = expanded;
    draw(index);
  };
  body.addEventListener('click', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('tr[data-group]');
    if (row && row.getAttribute('aria-expanded') !== null) toggle(Number(row.dataset.group));
  });
  body.addEventListener('keydown', (event) => onKey(event, tree.parent, toggle));
  rovingFocus(body);
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    state.page = 0;
    draw();
    viewChanged();
  });
  const tools = element('div', { className: 'report-tools' });
  tools.append(
    element('strong', { text: l10n.t('By {0}', report.title) }),
    filter,
    expandButtons(
      () => {
        state.expanded = allExpandable(tree);
        draw();
      },
      () => {
        state.expanded = new Set();
        draw();
      },
    ),
    count,
  );
  const scroll = element('div', { className: 'scroll' });
  scroll.append(grid);
  root.append(tools, pager, scroll, reasons.root);
  const charts = chartsSection(report.charts, `chart-${table.id}`, onChart);
  if (charts) root.append(charts);
  draw();
  return root;
}

function headerRow(report: ViewReport, onSort: (column: number) => void) {
  const row = element('tr');
  const labels = [report.levels.join(' › '), ...report.columns.map((c) => c.label)];
  const cells = labels.map((label, k) => {
    const column = k - 1;
    const th = element('th', {
      className: k === 0 ? 'group' : `num ${report.columns[column]!.kind}`,
      attributes: { scope: 'col', 'aria-sort': 'none' },
    });
    const button = element('button', {
      text: label,
      className: 'sort',
      attributes: { type: 'button', title: l10n.t('Sort by {0}', label) },
    });
    button.addEventListener('click', () => onSort(column));
    th.append(button);
    return th;
  });
  row.append(...cells);
  return {
    row,
    labels,
    update(sort: ReportSort | undefined) {
      cells.forEach((th, k) =>
        th.setAttribute('aria-sort', sort?.column === k - 1 ? (sort.descending ? 'descending' : 'ascending') : 'none'),
      );
    },
  };
}

function groupRow(report: ViewReport, row: VisibleRow, first: boolean, reasons: Reasons): HTMLTableRowElement {
  const group = report.rows[row.index]!;
  const tr = element('tr', {
    className: `group level-${Math.min(row.level, 6)}`,
    attributes: { role: 'row', 'aria-level': String(row.level), tabindex: first ? '0' : '-1' },
  });
  tr.dataset.group = String(row.index);
  if (row.hasChildren) tr.setAttribute('aria-expanded', String(row.expanded));
  const label = element('td', { className: 'group', attributes: { role: 'gridcell' } });
  label.append(
    element('span', {
      className: 'twisty',
      text: row.hasChildren ? (row.expanded ? '▾' : '▸') : '',
      attributes: { 'aria-hidden': 'true' },
    }),
    element('span', { text: group.label }),
  );
  tr.append(label, ...group.cells.map((cell) => cellElement(cell, reasons)));
  return tr;
}

/** TOTAL is a row of the grid too: ↓ from the last group reaches it, and its cells' reasons with it. */
function totalRow(report: ViewReport, reasons: Reasons): HTMLTableRowElement {
  const tr = element('tr', { className: 'total', attributes: { role: 'row', tabindex: '-1' } });
  tr.append(
    element('td', { className: 'group', text: l10n.t('TOTAL'), attributes: { role: 'gridcell' } }),
    ...report.total.map((cell) => cellElement(cell, reasons)),
  );
  return tr;
}

/**
 * A cell; a change's colour is also said in words, and n/a's reason is in its text for screen
 * readers. A KPI without a value ('—') has its reason as its description.
 */
function cellElement(cell: ViewReportCell, reasons: Reasons): HTMLTableCellElement {
  const classes = [
    'num',
    cell.tone !== undefined ? `change ${cell.tone}` : '',
    cell.problem !== undefined && cell.tone === undefined ? 'problem' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const td = element('td', { text: cell.text, className: classes, attributes: { role: 'gridcell' } });
  if (cell.problem === undefined) return td;
  const inText = cell.tone !== undefined;
  reasons.give(td, cell.problem, { inText });
  if (inText) td.append(element('span', { className: 'visually-hidden', text: ` (${cell.problem})` }));
  return td;
}

/**
 * Tree grid keys, as in the ARIA tree grid pattern. On a row: ↑ ↓ move (TOTAL is the last row),
 * → opens a closed group or else goes into the row's cells, ← closes or goes to the parent,
 * Enter and Space toggle, Home and End go to the first and last row. On a cell: the cell keys
 * (cells.ts), and ← from the first cell goes back to its row.
 */
function onKey(event: KeyboardEvent, parent: readonly number[], toggle: (index: number, open?: boolean) => void): void {
  const target = event.target;
  if (target instanceof HTMLTableCellElement) {
    const row = target.parentElement as HTMLTableRowElement;
    if (onCellKey(event, target, () => focusOn(row))) event.preventDefault();
    return;
  }
  const row = (target as Element).closest<HTMLTableRowElement>('tbody>tr');
  if (!row) return;
  const index = Number(row.dataset.group);
  const expanded = row.getAttribute('aria-expanded');
  const rows = Array.from(row.parentElement?.children ?? []);
  const move = (to: Element | null | undefined) => {
    if (to instanceof HTMLTableRowElement) focusOn(to);
  };
  switch (event.key) {
    case 'ArrowDown':
      move(row.nextElementSibling);
      break;
    case 'ArrowUp':
      move(row.previousElementSibling);
      break;
    case 'ArrowRight':
      if (expanded === 'false') toggle(index, true);
      else focusOn(row.cells[0]);
      break;
    case 'ArrowLeft':
      if (expanded === 'true') toggle(index, false);
      else move(row.parentElement?.querySelector(`tr[data-group="${parent[index]}"]`));
      break;
    case 'Enter':
    case ' ':
      if (expanded !== null) toggle(index);
      else return;
      break;
    case 'Home':
      move(rows[0]);
      break;
    case 'End':
      move(rows[rows.length - 1]);
      break;
    default:
      return;
  }
  event.preventDefault();
}

function expandButtons(onExpand: () => void, onCollapse: () => void): HTMLElement {
  const box = element('span', { className: 'expand' });
  const expand = element('button', {
    text: l10n.t('Expand all'),
    className: 'secondary',
    attributes: { type: 'button' },
  });
  const collapse = element('button', {
    text: l10n.t('Collapse all'),
    className: 'secondary',
    attributes: { type: 'button' },
  });
  expand.addEventListener('click', onExpand);
  collapse.addEventListener('click', onCollapse);
  box.append(expand, collapse);
  return box;
}

function drawPager(nav: HTMLElement, page: number, pages: number, rows: number, go: (page: number) => void): void {
  nav.hidden = pages <= 1;
  if (pages <= 1) return nav.replaceChildren();
  const button = (text: string, label: string, to: number, disabled: boolean) => {
    const b = element('button', { text, className: 'secondary', attributes: { type: 'button', 'aria-label': label } });
    b.disabled = disabled;
    b.addEventListener('click', () => go(to));
    return b;
  };
  const range = element('span', {
    className: 'range',
    text: l10n.t(
      'Groups {0}–{1} of {2}',
      (page * PAGE_GROUPS + 1).toLocaleString(),
      Math.min(rows, (page + 1) * PAGE_GROUPS).toLocaleString(),
      rows.toLocaleString(),
    ),
  });
  nav.replaceChildren(
    button('‹', l10n.t('Previous groups'), page - 1, page === 0),
    range,
    button('›', l10n.t('Next groups'), page + 1, page >= pages - 1),
  );
}

function groupsText(shown: number, all: number): string {
  return shown === all
    ? all === 1
      ? l10n.t('1 group')
      : l10n.t('{0} groups', all.toLocaleString())
    : l10n.t('{0} of {1} groups shown', shown.toLocaleString(), all.toLocaleString());
}
