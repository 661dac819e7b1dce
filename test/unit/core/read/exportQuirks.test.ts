import assert from 'node:assert/strict';
import { readSelection, readTable } from '../../../../src/core/read/selection';
import type { Cell, ColumnarRows, ReportedTotal, SkippedLine } from '../../../../src/core/read/selection';
import { frameOf } from '../../../../src/core/read/exportFrame';
import { rowsOf } from '../../../../src/core/read/table';

/**
 * Real platform exports, with the lines they put around their table. Where each layout comes from:
 *
 * - Microsoft Advertising: a report as downloaded, quoted in MicrosoftDocs/Advertising-docs#362
 *   (https://github.com/MicrosoftDocs/Advertising-docs/issues/362): `"Report Name: …"`,
 *   `"Report Time: …"`, `"Time Zone: …"`, `"Last Completed Available Day: …"`, …, `"Rows: 3"`, a
 *   blank line, the quoted header and rows, a blank line and `"©2018 Microsoft Corporation. All
 *   rights reserved. "`. The API names these parts ExcludeReportHeader / ExcludeReportFooter
 *   (https://learn.microsoft.com/en-us/advertising/reporting-service/reportrequest, and
 *   BingAds/BingAds-Python-SDK#70).
 * - Google Ads: googleads/aw-reporting#177 (https://github.com/googleads/aw-reporting/pull/177)
 *   shows a campaign report whose last row is `Total, --,10.02,55,…, --, --, --,1.00` (the
 *   label in the first cell, ` --` for "no value") and, saved again by a spreadsheet, a title
 *   line padded with commas: `"CAMPAIGN_PERFORMANCE_REPORT … (May 1, 2013-May 10, 2013)",,,,`.
 *   The UI download's `Campaign report` title, quoted date range and `Total: Account` /
 *   `Total: Search` / `Total: Campaigns` rows are as the brief describes them.
 * - GA4: files starting with `# Start date: 20260801` / `# End date: 20260930` lines before a
 *   `Session primary channel group (Default Channel Group),Sessions,Key events` header turn up as
 *   fixtures of other GA4 importers (code search; the search does not name their repository).
 *   browserslist/browserslist-ga-export skips the first 7 rows of Analytics CSV exports by
 *   default (its README, "ignoreRows"), and its issue #26 reports a "grand total" entry in GA4
 *   exports. The full comment block and the second block follow the brief.
 * - LinkedIn Campaign Manager: no public sample found; the preamble lines are the brief's, with
 *   commas left unquoted to show that lines of several cells before the header are skipped too.
 * - DoubleClick (googleads/googleads-dfa-reporting-samples#11): `Name<TAB>value` lines before
 *   the header, which is why the header is the widest line of names, not the first.
 */

interface Case {
  name: string;
  text: string;
  format: 'csv' | 'tsv';
  columns: string[];
  rows: Cell[][];
  skipped: SkippedLine[];
  totals?: ReportedTotal[];
}

const comment = (line: number, text: string): SkippedLine => ({ line, text, why: 'comment' });
const preamble = (line: number, text: string): SkippedLine => ({ line, text, why: 'preamble' });
const footer = (line: number, text: string): SkippedLine => ({ line, text, why: 'footer' });

const GA4_HEAD = [
  '# ----------------------------------------',
  '# Traffic acquisition: Session primary channel group (Default channel group)',
  '# Account: Acme Store',
  '# Property: Acme Store - GA4',
  '# ----------------------------------------',
  '# Start date: 20240101',
  '# End date: 20240131',
  '',
  'Session primary channel group (Default channel group),Sessions,Engaged sessions,Engagement rate,Key events,Total revenue',
  'Organic Search,12500,8125,65%,310,18250.5',
  'Direct,8300,4565,55%,120,9100',
  'Paid Search,4100,2870,70.5%,205,"15,300.25"',
];
const GA4_COLUMNS = [
  'Session primary channel group (Default channel group)',
  'Sessions',
  'Engaged sessions',
  'Engagement rate',
  'Key events',
  'Total revenue',
];
const GA4_ROWS: Cell[][] = [
  ['Organic Search', 12500, 8125, 0.65, 310, 18250.5],
  ['Direct', 8300, 4565, 0.55, 120, 9100],
  ['Paid Search', 4100, 2870, 0.705, 205, 15300.25],
];
const GA4_COMMENTS = GA4_HEAD.slice(0, 7).map((text, i) => comment(i + 1, text));

