import assert from 'node:assert/strict';
import { builtinCatalog, type CoreOptions } from '../../../src/core';
import { analyse } from '../../../src/commands/evaluate/analyse';
import { computeTable } from '../../../src/commands/evaluate/table';
import { NO_PROGRESS } from '../../../src/commands/evaluate/work';
import {
  csvCell,
  csvText,
  escapeMarkdown,
  inert,
  formatterOf,
  markdownTable,
  csvTable,
  jsonTable,
  plainNumber,
  totalNote,
} from '../../../src/results/formats';
import type { TableModel } from '../../../src/results/model';
import { PAGE_ROWS, pageOf, pageStart, viewTableOf } from '../../../src/results/viewData';

const options: CoreOptions = { locale: 'en-US', catalog: builtinCatalog() };

async function tableOf(text: string, opts: CoreOptions = options): Promise<TableModel> {
  const analysis = analyse(text, opts);
  assert.ok(!('ok' in analysis) && analysis.kind === 'table', JSON.stringify(analysis));
  const model = await computeTable(analysis.source, opts, NO_PROGRESS);
  assert.ok(model);
  return model;
}

const CAMPAIGNS = 'campaign,clicks,impressions\nA,10,1000\nB,5,5000\nC,10,500';

describe('results tables as Markdown, CSV and JSON', () => {
  const cases: { name: string; input: string; markdown: string; csv: string }[] = [
    {
      name: 'rows with a label column: TOTAL in it, ratio of sums',
      input: CAMPAIGNS,
      markdown: [
        '| campaign | CTR | clicks | impressions |',
        '| :-- | --: | --: | --: |',
        '| A | 1.00% | 10 | 1,000 |',
        '| B | 0.10% | 5 | 5,000 |',
        '| C | 2.00% | 10 | 500 |',
        '| **TOTAL** | **0.38%** | **25** | **6,500** |',
        '',
        `*${totalNote()}*`,
      ].join('\n'),
      csv: 'campaign,ctr,clicks,impressions\nA,0.01,10,1000\nB,0.001,5,5000\nC,0.02,10,500\nTOTAL,0.00384615384615,25,6500',
    },
    {
      name: 'rows without labels: an empty first column carries TOTAL',
      input: 'clicks\timpressions\n1\t10\n3\t30',
      markdown: [
        '|   | CTR | clicks | impressions |',
        '| :-- | --: | --: | --: |',
        '|  | 10.00% | 1 | 10 |',
        '|  | 10.00% | 3 | 30 |',
        '| **TOTAL** | **10.00%** | **4** | **40** |',
        '',
        `*${totalNote()}*`,
      ].join('\n'),
      csv: ',ctr,clicks,impressions\n,0.1,1,10\n,0.1,3,30\nTOTAL,0.1,4,40',
    },
    {
      name: 'a total that cannot be: the reason, never an average',
      input: '[{"reach": 1000, "impressions": 5000}, {"reach": 2000, "impressions": 6000}]',
      markdown: [
        '|   | Average frequency | reach | impressions |',
        '| :-- | --: | --: | --: |',
        '|  | 5.00 | 1,000 | 5,000 |',
        '|  | 3.00 | 2,000 | 6,000 |',
        '| **TOTAL** | **—** |  | **11,000** |',
        '',
        `*${totalNote()}*`,
        '',
        '- Average frequency has no total: reach is not additive: audiences of different rows overlap, so reach does not add up',
      ].join('\n'),
      csv: ',frequency,reach,impressions\n,5,1000,5000\n,3,2000,6000\nTOTAL,,,11000',
    },
    {
      name: 'one JSON object: one row, no TOTAL',
      input: '{"clicks": 1200, "impressions": 45000, "campaign": "Spring"}',
      markdown: [
        '| campaign | CTR | clicks | impressions |',
        '| :-- | --: | --: | --: |',
        '| Spring | 2.67% | 1,200 | 45,000 |',
      ].join('\n'),
      csv: 'campaign,ctr,clicks,impressions\nSpring,0.0266666666667,1200,45000',
    },
    {
      name: 'a bad cell: kept as written, its problem listed, its row still computed where it can',
      input: 'campaign,clicks,impressions\nA,10,1000\nB,#DIV/0!,5000\nC,7,700',
      markdown: [
        '| campaign | CTR | clicks | impressions |',
        '| :-- | --: | --: | --: |',
        '| A | 1.00% | 10 | 1,000 |',
        '| B |  | #DIV/0! | 5,000 |',
        '| C | 1.00% | 7 | 700 |',
        '| **TOTAL** | **—** |  | **6,700** |',
        '',
        `*${totalNote()}*`,
        '',
        '- CTR has no total: clicks is missing in 1 of 3 rows',
        "- Row 2, column 'clicks': '#DIV/0!' is not a number (a spreadsheet error)",
      ].join('\n'),
      csv: 'campaign,ctr,clicks,impressions\nA,0.01,10,1000\nB,,#DIV/0!,5000\nC,0.01,7,700\nTOTAL,,,6700',
    },
    {
      name: 'a negative count and a part larger than its whole: named, per row',
      input: 'clicks,impressions\n1,10\n-2,10\n50,10',
      markdown: [
        '|   | CTR | clicks | impressions |',
        '| :-- | --: | --: | --: |',
        '|  | 10.00% | 1 | 10 |',
        '|  |  | -2 | 10 |',
        '|  | — | 50 | 10 |',
        '| **TOTAL** | **—** |  | **30** |',
        '',
        `*${totalNote()}*`,
        '',
        '- CTR has no total: clicks is missing in 1 of 3 rows',
        "- Row 2, column 'clicks': clicks is negative (-2); a count cannot be below zero",
        '- Row 3: CTR — clicks (50) is larger than impressions (10): a part cannot exceed its whole',
      ].join('\n'),
      csv: ',ctr,clicks,impressions\n,0.1,1,10\n,,-2,10\n,,50,10\nTOTAL,,,30',
    },
    {
      name: 'two columns giving one quantity: the second is not used, the total under the first',
      input: 'cost,spend,clicks\n1,2,10\n3,,10',
      markdown: [
        '|   | CPC | cost | spend | clicks |',
        '| :-- | --: | --: | --: | --: |',
        '|  | $0.10 | $1.00 | $2.00 | 10 |',
        '|  | $0.30 | $3.00 |  | 10 |',
        '| **TOTAL** | **$0.20** | **$4.00** |  | **20** |',
        '',
        `*${totalNote()}*`,
        '',
        "- Row 1, column 'spend': 'spend' and 'cost' both give cost: keep one",
      ].join('\n'),
      csv: ',cpc,cost,spend,clicks\n,0.1,1,2,10\n,0.3,3,,10\nTOTAL,0.2,4,,20',
    },
    {
      name: "a scaled column (cost_micros): KPIs in money, the total in the column's own scale",
      input: 'clicks,cost_micros\n1,2000000\n3,3000000',
      markdown: [
        '|   | CPC | clicks | cost\\_micros |',
        '| :-- | --: | --: | --: |',
        '|  | $2.00 | 1 | 2,000,000 |',
        '|  | $1.00 | 3 | 3,000,000 |',
        '| **TOTAL** | **$1.25** | **4** | **5,000,000** |',
        '',
        `*${totalNote()}*`,
      ].join('\n'),
      csv: ',cpc,clicks,cost_micros\n,2,1,2000000\n,1,3,3000000\nTOTAL,1.25,4,5000000',
    },
  ];

  for (const c of cases) {
    it(`Markdown: ${c.name}`, async () => {
      assert.equal(markdownTable(await tableOf(c.input), formatterOf(options)), c.markdown);
    });
    it(`CSV: ${c.name}`, async () => {
      assert.equal(csvTable(await tableOf(c.input)), c.csv);
    });
  }

  it('JSON: rows, total without labels; a campaign column is a dimension, not an unmatched column', async () => {
    const json = JSON.parse(jsonTable(await tableOf(CAMPAIGNS))) as Record<string, unknown>;
    assert.deepEqual(json, {
      rows: [
        { campaign: 'A', clicks: 10, impressions: 1000, ctr: 0.01 },
        { campaign: 'B', clicks: 5, impressions: 5000, ctr: 0.001 },
        { campaign: 'C', clicks: 10, impressions: 500, ctr: 0.02 },
      ],
      total: { clicks: 25, impressions: 6500, ctr: 0.00384615384615 },
    });
  });

  it('JSON: a column named __proto__ stays a plain key and pollutes nothing', async () => {
    const text = jsonTable(await tableOf('{"__proto__": "x", "clicks": 1, "impressions": 4}'));
    assert.match(text, /"__proto__": "x"/);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it('the view, Markdown and CSV order the columns alike: the row label (not a date), KPIs, inputs, other labels (issue 15.7)', async () => {
    const model = await tableOf('Day,campaign,clicks,impressions,cost\n2024-01-01,A,10,1000,5\n2024-01-02,B,5,5000,4');
    const view = viewTableOf('t1', 'x', model, formatterOf(options), {
      insert: true,
      cell: false,
      map: true,
    }).columns.map((c) => c.label);
    const markdown = markdownTable(model, formatterOf(options))
      .split('\n')[0]!
      .split(' | ')
      .map((c) => c.replace(/^\| |\s\|$/g, ''));
    const csv = csvTable(model).split('\n')[0]!.split(',');
    assert.deepEqual(view, ['campaign', 'CTR', 'CPC', 'CPM', 'clicks', 'impressions', 'cost', 'Day']);
    assert.deepEqual(markdown, view);
    assert.deepEqual(csv, ['campaign', 'ctr', 'cpc', 'cpm', 'clicks', 'impressions', 'cost', 'Day']);
  });

  it('decimals are chosen per column, not per cell: a $0.0833 CPC among dollar ones reads $0.08 (issue 15.7)', async () => {
    const model = await tableOf('campaign,cost,clicks\nA,125,100\nB,10,120\nC,210,100');
    const cpc = markdownTable(model, formatterOf(options))
      .split('\n')
      .slice(2, 5)
      .map((line) => line.split(' | ')[1]);
    assert.deepEqual(cpc, ['$1.25', '$0.08', '$2.10']);
  });

  it('a column of small values keeps their digits, the same number in every cell', async () => {
    const model = await tableOf('campaign,cost,clicks\nA,3.1,100\nB,4.5,100\nC,10,300');
    const cpc = markdownTable(model, formatterOf(options))
      .split('\n')
      .slice(2, 5)
      .map((line) => line.split(' | ')[1]);
    assert.deepEqual(cpc, ['$0.0310', '$0.0450', '$0.0333']);
  });

  it('Markdown follows the locale: de-DE numbers', async () => {
    const de: CoreOptions = { ...options, locale: 'de-DE' };
    const table = markdownTable(await tableOf('clicks;impressions\n1200;45000', de), formatterOf(de));
    assert.match(table, /\| 2,67\s% \| 1\.200 \| 45\.000 \|/u);
  });

  const escapes: [string, string][] = [
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['*bold* _it_ `code` [link]', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]'],
    ['two\nlines', 'two lines'],
    ['Brand & Co', 'Brand & Co'],
    ['&amp;', '&amp;amp;'],
    ['$5,920.00', '$5,920.00'],
  ];
  for (const [input, expected] of escapes) {
    it(`escapes ${JSON.stringify(input)} in a Markdown cell`, () => assert.equal(escapeMarkdown(input), expected));
  }

  const cells: [string, string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ];
  for (const [input, expected] of cells) {
    it(`quotes ${JSON.stringify(input)} in a CSV cell`, () => assert.equal(csvCell(input), expected));
  }

  it('CSV: a cell a spreadsheet would run (=, +, -, @, tab, CR first) is made inert; our numbers stay numbers', async () => {
    const input = [
      'campaign,note,clicks,impressions',
      '@SUM(1),a,10,1000',
      '"=HYPERLINK(""http://x.test"",""y"")",b,20,1000',
      '+1 Search,c,0,1000',
      '-Brand,d,5,1000',
    ].join('\n');
    const lines = csvTable(await tableOf(input)).split('\n');
    assert.equal(inert('=cmd'), "'=cmd", 'a column name is made inert the same way');
    assert.deepEqual([inert('\tx'), inert('\rx'), inert('a=b')], ["'\tx", "'\rx", 'a=b']);
    assert.deepEqual(
      lines.slice(1, 5).map((l) => l.split(',')[0]),
      ["'@SUM(1)", '"\'=HYPERLINK(""http://x.test""', "'+1 Search", "'-Brand"],
    );
    assert.ok(
      lines.every((l) => !/(^|,)[=+@\t\r]/.test(l)),
      lines.join('\n'),
    );
    assert.equal(csvText(-0.18), '-0.18');
  });

  const numbers: [number, number][] = [
    [0.1 + 0.2, 0.3],
    [185000, 185000],
    [2 / 75, 0.0266666666667],
    [1e-9 / 3, 3.33333333333e-10],
  ];
  for (const [input, expected] of numbers) {
    it(`writes ${input} as ${expected} in CSV and JSON`, () => assert.equal(plainNumber(input), expected));
  }

  it('the view gets the first page only, says so, and keeps the total', async () => {
    const rows = Array.from({ length: PAGE_ROWS + 10 }, (_, i) => `${i + 1},${i + 100}`);
    const model = await tableOf(`clicks,impressions\n${rows.join('\n')}`);
    const view = viewTableOf('t1', 'big.csv', model, formatterOf(options), { insert: true, cell: false, map: true });
    assert.equal(view.rows.length, PAGE_ROWS);
    assert.equal(view.firstRow, 0);
    assert.equal(view.rowCount, PAGE_ROWS + 10);
    assert.equal(view.total?.cells[0]?.text, 'TOTAL');
    assert.match(view.notes[0] ?? '', /Rows are shown 500 at a time; TOTAL, Insert and Copy include all 510 rows/);
  });

  it('any page of the view can be had, formatted like the first, and the last page is short', async () => {
    const rows = Array.from({ length: 2 * PAGE_ROWS + 7 }, (_, i) => `c${i + 1},${i + 1},${(i + 1) * 100}`);
    const model = await tableOf(`campaign,clicks,impressions\n${rows.join('\n')}`);
    const first = viewTableOf('t1', 'big.csv', model, formatterOf(options), { insert: true, cell: false, map: true });
    assert.deepEqual(pageOf(model, formatterOf(options), 0), first.rows);
    const last = pageOf(model, formatterOf(options), 2 * PAGE_ROWS);
    assert.equal(last.length, 7);
    assert.deepEqual(
      last[0]?.cells.map((c) => c.text),
      [
        `c${2 * PAGE_ROWS + 1}`,
        '1.00%',
        `${(2 * PAGE_ROWS + 1).toLocaleString('en-US')}`,
        `${((2 * PAGE_ROWS + 1) * 100).toLocaleString('en-US')}`,
      ],
    );
    assert.deepEqual(pageOf(model, formatterOf(options), 10 * PAGE_ROWS), []);
  });

  it('a row number leads to the page that holds it, clamped to the table', () => {
    assert.equal(pageStart(0, 1200), 0);
    assert.equal(pageStart(PAGE_ROWS - 1, 1200), 0);
    assert.equal(pageStart(PAGE_ROWS, 1200), PAGE_ROWS);
    assert.equal(pageStart(1199, 1200), 2 * PAGE_ROWS);
    assert.equal(pageStart(99_999, 1200), 2 * PAGE_ROWS);
    assert.equal(pageStart(0, 0), 0);
  });

  it('a problem row far down keeps its cell problem on its page and its note', async () => {
    const rows = Array.from({ length: 3 * PAGE_ROWS }, (_, i) => (i === 1234 ? '50,10' : `${i + 1},${(i + 1) * 100}`));
    const model = await tableOf(`clicks,impressions\n${rows.join('\n')}`);
    assert.match(model.problems[0] ?? '', /^Row 1235: CTR — clicks \(50\) is larger than impressions \(10\)/);
    const page = pageOf(model, formatterOf(options), pageStart(1234, model.rowCount));
    const cell = page[1234 - 2 * PAGE_ROWS]?.cells.find((c) => c.problem !== undefined);
    assert.equal(cell?.text, '—');
    assert.match(cell?.problem ?? '', /clicks \(50\) is larger than impressions \(10\)/);
  });

  it('the view marks cells with problems and keeps names as text', async () => {
    const model = await tableOf('campaign,clicks,impressions\n<b>x</b>,50,10');
    const view = viewTableOf('t1', 't', model, formatterOf(options), { insert: true, cell: true, map: true });
    assert.deepEqual(
      view.columns.map((c) => c.label),
      ['campaign', 'CTR', 'clicks', 'impressions'],
      'KPIs right after the labels',
    );
    assert.equal(view.rows[0]?.cells[0]?.text, '<b>x</b>');
    assert.match(view.rows[0]?.cells[1]?.problem ?? '', /clicks \(50\) is larger than impressions \(10\)/);
    assert.equal(view.rows[0]?.cells[1]?.text, '—');
  });
});

describe('a large table where every row has a problem', () => {
  it('lists 200,000 rows without a KPI value without exhausting the stack', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i + 1},0`).join('\n');
    const model = await tableOf(`clicks,impressions\n${rows}`);
    assert.equal(model.rowCount, 200_000);
    assert.equal(model.row(199_999).problems !== undefined, true);
  });
});
