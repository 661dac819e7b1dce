/**
 * The charts of a report: each KPI's SVG tree (src/results/report/chart.ts) built into DOM nodes
 * with createElementNS and textContent, never parsed from text, with its title and
 * description for screen readers, a "Copy SVG" button and a "Save…" button (PNG or SVG).
 */
import * as l10n from '@vscode/l10n';
import { chartNode, type ChartData, type SvgNode } from '../../results/report/chart';
import { element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

/** What a chart's buttons ask of the page: its SVG copied, or the chart as shown saved. */
export interface ChartActions {
  copy(metric: string): void;
  save(metric: string, svg: SVGSVGElement, title: string): void;
}

export function chartsSection(
  charts: readonly ChartData[],
  idPrefix: string,
  on: ChartActions,
): HTMLElement | undefined {
  if (charts.length === 0) return undefined;
  const details = element('details', { className: 'charts' });
  details.open = true;
  details.append(element('summary', { text: l10n.t('Charts ({0})', charts.length) }));
  const grid = element('div', { className: 'chart-grid' });
  grid.append(
    ...charts.map((chart) => {
      const figure = element('figure', { className: 'chart' });
      figure.dataset.metric = chart.metric;
      const caption = element('figcaption');
      const copy = element('button', {
        text: l10n.t('Copy SVG'),
        className: 'secondary',
        // The visible "Copy SVG" first in the name (WCAG 2.5.3): what speech input users say.
        attributes: { type: 'button', 'aria-label': l10n.t('Copy SVG of the chart {0}', chart.title) },
      });
      copy.addEventListener('click', () => on.copy(chart.metric));
      const save = element('button', {
        text: l10n.t('Save…'),
        className: 'secondary',
        attributes: { type: 'button', 'aria-label': l10n.t('Save the chart {0} as PNG or SVG', chart.title) },
      });
      const svg = svgElement(chartNode(chart, `${idPrefix}-${chart.metric}`)) as SVGSVGElement;
      save.addEventListener('click', () => on.save(chart.metric, svg, chart.title));
      caption.append(element('span', { text: chart.title }), copy, save);
      figure.append(caption, svg);
      if (chart.note) figure.append(element('p', { className: 'chart-note', text: chart.note }));
      return figure;
    }),
  );
  details.append(grid);
  return details;
}

function svgElement(node: SvgNode): SVGElement {
  const svg = document.createElementNS(SVG, node.tag);
  for (const [name, value] of Object.entries(node.attributes)) svg.setAttribute(name, value);
  if (node.text !== undefined) svg.textContent = node.text;
  for (const child of node.children ?? []) svg.append(svgElement(child));
  return svg;
}