const GOOGLE_ADS_HEADER = 'Campaign,Campaign type,Clicks,Impr.,CTR,Currency code,Avg. CPC,Cost,Conversions';
const GOOGLE_ADS_ROWS = [
  'Spring Sale,Search,"1,234","45,678",2.70%,USD,0.85,"1,048.90",56',
  'Brand,Search,980,"12,400",7.90%,USD,0.40,392.00, --',
  'Display Remarketing,Display,310,"98,100",0.32%,USD,0.21,65.10,--',
];
const GOOGLE_ADS_COLUMNS = [
  'Campaign',
  'Campaign type',
  'Clicks',
  'Impr.',
  'CTR',
  'Currency code',
  'Avg. CPC',
  'Cost',
  'Conversions',
];
const GOOGLE_ADS_DATA: Cell[][] = [
  ['Spring Sale', 'Search', 1234, 45678, 0.027, 'USD', 0.85, 1048.9, 56],
  ['Brand', 'Search', 980, 12400, 0.079, 'USD', 0.4, 392, null],
  ['Display Remarketing', 'Display', 310, 98100, 0.0032, 'USD', 0.21, 65.1, null],
];
const GOOGLE_ADS_TOTALS = [
  'Total: Account, --,"2,524","156,178",1.62%,USD,0.60,"1,506.00",56',
  'Total: Search, --,"2,214","58,078",3.81%,USD,0.65,"1,440.90",56',
  'Total: Display, --,310,"98,100",0.32%,USD,0.21,65.10, --',
  'Total: Campaigns, --,"2,524","156,178",1.62%,USD,0.60,"1,506.00",56',
];
const total = (label: string, ...values: (number | null)[]): ReportedTotal => ({ label, values: [null, ...values] });

const MICROSOFT = [
  '"Report Name: Campaign performance"',
  '"Report Time: 1/1/2024 - 1/31/2024"',
  '"Time Zone: (GMT-08:00) Pacific Time (US & Canada); Tijuana"',
  '"Last Completed Available Day: 2/1/2024 2:05:00 PM (GMT)"',
  '"Rows: 2"',
  '',
  '"CampaignName","Impressions","Clicks","Ctr","Spend","AverageCpc","Conversions"',
  '"Spring Sale","40000","1200","3.00%","960.00","0.80","48"',
  '"Brand","8000","400","5.00%","200.00","0.50","-"',
  '"Total","48000","1600","3.33%","1160.00","0.73","48"',
  '',
  '"©2024 Microsoft Corporation. All rights reserved. "',
];

const LINKEDIN = [
  'Campaign Performance Report (in UTC)',
  'Report Start: Jan 1, 2024, 12:00 AM',
  'Report End: Jan 31, 2024, 11:59 PM',
  'Date Generated: Feb 1, 2024, 9:15 AM',
  'Account Name: Acme Analytics',
  'Start Date (in UTC),Campaign Name,Campaign ID,Impressions,Clicks,Average CTR,Total Spent,Leads',
  '1/1/2024,Q1 Lead Gen,123456789,"12,345",234,1.90%,"1,150.75",18',
  '1/1/2024,Retargeting,123456790,"4,100",88,2.15%,420.10,N/A',
];

