/**
 * Paging through a large table: First, Previous, Next, Last and "Go to row", with the range
 * shown. The view holds one page; `onPage` asks the extension for another, and `show` is called
 * when it arrives.
 */
import * as l10n from '@vscode/l10n';
import { PAGE_ROWS } from '../../results/protocol';
import { element } from './dom';

export interface Pager {
  readonly root: HTMLElement;
  /** Updates the range and the buttons for the page now shown. */
  show(firstRow: number): void;
}

/** `row`, when given, is the row (0-based) the user asked to see: the view scrolls to it and marks it. */
export type PageRequest = (firstRow: number, row?: number) => void;

export function pagerFor(rowCount: number, onPage: PageRequest): Pager {
  const root = element('nav', { className: 'pager', attributes: { 'aria-label': l10n.t('Rows') } });
  const lastPage = Math.floor(Math.max(0, rowCount - 1) / PAGE_ROWS) * PAGE_ROWS;
  let current = 0;
  const button = (text: string, label: string, target: () => number) => {
    const b = element('button', { text, className: 'secondary', attributes: { type: 'button', 'aria-label': label } });
    b.addEventListener('click', () => onPage(target()));
    return b;
  };
  const first = button('«', l10n.t('First rows'), () => 0);
  const previous = button('‹', l10n.t('Previous rows'), () => Math.max(0, current - PAGE_ROWS));
  const next = button('›', l10n.t('Next rows'), () => Math.min(lastPage, current + PAGE_ROWS));
  const last = button('»', l10n.t('Last rows'), () => lastPage);
  // Not a live region: paging changes no meaning, and the range is read beside the buttons.
  const range = element('span', { className: 'range' });
  root.append(first, previous, range, next, last, goToRow(rowCount, onPage));
  return {
    root,
    show(firstRow) {
      current = firstRow;
      const end = Math.min(rowCount, firstRow + PAGE_ROWS);
      range.textContent = l10n.t(
        'Rows {0}–{1} of {2}',
        (firstRow + 1).toLocaleString(),
        end.toLocaleString(),
        rowCount.toLocaleString(),
      );
      first.disabled = previous.disabled = firstRow === 0;
      next.disabled = last.disabled = firstRow >= lastPage;
    },
  };
}

/** A row number (1-based, as the notes name rows) → the page that holds it. */
function goToRow(rowCount: number, onPage: PageRequest): HTMLElement {
  const form = element('form', { className: 'goto' });
  const input = element('input', {
    attributes: {
      type: 'number',
      min: '1',
      max: String(rowCount),
      'aria-label': l10n.t('Go to row'),
      placeholder: l10n.t('Row'),
    },
  });
  form.append(input, element('button', { text: l10n.t('Go'), className: 'secondary', attributes: { type: 'submit' } }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const row = Number.parseInt(input.value, 10);
    if (!Number.isInteger(row) || row < 1) return;
    const wanted = Math.min(row, rowCount) - 1;
    onPage(Math.floor(wanted / PAGE_ROWS) * PAGE_ROWS, wanted);
  });
  return form;
}
