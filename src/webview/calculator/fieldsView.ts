import * as l10n from '@vscode/l10n';
import type { FieldInfo, FieldMessage } from '../../calculator/protocol';
import { el, fieldDomId, fill } from './dom';

export interface FieldsHandlers {
  onSolveFor(field: string): void;
  onValue(field: string, text: string): void;
  /** Enter in a field: compute now (never anything destructive). */
  onEnter(): void;
}

interface FieldRow {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  readonly note: HTMLElement;
  readonly badge: HTMLElement;
}

/**
 * The "Solve for" radio group and one labelled input per field (the metric and each input).
 * The field being solved is read-only and shows the solved value; the others are typed.
 */
export class FieldsView {
  readonly root = el('div', { class: 'fields-area' });
  private rows = new Map<string, FieldRow>();
  private radios = new Map<string, HTMLInputElement>();

  constructor(private readonly handlers: FieldsHandlers) {}

  render(fields: readonly FieldInfo[], values: Readonly<Record<string, string>>, solveFor: string): void {
    this.rows = new Map();
    this.radios = new Map();
    const legend = el('legend', { text: l10n.t('Solve for') });
    const radios = fields.map((field) => this.radio(field));
    const solve = el('fieldset', { class: 'solve-for' }, [legend, ...radios]);
    const inputs = el(
      'div',
      { class: 'fields' },
      fields.map((field) => this.row(field)),
    );
    fill(this.root, [solve, inputs]);
    this.setSolveFor(solveFor, values);
  }

  /** Marks `solveFor` as the unknown: read-only and empty until a result arrives. */
  setSolveFor(solveFor: string, values: Readonly<Record<string, string>>): void {
    for (const [field, row] of this.rows) {
      const solved = field === solveFor;
      row.input.readOnly = solved;
      row.input.classList.toggle('solved', solved);
      row.input.value = solved ? '' : Object.hasOwn(values, field) ? (values[field] ?? '') : '';
      row.input.placeholder = solved ? l10n.t('solved from the other fields') : '';
      row.badge.textContent = solved ? ` (${l10n.t('solved')})` : '';
      const radio = this.radios.get(field);
      if (radio) radio.checked = solved;
    }
    this.showProblems([], []);
  }

  showSolved(field: string, text: string): void {
    const row = this.rows.get(field);
    if (row?.input.readOnly) row.input.value = text;
  }

  /** Shows each problem under its field; returns those that name no field shown here. */
  showProblems(problems: readonly FieldMessage[], notes: readonly FieldMessage[]): FieldMessage[] {
    const general: FieldMessage[] = [];
    for (const row of this.rows.values()) {
      row.error.textContent = '';
      row.note.textContent = '';
      row.input.removeAttribute('aria-invalid');
    }
    for (const problem of problems) {
      const row = problem.field !== undefined ? this.rows.get(problem.field) : undefined;
      if (!row) {
        general.push(problem);
        continue;
      }
      row.error.textContent = row.error.textContent ? `${row.error.textContent} ${problem.message}` : problem.message;
      row.input.setAttribute('aria-invalid', 'true');
    }
    for (const note of notes) {
      const row = note.field !== undefined ? this.rows.get(note.field) : undefined;
      if (row) row.note.textContent = note.message;
    }
    return general;
  }

  focus(field: string): void {
    this.rows.get(field)?.input.focus();
  }

  private radio(field: FieldInfo): HTMLElement {
    const id = fieldDomId('s', field.id);
    const input = el('input', { attrs: { type: 'radio', name: 'solve-for', id, value: field.id } });
    input.addEventListener('change', () => {
      if (input.checked) this.handlers.onSolveFor(field.id);
    });
    this.radios.set(field.id, input);
    return el('div', { class: 'radio' }, [input, el('label', { text: field.label, attrs: { for: id } })]);
  }

  private row(field: FieldInfo): HTMLElement {
    const id = fieldDomId('f', field.id);
    const unitId = fieldDomId('u', field.id);
    const errorId = fieldDomId('e', field.id);
    const noteId = fieldDomId('n', field.id);
    const badge = el('span', { class: 'badge' });
    const label = el('label', { attrs: { for: id } }, [document.createTextNode(field.label), badge]);
    const input = el('input', {
      attrs: {
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        'data-field': field.id,
        'aria-describedby': `${unitId} ${errorId} ${noteId}`,
      },
    });
    input.addEventListener('input', () => this.handlers.onValue(field.id, input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.handlers.onEnter();
      }
    });
    const unit = el('span', { class: 'unit', text: field.unitLabel, attrs: { id: unitId } });
    const error = el('p', { class: 'field-error', attrs: { id: errorId, role: 'alert' } });
    const note = el('p', { class: 'field-note', attrs: { id: noteId, 'aria-live': 'polite' } });
    this.rows.set(field.id, { input, error, note, badge });
    return el('div', { class: 'field' }, [el('div', { class: 'field-head' }, [label, unit]), input, error, note]);
  }
}