const cases: Case[] = [
  {
    name: 'GA4: the # comment block and the blank line before the header',
    text: GA4_HEAD.join('\n'),
    format: 'csv',
    columns: GA4_COLUMNS,
    rows: GA4_ROWS,
    skipped: GA4_COMMENTS,
  },
  {
    // Only the first table is read; the second block is listed so the user knows it was left out.
    name: 'GA4: a second block after a blank line and # lines (CRLF), wider than the first table',
    text: [
      ...GA4_HEAD,
      '',
      '# ----------------------------------------',
      '# Nth day',
      '# ----------------------------------------',
      'Nth day,Organic Search,Direct,Paid Search,Referral,Email,Organic Social',
      '0000,410,270,130,12,8,5',
      '0001,395,262,141,10,9,4',
    ].join('\r\n'),
    format: 'csv',
    columns: GA4_COLUMNS,
    rows: GA4_ROWS,
    skipped: [
      ...GA4_COMMENTS,
      comment(14, '# ----------------------------------------'),
      comment(15, '# Nth day'),
      comment(16, '# ----------------------------------------'),
      footer(17, 'Nth day,Organic Search,Direct,Paid Search,Referral,Email,Organic Social'),
      footer(18, '0000,410,270,130,12,8,5'),
      footer(19, '0001,395,262,141,10,9,4'),
    ],
  },
  {
    name: 'GA4: date comments straight above the header, no blank line',
    text: '# Start date: 20260801\n# End date: 20260930\nSession primary channel group (Default Channel Group),Sessions,Key events\nOrganic Search,100,5\n',
    format: 'csv',
    columns: ['Session primary channel group (Default Channel Group)', 'Sessions', 'Key events'],
    rows: [['Organic Search', 100, 5]],
    skipped: [comment(1, '# Start date: 20260801'), comment(2, '# End date: 20260930')],
  },
  {
    name: 'Google Ads UI download: title, date range, " --" cells and its Total rows (CRLF)',
    text: [
      'Campaign report',
      '"January 1, 2024 - January 31, 2024"',
      GOOGLE_ADS_HEADER,
      ...GOOGLE_ADS_ROWS,
      ...GOOGLE_ADS_TOTALS,
    ].join('\r\n'),
    format: 'csv',
    columns: GOOGLE_ADS_COLUMNS,
    rows: GOOGLE_ADS_DATA,
    skipped: [
      preamble(1, 'Campaign report'),
      preamble(2, '"January 1, 2024 - January 31, 2024"'),
      ...GOOGLE_ADS_TOTALS.map((text, i) => footer(7 + i, text)),
    ],
    totals: [
      total('Total: Account', null, 2524, 156178, 0.0162, null, 0.6, 1506, 56),
      total('Total: Search', null, 2214, 58078, 0.0381, null, 0.65, 1440.9, 56),
      total('Total: Display', null, 310, 98100, 0.0032, null, 0.21, 65.1, null),
      total('Total: Campaigns', null, 2524, 156178, 0.0162, null, 0.6, 1506, 56),
    ],
  },
  {
    name: 'Google Ads report saved again by a spreadsheet: title lines padded with commas, a "Total" row',
    text: [
      '"Campaign report",,,,',
      '"January 1, 2024 - January 31, 2024",,,,',
      'Campaign,Clicks,Impressions,CTR,Cost',
      'Spring Sale,55,8215,0.67%,10.02',
      'Brand,12,900,1.33%,3.10',
      'Total,67,9115,0.74%,13.12',
    ].join('\n'),
    format: 'csv',
    columns: ['Campaign', 'Clicks', 'Impressions', 'CTR', 'Cost'],
    rows: [
      ['Spring Sale', 55, 8215, 0.0067, 10.02],
      ['Brand', 12, 900, 0.0133, 3.1],
    ],
    skipped: [
      preamble(1, '"Campaign report",,,,'),
      preamble(2, '"January 1, 2024 - January 31, 2024",,,,'),
      footer(6, 'Total,67,9115,0.74%,13.12'),
    ],
    totals: [total('Total', 67, 9115, 0.0074, 13.12)],
  },
  {
    name: 'Microsoft Advertising: the quoted report header, a Total row and the copyright line',
    text: MICROSOFT.join('\r\n'),
    format: 'csv',
    columns: ['CampaignName', 'Impressions', 'Clicks', 'Ctr', 'Spend', 'AverageCpc', 'Conversions'],
    rows: [
      ['Spring Sale', 40000, 1200, 0.03, 960, 0.8, 48],
      ['Brand', 8000, 400, 0.05, 200, 0.5, null],
    ],
    skipped: [
      ...MICROSOFT.slice(0, 5).map((text, i) => preamble(i + 1, text)),
      footer(10, MICROSOFT[9]!),
      footer(12, '"©2024 Microsoft Corporation. All rights reserved. "'),
    ],
    totals: [total('Total', 48000, 1600, 0.0333, 1160, 0.73, 48)],
  },
  {
    name: 'LinkedIn Campaign Manager: the report title and its Name: value lines',
    text: LINKEDIN.join('\n'),
    format: 'csv',
    columns: [
      'Start Date (in UTC)',
      'Campaign Name',
      'Campaign ID',
      'Impressions',
      'Clicks',
      'Average CTR',
      'Total Spent',
      'Leads',
    ],
    rows: [
      ['1/1/2024', 'Q1 Lead Gen', 123456789, 12345, 234, 0.019, 1150.75, 18],
      ['1/1/2024', 'Retargeting', 123456790, 4100, 88, 0.0215, 420.1, null],
    ],
    skipped: LINKEDIN.slice(0, 5).map((text, i) => preamble(i + 1, text)),
  },
  {
    name: 'A spreadsheet paste (tabs) under a title cell, ending with a Grand total row',
    text: 'Q1 campaigns\t\t\nCampaign\tClicks\tCost\nSpring\t120\t$5.00\nSummer\t80\t$2.50\nGrand total\t200\t$7.50\n',
    format: 'tsv',
    columns: ['Campaign', 'Clicks', 'Cost'],
    rows: [
      ['Spring', 120, 5],
      ['Summer', 80, 2.5],
    ],
    skipped: [preamble(1, 'Q1 campaigns'), footer(5, 'Grand total\t200\t$7.50')],
    totals: [total('Grand total', 200, 7.5)],
  },
  {
    // The totals row is read as its column's cells are: Klicks has no evidence of its own, and the
    // table's (',' decimals in Kosten) reads its "2.000" as two thousand, as it reads "1.200".
    name: "A ';' export with ',' decimals: its Totals row read as the columns are",
    text: 'Kampagne;Klicks;Kosten\nA;1.200;2,50\nB;800;1.234,5\nTotals;2.000;1.237,00',
    format: 'csv',
    columns: ['Kampagne', 'Klicks', 'Kosten'],
    rows: [
      ['A', 1200, 2.5],
      ['B', 800, 1234.5],
    ],
    skipped: [footer(4, 'Totals;2.000;1.237,00')],
    totals: [total('Totals', 2000, 1237)],
  },
  {
    // Line numbers are the selection's: the blank lines above the title count.
    name: 'Line numbers count the blank lines the selection starts with',
    text: '\n\nCampaign report\nCampaign,Clicks\nA,5\nTOTAL:,5\n',
    format: 'csv',
    columns: ['Campaign', 'Clicks'],
    rows: [['A', 5]],
    skipped: [preamble(3, 'Campaign report'), footer(6, 'TOTAL:,5')],
    totals: [total('TOTAL:', 5)],
  },
];

