/**
 * The charts of a report: each KPI's SVG tree (src/results/report/chart.ts) built into DOM nodes
 * with createElementNS and textContent, never parsed from text, with its title and
 * description for screen readers and a "Copy SVG" button.
 */
import { chartNode, type ChartData, type SvgNode } from '../../results/report/chart';
import { element } from './dom';

const SVG = 'http://www.w3.org/2000/svg';

export function chartsSection(
  charts: readonly ChartData[],
  idPrefix: string,
  onCopy: (metric: string) => void,
): HTMLElement | undefined {
  if (charts.length === 0) return undefined;
  const details = element('details', { className: 'charts' });
  details.open = true;
  details.append(element('summary', { text: `Charts (${charts.length})` }));
  const grid = element('div', { className: 'chart-grid' });
  grid.append(
    ...charts.map((chart) => {
      const figure = element('figure', { className: 'chart' });
      figure.dataset.metric = chart.metric;
      const caption = element('figcaption');
      const copy = element('button', {
        text: 'Copy SVG',
        className: 'secondary',
        attributes: { type: 'button', 'aria-label': `Copy the chart ${chart.title} as SVG` },
      });
      copy.addEventListener('click', () => onCopy(chart.metric));
      caption.append(element('span', { text: chart.title }), copy);
      figure.append(caption, svgElement(chartNode(chart, `${idPrefix}-${chart.metric}`)));
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
