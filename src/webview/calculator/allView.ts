import * as l10n from '@vscode/l10n';
import type { ComputeAllResultMessage } from '../../calculator/protocol';
import { button, el, fill } from './dom';

export interface AllHandlers {
  onText(text: string): void;
  onCopy(text: string): void;
  onInsert(text: string): void;
}

/** The example typed in the box: names the core reads in the language shown (German exports say Klicks). */
const PLACEHOLDER = l10n.t('clicks: 120\nimpressions: 4000\ncost: 500\nconversions: 6');

/** Compute-all mode: whatever quantities the user has, one per line → every KPI they determine. */
export class AllView {
  readonly root = el('div', { class: 'all' });
  private readonly input = el('textarea', {
    attrs: {
      id: 'all-input',
      rows: '8',
      spellcheck: 'false',
      autocomplete: 'off',
      maxlength: '100000',
      'aria-describedby': 'all-help all-problems',
    },
  });
  private readonly problems = el('ul', { class: 'problems', attrs: { id: 'all-problems', role: 'alert' } });
  private readonly summary = el('p', { class: 'status', attrs: { id: 'all-summary', 'aria-live': 'polite' } });
  private readonly table = el('table', { class: 'results', attrs: { id: 'all-results' } });
  private readonly readAs = el('div', { class: 'read-as' });
  private readonly copyButton: HTMLButtonElement;
  private readonly insertButton: HTMLButtonElement;
  private tableText = '';

  constructor(
    handlers: AllHandlers,
    private readonly locale: () => string,
  ) {
    this.input.placeholder = PLACEHOLDER;
    this.input.addEventListener('input', () => handlers.onText(this.input.value));
    this.copyButton = button(l10n.t('Copy results'), () => handlers.onCopy(this.tableText), {
      attrs: { id: 'copy-all' },
    });
    this.insertButton = button(l10n.t('Insert at cursor'), () => handlers.onInsert(this.tableText), {
      attrs: { id: 'insert-all' },
    });
    const help = el('p', { class: 'help', attrs: { id: 'all-help' } });
    // One sentence for the translator; the code sample is put in where {0} stands.
    const [before, after] = l10n
      .t(
        'One quantity per line as {0} (names and aliases as in your exports: spend, impr, cost_micros…). Every KPI they determine is listed below.',
      )
      .split('{0}');
    help.append(before ?? '', el('code', { text: l10n.t('name: value') }), after ?? '');
    fill(this.root, [
      el('label', { text: l10n.t('Quantities you have'), attrs: { for: 'all-input' } }),
      help,
      this.input,
      this.problems,
      this.summary,
      this.table,
      this.readAs,
      el('div', { class: 'actions' }, [this.copyButton, this.insertButton]),
    ]);
    this.show(undefined, []);
  }

  setText(text: string): void {
    this.input.value = text;
  }

  focus(): void {
    this.input.focus();
  }

  /** The line problems found in the webview plus the extension's answer (undefined: nothing typed). */
  show(result: ComputeAllResultMessage | undefined, lineProblems: readonly string[]): void {
    const problems = [
      ...lineProblems,
      ...(result?.problems ?? []).map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)),
    ];
    fill(
      this.problems,
      problems.map((text) => el('li', { text })),
    );
    const results = result?.results ?? [];
    this.summary.textContent =
      result === undefined
        ? l10n.t('Numbers are read as {0} writes them ({1}).', this.locale(), sample(this.locale()))
        : results.length === 0
          ? l10n.t(
              'These quantities determine no KPI yet: add the others a formula needs (e.g. clicks and impressions for CTR).',
            )
          : results.length === 1
            ? l10n.t('1 KPI from these quantities:')
            : l10n.t('{0} KPIs from these quantities:', results.length);
    this.table.hidden = results.length === 0;
    fill(this.table, [
      el('thead', {}, [
        el(
          'tr',
          {},
          [l10n.t('Metric'), l10n.t('Value'), l10n.t('Formula')].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el(
        'tbody',
        {},
        results.map((r) =>
          el('tr', { attrs: { 'data-metric': r.id } }, [
            el('th', { text: r.title, attrs: { scope: 'row' } }),
            el('td', { class: 'value', text: r.text }),
            el('td', {}, [el('code', { text: r.formula })]),
          ]),
        ),
      ),
    ]);
    this.showReadAs(result);
    this.tableText = results.map((r) => `${r.title}: ${r.text}`).join('\n');
    this.copyButton.disabled = !this.tableText;
    this.insertButton.disabled = !this.tableText;
  }

  private showReadAs(result: ComputeAllResultMessage | undefined): void {
    const parts: Node[] = [];
    if (result && result.inputs.length > 0) {
      parts.push(
        el('h3', { text: l10n.t('Read as') }),
        el(
          'ul',
          {},
          result.inputs.map((i) => el('li', { text: `${i.field} → ${i.name}` })),
        ),
      );
    }
    if (result && result.unmatched.length > 0) {
      parts.push(
        el('h3', { text: l10n.t('Not recognised') }),
        el(
          'ul',
          { attrs: { id: 'all-unmatched' } },
          result.unmatched.map((u) => el('li', { text: u })),
        ),
      );
    }
    fill(this.readAs, parts);
  }
}

function sample(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(1234.5);
  } catch {
    return '1,234.5';
  }
}
