/**
 * The keyboard's way into the cells of the results view's tables, and the reasons of cells
 * without a value. Each table is one tab stop (a roving tabindex, as in the ARIA grid pattern):
 * the arrow keys move between cells, Home and End to the row's first and last cell, Ctrl+Home
 * and Ctrl+End to the table's. A cell with a reason names it to assistive technology as its
 * description (aria-describedby), and shows it beside the cell while the cell has focus: the
 * mouse's tooltip alone could not be reached from the keyboard.
 */
import * as l10n from '@vscode/l10n';
import { element } from './dom';

/** What a KPI cell shows when it has no value (src/results/formats.ts, cellText). */
export const NO_VALUE = '—';

/**
 * The reasons of one table, each once, in a hidden list the cells point to: a report repeats
 * "no leads" in many groups, and a description may come from a hidden element.
 */
export class Reasons {
  readonly root = element('div', { className: 'reasons' });
  private readonly ids = new Map<string, string>();

  constructor(private readonly prefix: string) {
    this.root.hidden = true;
  }

  /**
   * Gives the cell its reason: as its description, unless the cell's own text says it already
   * (a change's "n/a (…)"); "No value" as its name when it shows '—', which screen readers
   * would read as a dash or not at all; the mouse's tooltip, as before.
   */
  give(cell: HTMLTableCellElement, reason: string, options: { readonly inText?: boolean } = {}): void {
    cell.title = reason;
    cell.dataset.reason = reason;
    if (!options.inText) cell.setAttribute('aria-describedby', this.idOf(reason));
    if (cell.textContent === NO_VALUE) cell.setAttribute('aria-label', l10n.t('No value'));
  }

  private idOf(reason: string): string {
    let id = this.ids.get(reason);
    if (id === undefined) {
      id = `${this.prefix}-reason-${this.ids.size + 1}`;
      this.ids.set(reason, id);
      this.root.append(element('span', { text: reason, attributes: { id } }));
    }
    return id;
  }
}

/**
 * Keeps one tab stop in `body`: whatever row or cell takes focus (by key or by click) becomes
 * it, so Tab out of the table and back returns where the user was.
 */
export function rovingFocus(body: HTMLTableSectionElement): void {
  body.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLTableRowElement || target instanceof HTMLTableCellElement)) return;
    body.querySelectorAll<HTMLElement>('[tabindex="0"]').forEach((other) => {
      if (other !== target) other.tabIndex = -1;
    });
    target.tabIndex = 0;
  });
}

/** Makes the first cell of `body` the tab stop unless a row or cell of it is one already. */
export function ensureTabStop(body: HTMLTableSectionElement): void {
  if (body.querySelector('[tabindex="0"]')) return;
  const first = body.rows[0]?.cells[0];
  if (first) first.tabIndex = 0;
}

/** Focuses a row or cell; cells get their tabindex only when first reached (500 rows × 15 cells need none up front). */
export function focusOn(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
}

/**
 * The cell keys, for a cell that has focus: true when the key was one of them (the caller then
 * prevents the page from scrolling). `toRow`, in a tree grid, is where ← goes from the first
 * cell: its row, which holds the group's own keys.
 */
export function onCellKey(event: KeyboardEvent, cell: HTMLTableCellElement, toRow?: () => void): boolean {
  const row = cell.parentElement as HTMLTableRowElement;
  const rows = Array.from(row.parentElement?.children ?? []).filter(
    (r): r is HTMLTableRowElement => r instanceof HTMLTableRowElement,
  );
  const at = cell.cellIndex;
  const inRow = (r: HTMLTableRowElement | undefined) => r?.cells[Math.min(at, r.cells.length - 1)];
  switch (event.key) {
    case 'ArrowRight':
      focusOn(row.cells[at + 1]);
      return true;
    case 'ArrowLeft':
      if (at === 0 && toRow) toRow();
      else focusOn(row.cells[at - 1]);
      return true;
    case 'ArrowDown':
      focusOn(inRow(rows[rows.indexOf(row) + 1]));
      return true;
    case 'ArrowUp':
      focusOn(inRow(rows[rows.indexOf(row) - 1]));
      return true;
    case 'Home':
      focusOn(event.ctrlKey ? rows[0]?.cells[0] : row.cells[0]);
      return true;
    case 'End': {
      const last = event.ctrlKey ? rows[rows.length - 1] : row;
      focusOn(last?.cells[last.cells.length - 1]);
      return true;
    }
    default:
      return false;
  }
}

/**
 * The box that shows a focused cell's reason beside it (below, or above near the window's
 * bottom). One per page, hidden from assistive technology, which has the reason as the cell's
 * description already.
 */
export function reasonTip(root: HTMLElement): { hide(): void } {
  const tip = element('div', { className: 'reason-tip', attributes: { 'aria-hidden': 'true' } });
  tip.hidden = true;
  root.append(tip);
  let cell: HTMLElement | undefined;
  const hide = () => {
    cell = undefined;
    tip.hidden = true;
  };
  const place = () => {
    if (!cell?.isConnected) return hide();
    const box = cell.getBoundingClientRect();
    const below = box.bottom + 4 + tip.offsetHeight <= window.innerHeight;
    tip.style.top = `${Math.max(0, below ? box.bottom + 4 : box.top - 4 - tip.offsetHeight)}px`;
    tip.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 4))}px`;
  };
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.dataset.reason === undefined) return hide();
    cell = target;
    tip.textContent = target.dataset.reason;
    tip.hidden = false;
    place();
  });
  document.addEventListener('focusout', hide);
  // The tables scroll inside their own boxes: follow the cell (capture sees those scrolls too).
  window.addEventListener('scroll', place, true);
  window.addEventListener('resize', place);
  return { hide };
}
