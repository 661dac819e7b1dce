import * as l10n from '@vscode/l10n';
import type { FieldMessage, InitMessage, MetricInfo, ResultMessage, VariantInfo } from '../../calculator/protocol';
import { button, el, fill } from './dom';
import { FieldsView, type FieldsHandlers } from './fieldsView';
import { InfoView } from './infoView';

export interface CalcHandlers extends FieldsHandlers {
  onMetric(metricId: string): void;
  onVariant(variant: string): void;
  onExample(): void;
  onCopy(text: string): void;
  onInsert(text: string): void;
  onClear(): void;
}

/** The calculator tab: metric and variant pickers, the fields, the result and the metric's story. */
export class CalcView {
  readonly root = el('div', { class: 'calc' });
  private readonly picker = el('select', { attrs: { id: 'metric-picker' } });
  private readonly title = el('h2', { attrs: { id: 'metric-title' } });
  private readonly formula = el('code', { attrs: { id: 'formula' } });
  private readonly variantRow = el('div', { class: 'row variant-row' });
  private readonly variantPicker = el('select', { attrs: { id: 'variant-picker' } });
  private readonly fields: FieldsView;
  private readonly resultLabel = el('span', { class: 'result-label', attrs: { id: 'result-label' } });
  private readonly resultValue = el('output', {
    class: 'result-value',
    attrs: { id: 'result-value', 'aria-labelledby': 'result-label' },
  });
  private readonly resultFormula = el('p', { class: 'result-formula', attrs: { id: 'result-formula' } });
  private readonly status = el('p', { class: 'status', attrs: { id: 'result-status' } });
  private readonly error = el('p', { class: 'error', attrs: { id: 'calc-error', role: 'alert' } });
  private readonly notice = el('p', { class: 'notice', attrs: { id: 'notice', role: 'status' } });
  private readonly exampleButton: HTMLButtonElement;
  private readonly copyButton: HTMLButtonElement;
  private readonly insertButton: HTMLButtonElement;
  private readonly info: InfoView;
  private resultText = '';
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly handlers: CalcHandlers) {
    this.fields = new FieldsView(handlers);
    this.info = new InfoView(handlers.onMetric);
    this.picker.addEventListener('change', () => handlers.onMetric(this.picker.value));
    this.variantPicker.addEventListener('change', () => handlers.onVariant(this.variantPicker.value));
    this.exampleButton = button(l10n.t('Load example'), () => handlers.onExample(), {
      attrs: { id: 'load-example' },
    });
    this.copyButton = button(l10n.t('Copy result'), () => handlers.onCopy(this.resultText), {
      attrs: { id: 'copy-result' },
    });
    this.insertButton = button(l10n.t('Insert at cursor'), () => handlers.onInsert(this.resultText), {
      attrs: { id: 'insert-result' },
    });
    const clear = button(l10n.t('Clear fields'), () => handlers.onClear(), {
      class: 'secondary',
      attrs: { id: 'clear-fields' },
    });
    fill(this.variantRow, [
      el('label', { text: l10n.t('Formula variant'), attrs: { for: 'variant-picker' } }),
      this.variantPicker,
    ]);
    const result = el('div', { class: 'result', attrs: { 'aria-live': 'polite' } }, [
      el('div', { class: 'result-line' }, [this.resultLabel, this.resultValue]),
      this.resultFormula,
      this.status,
    ]);
    const form = el('section', { class: 'form', attrs: { 'aria-labelledby': 'metric-title' } }, [
      el('div', { class: 'row' }, [
        el('label', { text: l10n.t('Metric'), attrs: { for: 'metric-picker' } }),
        this.picker,
      ]),
      this.title,
      el('p', { class: 'formula' }, [this.formula]),
      this.variantRow,
      this.fields.root,
      result,
      this.error,
      el('div', { class: 'actions' }, [this.exampleButton, this.copyButton, this.insertButton, clear]),
      this.notice,
    ]);
    fill(this.root, [form, this.info.root]);
  }

  /** The metric list, grouped by category; metrics in no category come last. */
  setMetrics(init: InitMessage): void {
    const groups = init.categories.map((category) => {
      const group = el('optgroup', { attrs: { label: category.name } });
      for (const metric of init.metrics.filter((m) => m.category === category.id)) group.append(option(metric));
      return group;
    });
    const loose = init.metrics.filter((m) => !init.categories.some((c) => c.id === m.category));
    if (loose.length > 0) groups.push(el('optgroup', { attrs: { label: l10n.t('Other') } }, loose.map(option)));
    fill(
      this.picker,
      groups.filter((g) => g.childElementCount > 0),
    );
  }

  render(metric: MetricInfo, variant: VariantInfo, values: Readonly<Record<string, string>>, solveFor: string): void {
    this.picker.value = metric.id;
    this.title.textContent = metric.title;
    this.formula.textContent = variant.formula;
    this.variantRow.hidden = metric.variants.length < 2;
    fill(
      this.variantPicker,
      metric.variants.map((v) => el('option', { text: `${v.label}: ${v.formula}`, attrs: { value: v.id } })),
    );
    this.variantPicker.value = variant.id;
    this.fields.render([metric.field, ...variant.inputs], values, solveFor);
    this.exampleButton.disabled = !metric.hasExample;
    this.info.render(metric);
    this.clearResult(
      metric,
      solveFor,
      [metric.field, ...variant.inputs].find((f) => f.id === solveFor)?.label ?? solveFor,
    );
  }

  setSolveFor(label: string, metric: MetricInfo, solveFor: string, values: Readonly<Record<string, string>>): void {
    this.fields.setSolveFor(solveFor, values);
    this.clearResult(metric, solveFor, label);
  }

  showResult(result: ResultMessage, labelOf: (field: string) => string): void {
    const general = this.fields.showProblems(result.problems, result.notes);
    this.resultText = result.ok ? (result.text ?? '') : '';
    this.resultValue.textContent = this.resultText || '—';
    this.resultFormula.textContent = result.ok ? (result.formula ?? '') : '';
    this.fields.showSolved(result.field, this.resultText);
    this.status.textContent =
      result.missing.length > 0
        ? l10n.t('Enter {0} to compute {1}.', listOf(result.missing.map(labelOf)), labelOf(result.field))
        : '';
    this.error.textContent = general.map((p: FieldMessage) => p.message).join(' ');
    this.copyButton.disabled = !this.resultText;
    this.insertButton.disabled = !this.resultText;
  }

  showNotice(text: string): void {
    this.notice.textContent = text;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice.textContent = ''), 4000);
  }

  focusField(field: string): void {
    this.fields.focus(field);
  }

  focusPicker(): void {
    this.picker.focus();
  }

  private clearResult(metric: MetricInfo, solveFor: string, label: string): void {
    this.resultLabel.textContent = solveFor === metric.id ? (metric.abbreviation ?? metric.name) : label;
    this.resultValue.textContent = '—';
    this.resultFormula.textContent = '';
    this.status.textContent = '';
    this.error.textContent = '';
    this.resultText = '';
    this.copyButton.disabled = true;
    this.insertButton.disabled = true;
  }
}

function option(metric: MetricInfo): HTMLOptionElement {
  return el('option', { text: metric.title, attrs: { value: metric.id } });
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return l10n.t('{0} and {1}', items.slice(0, -1).join(', '), items[items.length - 1]!);
}
