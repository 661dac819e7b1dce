// The charts of a report (src/results/report/chart.ts, reportView.ts chartOf): a bar per
// outermost group or a line over periods, a title and a description that read the values, no
// NaN anywhere, theme colours by class, and a standalone SVG that escapes names.
import assert from 'node:assert/strict';
import { chartNode, svgText, type ChartData } from '../../../src/results/report/chart';
import { chartOf, viewReportOf } from '../../../src/results/report/reportView';
import { formatter, sampleReport } from './reportFixture';

const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

describe('report charts', () => {
  it('bars by campaign: one bar per campaign, a title and a description with the values', async () => {
    const table = await sampleReport({ groupBy: ['Campaign name'], period: 'month' });
    const chart = chartOf(
      table,
      table.columns.find((c) => c.id === 'cpl')!,
      formatter,
    );
    assert.equal(chart.kind, 'bars');
    const svg = svgText(chartNode(chart, 'cpl'));
    assert.equal(count(svg, 'rect'), 2);
    assert.match(svg, /<title id="cpl-title">CPL by Campaign name<\/title>/);
    assert.match(
      svg,
      /<desc id="cpl-desc">CPL by Campaign name: Lead Gen - Webinar \$23\.00; Retargeting, &quot;Cart&quot; 7d \$36\.00\.<\/desc>/,
    );
    assert.match(svg, /role="img" aria-labelledby="cpl-title cpl-desc"/);
    assert.doesNotMatch(svg, /NaN|Infinity|undefined/);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('no empty chart: a KPI no group has a value of (frequency, reach not additive) keeps its column, not a chart', async () => {
    const table = await sampleReport({ groupBy: ['Campaign name'], period: 'month' });
    const view = viewReportOf(table, formatter);
    assert.ok(
      view.columns.some((c) => c.metric === 'frequency'),
      'the column stays, each cell saying why',
    );
    assert.ok(!view.charts.some((c) => c.metric === 'frequency'));
    assert.ok(view.charts.some((c) => c.metric === 'cpl'));
    assert.ok(view.charts.every((c) => c.points.length > 0));
  });

  it('a line over the periods when the outermost level is a period', async () => {
    const table = await sampleReport({ groupBy: [], period: 'month' });
    const chart = chartOf(
      table,
      table.columns.find((c) => c.id === 'ctr')!,
      formatter,
    );
    assert.equal(chart.kind, 'line');
    assert.deepEqual(
      chart.points.map((p) => p.label),
      ['2024-02', '2024-03'],
    );
    const svg = svgText(chartNode(chart, 'ctr'));
    assert.equal(count(svg, 'polyline'), 1);
    assert.equal(count(svg, 'circle'), 2);
    assert.doesNotMatch(svg, /NaN|Infinity/);
  });

  const cases: [string, ChartData, number][] = [
    ['no values', { metric: 'ctr', title: 'CTR by campaign', kind: 'bars', points: [] }, 0],
    [
      'all zero',
      {
        metric: 'ctr',
        title: 'CTR',
        kind: 'bars',
        points: [
          { label: 'A', value: 0, text: '0%' },
          { label: 'B', value: 0, text: '0%' },
        ],
      },
      2,
    ],
    [
      'a value that is not finite is left out',
      {
        metric: 'roas',
        title: 'ROAS',
        kind: 'bars',
        points: [
          { label: 'A', value: NaN, text: '' },
          { label: 'B', value: 2, text: '2.00' },
        ],
      },
      1,
    ],
    [
      'one period',
      { metric: 'ctr', title: 'CTR', kind: 'line', points: [{ label: '2024-02', value: 0.02, text: '2%' }] },
      1,
    ],
    [
      'a flat line',
      {
        metric: 'ctr',
        title: 'CTR',
        kind: 'line',
        points: [
          { label: 'a', value: 1, text: '1' },
          { label: 'b', value: 1, text: '1' },
        ],
      },
      2,
    ],
  ];
  for (const [name, chart, marks] of cases) {
    it(`${name}: ${marks} mark(s), no NaN`, () => {
      const svg = svgText(chartNode(chart, 'x'));
      assert.equal(count(svg, chart.kind === 'bars' ? 'rect' : 'circle'), marks);
      assert.doesNotMatch(svg, /NaN|Infinity/);
      assert.match(svg, /<title id="x-title">/);
    });
  }

  it('names are text: <script> and & are escaped', () => {
    const svg = svgText(
      chartNode(
        {
          metric: 'ctr',
          title: 'CTR <b>',
          kind: 'bars',
          points: [{ label: '<script>alert(1)</script> & co', value: 1, text: '1' }],
        },
        'x',
      ),
    );
    assert.doesNotMatch(svg, /<script>|<b>/);
    assert.match(svg, /&lt;script&gt;/);
  });

  it('colours come from classes: the view styles them with theme variables, the file with fallbacks', () => {
    const node = chartNode(
      { metric: 'ctr', title: 'CTR', kind: 'bars', points: [{ label: 'A', value: 1, text: '1' }] },
      'x',
    );
    const inView = svgText(node, false);
    assert.doesNotMatch(inView, /#[0-9a-f]{3,6}|fill="|style=/i, "no colour written into the view's SVG");
    assert.match(svgText(node), /<style>.*var\(--vscode-charts-blue, #3794ff\)/);
  });

  it('more than 20 campaigns: bars for the 20 largest, in the report order, said so', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `C${i},2024-02-01,${i + 1},1000,10`);
    const text = `Campaign name,Day,Amount spent (USD),Impressions,Link clicks\n${rows.join('\n')}\n`;
    const table = await sampleReport({ groupBy: ['Campaign name'] }, text);
    const chart = chartOf(
      table,
      table.columns.find((c) => c.id === 'cpc')!,
      formatter,
    );
    assert.equal(chart.points.length, 20);
    assert.deepEqual(
      chart.points.slice(0, 2).map((p) => p.label),
      ['C10', 'C11'],
    );
    assert.equal(chart.note, 'The 20 largest of 30 groups.');
    assert.match(svgText(chartNode(chart, 'x')), /The 20 largest of 30 groups\./);
  });
});