function table(text: string): ColumnarRows {
  const reading = readTable(text);
  assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
  assert.ok(reading.kind === 'table', `got ${reading.kind}`);
  return reading;
}

describe('core/read: platform exports', () => {
  describe('lines around the table are skipped and reported', () => {
    for (const c of cases) {
      it(c.name, () => {
        const reading = table(c.text);
        assert.equal(reading.format, c.format);
        assert.deepEqual(reading.columns, c.columns);
        assert.equal(reading.rowCount, c.rows.length);
        assert.deepEqual(rowsOf(reading, reading.columns.length, reading.rowCount), c.rows);
        assert.deepEqual(reading.problems, []);
        assert.deepEqual(reading.skipped, c.skipped);
        assert.deepEqual(reading.reportedTotals, c.totals);
      });
    }

    it('readSelection gives the rows with what was skipped and the reported totals', () => {
      const text = [
        'Campaign report',
        '"January 1, 2024 - January 31, 2024"',
        GOOGLE_ADS_HEADER,
        ...GOOGLE_ADS_ROWS,
        ...GOOGLE_ADS_TOTALS,
      ].join('\n');
      const reading = table(text);
      assert.deepEqual(readSelection(text), {
        ok: true,
        kind: 'rows',
        format: 'csv',
        columns: GOOGLE_ADS_COLUMNS,
        rows: GOOGLE_ADS_DATA,
        problems: [],
        skipped: reading.skipped,
        reportedTotals: reading.reportedTotals,
      });
    });

    it('cuts a skipped line to 120 characters', () => {
      const title = `Campaign report for ${'the spring and summer sales across every market '.repeat(4)}`;
      const [first] = table(`${title}\nCampaign,Clicks\nA,5\n`).skipped ?? [];
      assert.equal(first?.text.length, 120);
      assert.equal(first?.text, `${title.slice(0, 119)}…`);
    });
  });

  describe('"no value" cells', () => {
    it('--, " --", -, N/A, n/a and ∞ are empty cells in numeric columns, not problems', () => {
      const reading = table(
        'Campaign,Clicks,Conversions,Conv. rate,ROAS\nA,120,--,-,∞\nB,80, --,n/a,2.5\nC,40,3,7.50%,N/A\n',
      );
      assert.deepEqual(rowsOf(reading, 5, reading.rowCount), [
        ['A', 120, null, null, null],
        ['B', 80, null, null, 2.5],
        ['C', 40, 3, 0.075, null],
      ]);
      assert.deepEqual(reading.problems, []);
    });

    it('stay text in a text column, where they are labels', () => {
      const reading = table('Campaign,Status,Clicks\nA,Active,120\nB,--,80\nC,N/A,40\n');
      assert.deepEqual(rowsOf(reading, 3, reading.rowCount), [
        ['A', 'Active', 120],
        ['B', '--', 80],
        ['C', 'N/A', 40],
      ]);
    });

    it('other text in a numeric column is still a problem', () => {
      const reading = table('Campaign,Cost\nA,12\nB,--\nC,#DIV/0!\nD,5\n');
      assert.deepEqual(
        reading.problems.map((p) => p.raw),
        ['#DIV/0!'],
      );
    });
  });

  describe('tables without an export frame read as they always did', () => {
    const unchanged: [name: string, text: string, columns: string[], rows: Cell[][]][] = [
      [
        'a 2-column CSV whose header reads like a title',
        'Campaign report,Clicks\nSpring sale,120\nSummer sale,80',
        ['Campaign report', 'Clicks'],
        [
          ['Spring sale', 120],
          ['Summer sale', 80],
        ],
      ],
      ['one column under its header', 'clicks\n120\n130\n', ['clicks'], [[120], [130]]],
      [
        'a row-label header (its one name is not the first cell)',
        ',clicks\nA,x\nB,y\nC,1',
        ['column 1', 'clicks'],
        [
          ['A', 'x'],
          ['B', 'y'],
          ['C', 1],
        ],
      ],
      [
        'a header starting with "# of"',
        '# of clicks,Campaign,Cost\n12,Spring,3.5\n8,Summer,2',
        ['# of clicks', 'Campaign', 'Cost'],
        [
          [12, 'Spring', 3.5],
          [8, 'Summer', 2],
        ],
      ],
      [
        '"Totally Awesome Campaign" first and last: Total followed by a letter',
        'Campaign,Clicks\nTotally Awesome Campaign,10\nB,20\nTotally Awesome Campaign 2,30',
        ['Campaign', 'Clicks'],
        [
          ['Totally Awesome Campaign', 10],
          ['B', 20],
          ['Totally Awesome Campaign 2', 30],
        ],
      ],
      [
        'a Total row that is not trailing',
        'Campaign,Clicks\nTotal: Search,10\nB,20',
        ['Campaign', 'Clicks'],
        [
          ['Total: Search', 10],
          ['B', 20],
        ],
      ],
      ['a Total row that is the only row', 'Campaign,Clicks\nTotal,5', ['Campaign', 'Clicks'], [['Total', 5]]],
      [
        'a title cell over rows of text only (no number: no table under it)',
        'Campaign\t\t\nA\t1\t2\nB\t3\t4',
        ['Campaign', 'column 2', 'column 3'],
        [
          ['A', 1, 2],
          ['B', 3, 4],
        ],
      ],
    ];
    for (const [name, text, columns, rows] of unchanged) {
      it(name, () => {
        const reading = table(text);
        assert.deepEqual(reading.columns, columns);
        assert.deepEqual(rowsOf(reading, columns.length, reading.rowCount), rows);
        assert.equal('skipped' in reading, false);
        assert.equal('reportedTotals' in reading, false);
      });
    }

    it('a short last row stays a row with its problem, not a footer', () => {
      const reading = table('a,b\n1,2\n4');
      assert.deepEqual(rowsOf(reading, 2, reading.rowCount), [
        [1, 2],
        [4, null],
      ]);
      assert.equal(reading.problems.length, 1);
      assert.equal(reading.skipped, undefined);
    });

    it('prose over a table of words is still text', () => {
      assert.deepEqual(readSelection('Notes\nfoo, bar\nbaz, qux'), { ok: true, kind: 'text' });
    });
  });

  describe('cost on 1,000,000 rows: only the first and last lines are looked at', () => {
    const header = 'Campaign,Clicks,Cost';
    let rows = '';
    before(() => {
      const lines: string[] = [];
      for (let i = 0; i < 1_000_000; i++) lines.push(`C${i % 1000},${i % 977},${i % 300}.25`);
      rows = lines.join('\n');
    });

    const layouts: [name: string, text: () => string, limit: number][] = [
      ['a plain CSV', () => `${header}\n${rows}`, 20],
      [
        'a Google Ads download',
        () =>
          `Campaign report\n"January 1, 2024 - January 31, 2024"\n${header}\n${rows}\nTotal: Account,1,2\nTotal: Campaigns,1,2`,
        400,
      ],
      [
        'a GA4 export (one scan for a second block)',
        () => `# Start date: 20240101\n# End date: 20240131\n\n${header}\n${rows}\n\n# Totals\nClicks,Cost\n1,2`,
        800,
      ],
    ];
    for (const [name, text, limit] of layouts) {
      it(`finds the frame of ${name} in under ${limit} ms`, () => {
        const body = text();
        // Flatten the concatenation first, as a selection's text already is.
        assert.equal(body.indexOf('\u0000'), -1);
        const started = performance.now();
        const frame = frameOf(body, 1, 'en-US');
        const elapsed = performance.now() - started;
        assert.ok(elapsed < limit, `took ${elapsed.toFixed(1)} ms`);
        if (frame !== undefined) assert.equal(body.slice(frame.start, frame.start + header.length), header);
      });
    }
  });
});
