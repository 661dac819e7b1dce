/**
 * A report in the results view: its groups as a tree grid (a row per group, indented by level,
 * opened and closed with the mouse or the keyboard), sortable columns (a button in each header,
 * aria-sort), a filter on the groups' text, the TOTAL row, and a chart per KPI. Only groups are
 * drawn, never the input's rows, and at most PAGE_GROUPS of them at a time.
 */
import type { ViewReport, ViewReportCell, ViewTable } from '../../results/protocol';
import { allExpandable, treeOf, visibleRows, type ReportSort, type VisibleRow } from '../../results/report/tree';
import { chartsSection, type ChartActions } from './chartView';
import { element } from './dom';

/** Groups drawn at once; more are paged (200: first paint of 1,000 groups 54–115 ms, 500: 101–228 ms). */
export const PAGE_GROUPS = 200;
/** Up to this many groups the report opens fully expanded; beyond, the outermost level only. */
const OPEN_GROUPS = 200;

export function reportSection(table: ViewTable, report: ViewReport, onChart: ChartActions): HTMLElement {
  const root = element('div', { className: 'report' });
  const tree = treeOf(report.rows);
  const state = {
    expanded: report.rows.length <= OPEN_GROUPS ? allExpandable(tree) : new Set<number>(),
    sort: undefined as ReportSort | undefined,
    filter: '',
    page: 0,
  };
  const count = element('span', { className: 'count', attributes: { role: 'status' } });
  const filter = element('input', {
    attributes: { type: 'search', 'aria-label': 'Filter groups', placeholder: 'Filter groups' },
  });
  const pager = element('nav', { className: 'pager', attributes: { 'aria-label': 'Groups' } });
  const grid = element('table', {
    className: 'report-grid',
    attributes: { role: 'treegrid', 'aria-label': `KPIs by ${report.title}` },
  });
  const body = element('tbody');
  const headers = headerRow(report, (column) => {
    state.sort =
      state.sort?.column === column
        ? { column, descending: !state.sort.descending }
        : { column, descending: column >= 0 };
    draw();
  });
  grid.append(element('thead'), body);
  grid.tHead!.append(headers.row);
  const total = totalRow(report);

  const draw = (focus?: number) => {
    const rows = visibleRows(report.rows, tree, state);
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_GROUPS));
    state.page = Math.min(state.page, pages - 1);
    const shown = rows.slice(state.page * PAGE_GROUPS, (state.page + 1) * PAGE_GROUPS);
    body.replaceChildren(...shown.map((row, k) => groupRow(report, row, k === 0)), total);
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
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    state.page = 0;
    draw();
  });
  const tools = element('div', { className: 'report-tools' });
  tools.append(
    element('strong', { text: `By ${report.title}` }),
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
  root.append(tools, pager, scroll);
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
      attributes: { type: 'button', title: `Sort by ${label}` },
    });
    button.addEventListener('click', () => onSort(column));
    th.append(button);
    return th;
  });
  row.append(...cells);
  return {
    row,
    update(sort: ReportSort | undefined) {
      cells.forEach((th, k) =>
        th.setAttribute('aria-sort', sort?.column === k - 1 ? (sort.descending ? 'descending' : 'ascending') : 'none'),
      );
    },
  };
}

function groupRow(report: ViewReport, row: VisibleRow, first: boolean): HTMLTableRowElement {
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
  tr.append(label, ...group.cells.map(cellElement));
  return tr;
}

function totalRow(report: ViewReport): HTMLTableRowElement {
  const tr = element('tr', { className: 'total' });
  tr.append(element('td', { className: 'group', text: 'TOTAL' }), ...report.total.map(cellElement));
  return tr;
}

/** A cell; a change's colour is also said in words, and n/a's reason is in the text for screen readers. */
function cellElement(cell: ViewReportCell): HTMLTableCellElement {
  const classes = [
    'num',
    cell.tone !== undefined ? `change ${cell.tone}` : '',
    cell.problem !== undefined && cell.tone === undefined ? 'problem' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const td = element('td', { text: cell.text, className: classes, attributes: { role: 'gridcell' } });
  if (cell.problem !== undefined) {
    td.title = cell.problem;
    td.append(element('span', { className: 'visually-hidden', text: ` (${cell.problem})` }));
  }
  return td;
}

/** Tree grid keys: ↑ ↓ move, → opens or goes to the first subgroup, ← closes or goes to the parent, Enter and Space toggle. */
function onKey(event: KeyboardEvent, parent: readonly number[], toggle: (index: number, open?: boolean) => void): void {
  const row = (event.target as Element).closest<HTMLTableRowElement>('tr[data-group]');
  if (!row) return;
  const index = Number(row.dataset.group);
  const expanded = row.getAttribute('aria-expanded');
  const move = (to: Element | null) => {
    if (to instanceof HTMLTableRowElement && to.dataset.group !== undefined) {
      row.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
    }
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
      else if (expanded === 'true') move(row.nextElementSibling);
      else return;
      break;
    case 'ArrowLeft':
      if (expanded === 'true') toggle(index, false);
      else move(row.parentElement?.querySelector(`tr[data-group="${parent[index]}"]`) ?? null);
      break;
    case 'Enter':
    case ' ':
      if (expanded !== null) toggle(index);
      else return;
      break;
    case 'Home':
      move(row.parentElement?.querySelector('tr[data-group]') ?? null);
      break;
    case 'End':
      move(Array.from(row.parentElement?.querySelectorAll('tr[data-group]') ?? []).pop() ?? null);
      break;
    default:
      return;
  }
  event.preventDefault();
}

function expandButtons(onExpand: () => void, onCollapse: () => void): HTMLElement {
  const box = element('span', { className: 'expand' });
  const expand = element('button', { text: 'Expand all', className: 'secondary', attributes: { type: 'button' } });
  const collapse = element('button', { text: 'Collapse all', className: 'secondary', attributes: { type: 'button' } });
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
    text: `Groups ${(page * PAGE_GROUPS + 1).toLocaleString()}–${Math.min(rows, (page + 1) * PAGE_GROUPS).toLocaleString()} of ${rows.toLocaleString()}`,
  });
  nav.replaceChildren(
    button('‹', 'Previous groups', page - 1, page === 0),
    range,
    button('›', 'Next groups', page + 1, page >= pages - 1),
  );
}

function groupsText(shown: number, all: number): string {
  return shown === all
    ? `${all.toLocaleString()} group${all === 1 ? '' : 's'}`
    : `${shown.toLocaleString()} of ${all.toLocaleString()} groups shown`;
}
