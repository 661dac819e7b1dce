/**
 * A chart per KPI, drawn as SVG we write ourselves rather than with a charting library: there
 * are two shapes only (bars by group, a line over periods), so a dependency would add weight and
 * its own styling for little; a plain tree of SVG nodes can be tested as text; and its colours
 * come from classes the page styles with VS Code's theme variables (--vscode-charts-*,
 * --vscode-foreground), so it reads in light, dark and high contrast like the rest of the view.
 * The same tree is built into DOM nodes by the view (no HTML parsing) and written as text for
 * "Copy SVG". No `vscode` import, no DOM.
 */
import * as l10n from '@vscode/l10n';

export interface ChartPoint {
  readonly label: string;
  readonly value: number;
  /** The value as the table shows it. */
  readonly text: string;
}

export interface ChartData {
  readonly metric: string;
  /** "CPL by Campaign name" */
  readonly title: string;
  readonly kind: 'bars' | 'line';
  readonly points: ChartPoint[];
  /** "The 20 largest of 35 groups." */
  readonly note?: string;
}

export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly SvgNode[];
}

export const CHART_WIDTH = 480;
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 90;
const LINE_HEIGHT = 200;
const LABEL_CHARS = 24;
/** Points listed in the text alternative; a longer line is summed up. */
const DESCRIBED_POINTS = 60;

