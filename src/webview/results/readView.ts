/**
 * "What was read", above a results table: each column of the selection and what it was read
 * as (a quantity with its unit, a dimension, the export's own KPI, or left out and why), with
 * "Use as…" on every column of numbers. Open when something was left out or assumed, so the
 * first look shows what needs the user; folded otherwise.
 */
import * as l10n from '@vscode/l10n';
import type { ViewReadLine, ViewTable } from '../../results/protocol';
import { element } from './dom';

export function readSection(table: ViewTable, onUseAs: (column: number) => void): HTMLElement | undefined {
  if (table.read.length === 0) return undefined;
  const details = element('details', { className: 'read' });
  const attention = table.read.filter((line) => line.role === 'unused' || line.note !== undefined).length;
  details.open = attention > 0;
  const used = table.read.filter((line) => line.role === 'input' || line.role === 'reported').length;
  const summary = element('summary', {
    text:
      attention > 0
        ? l10n.t('What was read: {0} of {1} columns used, {2} to look at', used, table.read.length, attention)
        : l10n.t('What was read: {0} of {1} columns used', used, table.read.length),
  });
  const list = element('table', {
    className: 'read-lines',
    attributes: { 'aria-label': l10n.t('What each column was read as') },
  });
  const body = element('tbody');
  body.append(...table.read.map((line) => lineRow(line, table.canMap, onUseAs)));
  list.append(body);
  details.append(summary, list);
  return details;
}

function lineRow(line: ViewReadLine, canMap: boolean, onUseAs: (column: number) => void): HTMLTableRowElement {
  const row = element('tr', { className: `role-${line.role}` });
  row.dataset.column = String(line.column);
  const name = element('th', { text: line.name, attributes: { scope: 'row' } });
  const meaning = element('td', { className: 'meaning' });
  meaning.append(element('span', { text: line.text }));
  if (line.mapped) meaning.append(element('span', { className: 'badge', text: l10n.t('your mapping') }));
  if (line.note !== undefined) meaning.append(element('div', { className: 'note', text: line.note }));
  const action = element('td', { className: 'action' });
  if (canMap && line.canMap) {
    // "Use as…" where the column is left out; "Change…" where it was read, to give it another reading.
    const unused = line.role === 'unused';
    // A name that holds the visible text (WCAG 2.5.3), so "Change…" can be said to speech input too.
    const button = element('button', {
      text: unused ? l10n.t('Use as…') : l10n.t('Change…'),
      className: unused ? '' : 'secondary',
      attributes: {
        'aria-label': unused ? l10n.t('Use as… (column {0})', line.name) : l10n.t('Change… (column {0})', line.name),
      },
    });
    button.addEventListener('click', () => onUseAs(line.column));
    action.append(button);
  }
  row.append(name, meaning, action);
  return row;
}
