import * as l10n from '@vscode/l10n';
import { el } from './dom';

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly panel: HTMLElement;
}

/**
 * An ARIA tab list: the selected tab is in the tab order, ←/→/Home/End move between tabs, and
 * each panel is labelled by its tab.
 */
export class Tabs {
  readonly root = el('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': l10n.t('Calculator mode') } });
  private readonly buttons: HTMLButtonElement[];

  constructor(
    private readonly specs: readonly TabSpec[],
    private readonly onSelect: (id: string) => void,
  ) {
    this.buttons = specs.map((spec) => {
      const tab = el('button', {
        class: 'tab',
        text: spec.label,
        attrs: { type: 'button', role: 'tab', id: `tab-${spec.id}`, 'aria-controls': `panel-${spec.id}` },
      });
      spec.panel.id = `panel-${spec.id}`;
      spec.panel.setAttribute('role', 'tabpanel');
      spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
      tab.addEventListener('click', () => this.choose(spec.id));
      tab.addEventListener('keydown', (event) => this.onKey(event));
      this.root.append(tab);
      return tab;
    });
  }

  /** Shows a tab without telling the listener (for restoring state). */
  select(id: string): void {
    this.specs.forEach((spec, i) => {
      const selected = spec.id === id;
      const tab = this.buttons[i]!;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      spec.panel.hidden = !selected;
    });
  }

  private choose(id: string): void {
    this.select(id);
    this.onSelect(id);
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.buttons.findIndex((b) => b === event.currentTarget);
    const last = this.buttons.length - 1;
    const moves: Readonly<Record<string, number>> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: last,
    };
    if (!Object.hasOwn(moves, event.key)) return;
    const next = moves[event.key]!;
    event.preventDefault();
    const index = (next + this.buttons.length) % this.buttons.length;
    this.choose(this.specs[index]!.id);
    this.buttons[index]!.focus();
  }
}
