/**
 * The results view's front end: draws the tables the extension sends (text only, through
 * textContent, so names like `<img src=x onerror=alert(1)>` stay text) and sends back the
 * action the user clicked. Every message is checked with the shared schema; others are ignored.
 */
// First: CSP reports and jitless zod before the schemas are built.
import './setup';
// Then the translations, before any module builds a label.
import '../l10n';
import * as l10n from '@vscode/l10n';
import {
  fromViewSchema,
  TABLE_FORMATS,
  toViewSchema,
  type FromView,
  type TableDestination,
  type TableFormat,
  type ToView,
  type ViewRow,
  type ViewTable,
} from '../../results/protocol';
import { ensureTabStop, onCellKey, Reasons, reasonTip, rovingFocus } from './cells';
import { chartPng } from './chartPng';
import { element } from './dom';
import { pagerFor, type Pager } from './pager';
import { readSection } from './readView';
import { reportSection } from './reportView';
import { liveRegion, tableSummary, viewSummary } from './summary';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
/** The page's one live region: a sentence per table, said when it changes (summary.ts). */
const announce = liveRegion(document.getElementById('summary')!);
const tip = reasonTip(document.querySelector('main')!);
/** A filter being typed is summarised once typing pauses this long (ms). */
const FILTER_PAUSE = 700;

/** A table whose rows come a page at a time: where its rows go, and the page last asked for. */
interface PagedTable {
  readonly body: HTMLTableSectionElement;
  readonly total: HTMLTableRowElement | undefined;
  readonly numeric: readonly boolean[];
  readonly reasons: Reasons;
  readonly pager: Pager;
  requestId: number;
  /** The row "Go to row" asked for, shown and marked when its page arrives. */
  wantedRow?: number;
}

const paged = new Map<string, PagedTable>();
let lastRequestId = 0;

function formatLabel(format: TableFormat): string {
  const labels: Readonly<Record<TableFormat, string>> = {
    markdown: l10n.t('Markdown table'),
    csv: 'CSV',
    json: 'JSON',
  };
  return labels[format];
}

function send(message: FromView): void {
  // Checked here too: a message this side cannot build correctly is a bug worth seeing.
  const parsed = fromViewSchema.safeParse(message);
  if (parsed.success) vscode.postMessage(parsed.data);
  else console.error('results view: not sent, malformed', parsed.error.issues);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = toViewSchema.safeParse(event.data);
  if (!parsed.success) return; // not ours, or malformed: ignored
  const message = parsed.data;
  if (message.type === 'show') render(message.tables);
  else if (message.type === 'rows') showRows(message);
  else showStatus(message.tableId, message.text, message.error);
});

function render(tables: readonly ViewTable[]): void {
  const start = performance.now();
  paged.clear();
  tip.hide();
  app.replaceChildren(...tables.map(section));
  if (tables.length === 0) app.append(element('p', { className: 'empty', text: l10n.t('No results.') }));
  announce(viewSummary(tables));
  // After the next frame the page has been laid out and painted: that is what a user waits for.
  requestAnimationFrame(() =>
    setTimeout(() =>
      send({ type: 'rendered', ms: performance.now() - start, rows: app.querySelectorAll('tr').length }),
    ),
  );
}

function section(table: ViewTable): HTMLElement {
  const root = element('section', { className: 'result' });
  root.dataset.table = table.id;
  const header = element('header');
  header.append(
    element('h2', { text: table.title, attributes: { id: `title-${table.id}` } }),
    element('span', {
      className: 'count',
      text: table.report
        ? l10n.t('{0} in {1} groups', rowsText(table.rowCount), table.report.groupCount.toLocaleString())
        : rowsText(table.rowCount),
    }),
    actions(table),
  );
  root.append(header, element('div', { className: 'status', attributes: { role: 'status' } }));
  const read = readSection(table, (column) => send({ type: 'useAs', tableId: table.id, column }));
  if (read) root.append(read);
  if (table.report) {
    root.append(
      reportSection(
        table,
        table.report,
        {
          copy: (metric) => send({ type: 'chart', tableId: table.id, metric }),
          save: (metric, svg, title) => saveChart(table.id, metric, svg, title),
        },
        (state) => announce(tableSummary(table, state), state.filter !== undefined ? FILTER_PAUSE : 0),
      ),
    );
    appendNotes(root, table, [...table.report.notes, ...table.notes]);
    return root;
  }
  const scroll = element('div', { className: 'scroll' });
  const { element: tableNode, body, total, numeric, reasons } = tableElement(table);
  scroll.append(tableNode);
  if (table.rowCount > table.rows.length) {
    const pager = pagerFor(table.rowCount, (firstRow, row) => requestRows(table.id, firstRow, row));
    pager.show(table.firstRow);
    paged.set(table.id, { body, total, numeric, reasons, pager, requestId: 0 });
    root.append(pager.root);
  }
  root.append(scroll, reasons.root);
  appendNotes(root, table, table.notes);
  return root;
}

function appendNotes(root: HTMLElement, table: ViewTable, notes: readonly string[]): void {
  if (table.totalNote) root.append(element('p', { className: 'total-note', text: table.totalNote }));
  if (notes.length > 0) {
    const list = element('ul', { className: 'notes' });
    list.append(...notes.map((note) => element('li', { text: note })));
    root.append(list);
  }
}