/** The chart's SVG tree. `id` makes its title and description ids unique in the page. */
export function chartNode(chart: ChartData, id: string): SvgNode {
  const points = chart.points.filter((p) => Number.isFinite(p.value));
  const body = chart.kind === 'bars' ? bars(points) : line(points);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return node(
    'svg',
    {
      class: `chart chart-${chart.kind}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      width: String(CHART_WIDTH),
      height: String(body.height),
      viewBox: `0 0 ${CHART_WIDTH} ${body.height}`,
    },
    [
      node('title', { id: titleId }, [], chart.title),
      node('desc', { id: descId }, [], describe(chart, points)),
      ...body.nodes,
    ],
  );
}

/** "CPL by campaign: Lead Gen 23.00 USD; Retargeting 36.00 USD." */
function describe(chart: ChartData, points: readonly ChartPoint[]): string {
  if (points.length === 0) return l10n.t('{0}: no values.', chart.title);
  const listed = points
    .slice(0, DESCRIBED_POINTS)
    .map((p) => `${p.label} ${p.text}`)
    .join('; ');
  const more = points.length > DESCRIBED_POINTS ? l10n.t('; and {0} more', points.length - DESCRIBED_POINTS) : '';
  return `${chart.title}: ${listed}${more}.${chart.note ? ` ${chart.note}` : ''}`;
}

/** Horizontal bars, one per group: long campaign names stay readable on the left. */
function bars(points: readonly ChartPoint[]): { height: number; nodes: SvgNode[] } {
  const largest = Math.max(0, ...points.map((p) => p.value));
  const room = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const nodes = points.flatMap((p, i) => {
    const y = 4 + i * BAR_HEIGHT;
    const width = largest > 0 && p.value > 0 ? (p.value / largest) * room : 0;
    return [
      node(
        'text',
        { class: 'chart-label', x: String(LABEL_WIDTH - 6), y: fixed(y + 15), 'text-anchor': 'end' },
        [],
        shortened(p.label),
      ),
      node('rect', {
        class: 'chart-bar',
        x: String(LABEL_WIDTH),
        y: fixed(y + 3),
        width: fixed(width),
        height: String(BAR_HEIGHT - 6),
      }),
      node('text', { class: 'chart-value', x: fixed(LABEL_WIDTH + width + 4), y: fixed(y + 15) }, [], p.text),
    ];
  });
  return {
    height: 8 + points.length * BAR_HEIGHT,
    nodes: [
      node('line', {
        class: 'chart-axis',
        x1: String(LABEL_WIDTH),
        y1: '2',
        x2: String(LABEL_WIDTH),
        y2: String(6 + points.length * BAR_HEIGHT),
      }),
      ...nodes,
    ],
  };
}

/** A line over periods, with its first and last period and its lowest and highest value labelled. */
function line(points: readonly ChartPoint[]): { height: number; nodes: SvgNode[] } {
  const left = 80;
  const right = CHART_WIDTH - 16;
  const top = 12;
  const bottom = LINE_HEIGHT - 28;
  if (points.length === 0) return { height: LINE_HEIGHT, nodes: [] };
  const values = points.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (i: number) =>
    points.length === 1 ? (left + right) / 2 : left + (i / (points.length - 1)) * (right - left);
  const y = (v: number) => (high === low ? (top + bottom) / 2 : bottom - ((v - low) / (high - low)) * (bottom - top));
  const lowest = points[values.indexOf(low)]!;
  const highest = points[values.indexOf(high)]!;
  const nodes: SvgNode[] = [
    node('line', { class: 'chart-axis', x1: String(left), y1: String(bottom), x2: String(right), y2: String(bottom) }),
    node('line', { class: 'chart-axis', x1: String(left), y1: String(top), x2: String(left), y2: String(bottom) }),
    node(
      'text',
      { class: 'chart-value', x: String(left - 6), y: fixed(y(high) + 4), 'text-anchor': 'end' },
      [],
      highest.text,
    ),
    ...(high !== low
      ? [
          node(
            'text',
            { class: 'chart-value', x: String(left - 6), y: fixed(y(low) + 4), 'text-anchor': 'end' },
            [],
            lowest.text,
          ),
        ]
      : []),
    node(
      'text',
      {
        class: 'chart-label',
        x: fixed(x(0)),
        y: String(bottom + 18),
        'text-anchor': points.length === 1 ? 'middle' : 'start',
      },
      [],
      shortened(points[0]!.label),
    ),
    ...(points.length > 1
      ? [
          node(
            'text',
            { class: 'chart-label', x: fixed(x(points.length - 1)), y: String(bottom + 18), 'text-anchor': 'end' },
            [],
            shortened(points[points.length - 1]!.label),
          ),
        ]
      : []),
    node('polyline', {
      class: 'chart-line',
      points: points.map((p, i) => `${fixed(x(i))},${fixed(y(p.value))}`).join(' '),
    }),
    ...points.map((p, i) =>
      node('circle', { class: 'chart-point', cx: fixed(x(i)), cy: fixed(y(p.value)), r: '3' }, [
        node('title', {}, [], `${p.label}: ${p.text}`),
      ]),
    ),
  ];
  return { height: LINE_HEIGHT, nodes };
}

function node(
  tag: string,
  attributes: Record<string, string>,
  children: readonly SvgNode[] = [],
  text?: string,
): SvgNode {
  return { tag, attributes, ...(children.length > 0 ? { children } : {}), ...(text !== undefined ? { text } : {}) };
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function shortened(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

/**
 * Colours of a chart saved on its own, where VS Code's variables do not exist: each variable's
 * fallback is the Dark Modern/Light Modern blue and a neutral grey, readable on either.
 */
const STANDALONE_RULES: ReadonlyArray<readonly [string, Readonly<Record<string, string>>]> = [
  ['.chart-bar, .chart-point', { fill: 'var(--vscode-charts-blue, #3794ff)' }],
  ['.chart-line', { fill: 'none', stroke: 'var(--vscode-charts-blue, #3794ff)', 'stroke-width': '2' }],
  ['.chart-axis', { stroke: 'var(--vscode-charts-lines, #808080)' }],
  ['.chart-label, .chart-value', { fill: 'var(--vscode-foreground, #616161)', font: '12px sans-serif' }],
];
/** The rules as CSS text: "selector { property: value; … }", one after another. */
const STANDALONE_STYLE = STANDALONE_RULES.map(
  ([selector, declarations]) =>
    `${selector} { ${Object.entries(declarations)
      .map(([property, value]) => `${property}: ${value};`)
      .join(' ')} }`,
).join(' ');

/** The tree as SVG text; `standalone` adds the namespace and the colours a file needs. */
export function svgText(root: SvgNode, standalone = true): string {
  const write = (n: SvgNode, extra: readonly SvgNode[] = []): string => {
    const attributes = Object.entries(n.attributes)
      .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
      .join('');
    const inner = [
      ...extra.map((e) => write(e)),
      ...(n.text !== undefined ? [escapeXml(n.text)] : []),
      ...(n.children ?? []).map((c) => write(c)),
    ].join('');
    return `<${n.tag}${attributes}>${inner}</${n.tag}>`;
  };
  if (!standalone) return write(root);
  const withNamespace = { ...root, attributes: { xmlns: 'http://www.w3.org/2000/svg', ...root.attributes } };
  return `${write(withNamespace, [node('style', {}, [], STANDALONE_STYLE)])}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
