import * as l10n from '@vscode/l10n';
import type { MetricInfo } from '../../calculator/protocol';
import { button, el, fill } from './dom';

/** What the metric means: description, direction, cautions and related metrics (as buttons). */
export class InfoView {
  readonly root = el('section', { class: 'info', attrs: { 'aria-labelledby': 'about-heading' } });

  constructor(private readonly onRelated: (metricId: string) => void) {}

  render(metric: MetricInfo): void {
    const children: Node[] = [
      el('h3', { text: l10n.t('About'), attrs: { id: 'about-heading' } }),
      el('p', { class: 'description', text: metric.description, attrs: { id: 'metric-description' } }),
      el('p', { class: 'direction', text: metric.direction }),
    ];
    if (metric.cautions.length > 0) {
      children.push(
        el('h3', { text: l10n.t('Cautions') }),
        el(
          'ul',
          { class: 'cautions' },
          metric.cautions.map((c) => el('li', { text: c })),
        ),
      );
    }
    if (metric.related.length > 0) {
      children.push(
        el('h3', { text: l10n.t('Related metrics'), attrs: { id: 'related-heading' } }),
        el(
          'ul',
          { class: 'related', attrs: { 'aria-labelledby': 'related-heading' } },
          metric.related.map((r) =>
            el('li', {}, [
              button(r.title, () => this.onRelated(r.id), { class: 'link', attrs: { 'data-metric': r.id } }),
            ]),
          ),
        ),
      );
    }
    fill(this.root, children);
  }
}