function actions(table: ViewTable): HTMLElement {
  const box = element('div', { className: 'actions' });
  const select = element('select', { attributes: { 'aria-label': l10n.t('Format') } });
  select.append(
    ...TABLE_FORMATS.map((format) => {
      const option = element('option', { text: formatLabel(format) });
      option.value = format;
      return option;
    }),
  );
  if (table.defaultFormat) select.value = table.defaultFormat;
  const format = (): TableFormat => TABLE_FORMATS.find((f) => f === select.value) ?? 'markdown';
  const button = (text: string, to: TableDestination, secondary: boolean) => {
    const b = element('button', { text, className: secondary ? 'secondary' : '' });
    b.addEventListener('click', () => send({ type: 'action', tableId: table.id, format: format(), to }));
    return b;
  };
  const label = element('label', { text: l10n.t('Format') });
  if (table.canBreakDown)
    box.append(viewButton(l10n.t('Break down by…'), () => send({ type: 'breakDown', tableId: table.id })));
  if (table.report?.canCompare)
    box.append(viewButton(l10n.t('Compare periods…'), () => send({ type: 'compare', tableId: table.id })));
  box.append(label, select);
  if (table.canInsert) box.append(button(l10n.t('Insert below'), 'below', false));
  box.append(button(l10n.t('Copy'), 'clipboard', table.canInsert));
  if (table.canInsertCell) box.append(button(l10n.t('Insert as Markdown cell'), 'cell', true));
  return box;
}

function viewButton(text: string, onClick: () => void): HTMLButtonElement {
  const b = element('button', { text, className: 'secondary', attributes: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The rows as a grid: one tab stop, the arrow keys move between cells (cells.ts), so a cell's
 * reason is reached from the keyboard too.
 */
function tableElement(table: ViewTable) {
  const numeric = table.columns.map((c) => c.kind === 'input' || c.kind === 'kpi' || c.kind === 'reported');
  const reasons = new Reasons(`table-${table.id}`);
  const result = element('table', { attributes: { role: 'grid', 'aria-labelledby': `title-${table.id}` } });
  const head = element('thead');
  const headRow = element('tr');
  headRow.append(
    ...table.columns.map((column, c) =>
      element('th', {
        text: column.label,
        className: `${numeric[c] ? 'num' : ''} ${column.kind}`.trim(),
        attributes: { scope: 'col' },
      }),
    ),
  );
  head.append(headRow);
  const body = element('tbody');
  body.append(...table.rows.map((row) => rowElement(row, numeric, reasons)));
  const total = table.total ? rowElement(table.total, numeric, reasons) : undefined;
  if (total) {
    total.className = 'total';
    body.append(total);
  }
  result.append(head, body);
  rovingFocus(body);
  ensureTabStop(body);
  body.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLTableCellElement && onCellKey(event, event.target)) event.preventDefault();
  });
  return { element: result, body, total, numeric, reasons };
}

/** Asks for a page; only the answer to the latest request is shown. */
function requestRows(tableId: string, firstRow: number, row?: number): void {
  const table = paged.get(tableId);
  if (!table) return;
  table.requestId = ++lastRequestId;
  table.wantedRow = row;
  send({ type: 'rows', tableId, requestId: table.requestId, firstRow });
}

/** A page arrived: its rows replace the shown ones, TOTAL stays last. */
function showRows(message: Extract<ToView, { type: 'rows' }>): void {
  const table = paged.get(message.tableId);
  if (!table || table.requestId !== message.requestId) return; // a stale answer or another table set
  table.body.replaceChildren(
    ...message.rows.map((row) => rowElement(row, table.numeric, table.reasons)),
    ...(table.total ? [table.total] : []),
  );
  ensureTabStop(table.body);
  table.pager.show(message.firstRow);
  const wanted = table.wantedRow === undefined ? undefined : table.body.rows[table.wantedRow - message.firstRow];
  if (wanted) {
    wanted.classList.add('wanted');
    wanted.scrollIntoView({ block: 'center' });
  }
}

function rowElement(row: ViewRow, numeric: readonly boolean[], reasons: Reasons): HTMLTableRowElement {
  const tr = element('tr');
  tr.append(
    ...row.cells.map((cell, c) => {
      const classes = [numeric[c] ? 'num' : '', cell.problem !== undefined ? 'problem' : ''].filter(Boolean).join(' ');
      const td = element('td', { text: cell.text, className: classes });
      if (cell.problem !== undefined) reasons.give(td, cell.problem);
      return td;
    }),
  );
  return tr;
}

/** Save… on a chart: the chart as shown, as PNG bytes; the extension asks where (PNG or SVG). */
function saveChart(tableId: string, metric: string, svg: SVGSVGElement, title: string): void {
  chartPng(svg, title).then(
    (png) => send({ type: 'saveChart', tableId, metric, png }),
    (error: unknown) => showStatus(tableId, l10n.t('The chart could not be drawn as PNG: {0}', String(error)), true),
  );
}

function showStatus(tableId: string, text: string, error: boolean): void {
  const status = Array.from(document.querySelectorAll<HTMLElement>('section.result'))
    .find((s) => s.dataset.table === tableId)
    ?.querySelector('.status');
  if (!status) return;
  status.textContent = text;
  status.classList.toggle('error', error);
}

function rowsText(count: number): string {
  return count === 1 ? l10n.t('1 row') : l10n.t('{0} rows', count.toLocaleString());
}

send({ type: 'ready' });
