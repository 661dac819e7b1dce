// Every export of the corpus (test/fixtures/exports/, each file's source in SOURCES.md and
// corpus.ts, what each KPI means per platform in docs/platform-exports.md) read as a user's
// selection would be: the KPIs its platform defines, as a ratio of sums over its data rows
// (preambles and the platform's own Total rows left out), the columns it leaves out, and the
// rows where the platform's own KPI column disagrees with ours.
//
// The expected totals are the corpus's, worked out by hand from each file's values (the
// arithmetic is in corpus.ts). Keys are metric ids, `id#variant` where the platform's KPI is a
// variant of ours (Meta's CTR (all) is ctr over all clicks; Google Ads' Conv. rate divides by
// clicks; GA4's bounce rate is 1 − engaged sessions / sessions).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aggregateTable, analyseTable, builtinCatalog, readTable, type TableAnalysis } from '../../../../src/core';
import { EXPORT_FIXTURES } from '../../../fixtures/exports/corpus';

const CATALOG = builtinCatalog();
const FOLDER = path.join(__dirname, '..', '..', '..', 'fixtures', 'exports');

interface Expected {
  /** Data rows, after the preamble and the platform's Total rows. */
  readonly rows: number;
  readonly totals: Readonly<Record<string, number>>;
  /** Columns left out, each with its reason in the reading. */
  readonly unused: readonly string[];
  /** The platform's KPI columns with the rows that disagree with ours. */
  readonly disagreeing: readonly (readonly [column: string, rows: readonly number[]])[];
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  'meta-ads-campaign.csv': {
    rows: 6,
    totals: {
      ctr: 0.01116582,
      'ctr#allClicks': 0.01621843,
      cpc: 0.97205051,
      cpm: 10.85374579,
      cpa: 57.30777778,
      roas: 2.66712585,
    },
    // Results and Cost per results count reach, link clicks and purchases in different rows.
    unused: ['Results', 'Cost per results'],
    disagreeing: [['CTR (link click-through rate)', [1]]],
  },
  'meta-ads-adset-eur.csv': {
    rows: 5,
    totals: {
      ctr: 0.01576008,
      'ctr#allClicks': 0.02289947,
      cpc: 0.62582435,
      'cpc#allClicks': 0.4307105,
      cpm: 9.86304031,
    },
    unused: ['Ad set budget'],
    disagreeing: [['CPC (cost per link click) (EUR)', [1]]],
  },
  'meta-ads-ad-daily.csv': {
    rows: 6,
    totals: {
      ctr: 0.01536671,
      'ctr#allClicks': 0.02102445,
      cpc: 0.78090909,
      cpm: 12,
      cpl: 30.31764706,
      vcr: 0.16864549,
    },
    unused: [],
    disagreeing: [['CTR (link click-through rate)', [1]]],
  },
  'meta-insights-api.json': {
    rows: 4,
    totals: {
      ctr: 0.01774291,
      'ctr#allClicks': 0.02373173,
      cpc: 0.86883935,
      'cpc#allClicks': 0.64958333,
      cpm: 15.41573517,
      cpa: 39.84111111,
      roas: 3.83641548,
    },
    // The actions list flattened by action type: link clicks again, and the pixel's subset of the purchases.
    unused: [
      'actions[action_type=link_click].value',
      'actions[action_type=offsite_conversion.fb_pixel_purchase].value',
      'action_values[action_type=offsite_conversion.fb_pixel_purchase].value',
    ],
    // The API's cpc divides by all clicks: read so, because it agrees; row 2 was written over link clicks.
    disagreeing: [['cpc', [2]]],
  },
  'kag-conversion-data.csv': {
    rows: 8,
    totals: { ctr: 0.0001913, cpc: 1.52408868, cpm: 0.29155473, cpa: 16.28368433, cac: 38.67375028 },
    unused: [],
    disagreeing: [],
  },
  'google-ads-campaign-report.csv': {
    rows: 6,
    totals: {
      ctr: 0.01017889,
      cpc: 1.22519992,
      cpm: 12.4711708,
      cpa: 35.18660287,
      roas: 3.47202689,
      'conversionRate#perClick': 0.03482007,
    },
    unused: [],
    // A Video campaign: Google divides its conversions by views, not clicks.
    disagreeing: [['Conv. rate', [4]]],
  },
  'google-ads-api-searchstream.json': {
    rows: 6,
    totals: {
      ctr: 0.04529968,
      cpc: 1.26058496,
      cpm: 57.10410095,
      cpa: 27.42727273,
      roas: 4.49453099,
      'conversionRate#perClick': 0.045961,
    },
    unused: [],
    disagreeing: [],
  },
  'google-ads-api-gaql.csv': {
    rows: 6,
    totals: {
      ctr: 0.04529968,
      cpc: 1.26058496,
      cpm: 57.10410095,
      cpa: 27.42727273,
      roas: 4.49453099,
      'conversionRate#perClick': 0.045961,
    },
    unused: [],
    // metrics.average_cpc is in micros: found by agreement, and then it agrees in every row.
    disagreeing: [['metrics.ctr', [4]]],
  },
  'microsoft-ads-campaign-performance.csv': {
    rows: 5,
    totals: {
      ctr: 0.01765383,
      cpc: 0.82989279,
      cpm: 14.65078305,
      cpa: 24.82893082,
      roas: 4.83940423,
      'conversionRate#perClick': 0.03342443,
    },
    unused: [],
    disagreeing: [['CTR', [3]]],
  },
  'linkedin-campaign-performance.csv': {
    rows: 5,
    totals: {
      ctr: 0.00646891,
      cpc: 3.58406998,
      cpm: 23.1850131,
      cpa: 335.54310345,
      cpl: 81.08958333,
      roas: 0.56521851,
      'conversionRate#perClick': 0.0106814,
    },
    unused: ['Lead Form Opens', 'Lead Form Completion Rate'],
    disagreeing: [['Average CTR', [3]]],
  },
  'tiktok-ads-campaign.csv': {
    rows: 5,
    totals: {
      ctr: 0.0067393,
      'ctr#allClicks': 0.01051459,
      cpc: 0.50525404,
      cpm: 3.40505837,
      cpa: 14.83220339,
      'conversionRate#perImpression': 0.00022957,
      vcr: 0.04406953,
    },
    unused: ['2-second video views', '6-second video views'],
    disagreeing: [['CTR (destination)', [1]]],
  },
  'x-ads-campaign-daily.csv': {
    rows: 6,
    // X's Clicks count every click; with no link clicks beside them they are read as clicks (see the note in this test's README entry).
    totals: { engagementRate: 0.02470559, cpe: 0.27741839, cpm: 6.85378525, ctr: 0.01583375 },
    unused: ['Billed engagements', 'Reposts', 'Replies', 'Media engagements', 'Likes', 'Card engagements', 'Unfollows'],
    disagreeing: [['Engagement rate', [1]]],
  },
  'ga4-traffic-acquisition.csv': {
    rows: 7,
    totals: { sessionEngagementRate: 0.64002987, 'bounceRate#ga4': 0.35997013, conversionRate: 0.02038835 },
    unused: ['Average engagement time per session', 'Events per session', 'Event count', 'Session key event rate'],
    disagreeing: [],
  },
  'ga4-data-api-runreport.json': {
    rows: 7,
    totals: {
      sessionEngagementRate: 0.64002987,
      'bounceRate#ga4': 0.35997013,
      pagesPerSession: 2.68312173,
      conversionRate: 0.02038835,
    },
    unused: [],
    disagreeing: [],
  },
  'ga4-data-api-flat.csv': {
    rows: 7,
    totals: {
      sessionEngagementRate: 0.64002987,
      'bounceRate#ga4': 0.35997013,
      pagesPerSession: 2.68312173,
      conversionRate: 0.02038835,
    },
    unused: [],
    disagreeing: [],
  },
  'search-console-queries.csv': { rows: 8, totals: { ctr: 0.05899589 }, unused: ['Position'], disagreeing: [] },
  'search-console-pages.csv': { rows: 6, totals: { ctr: 0.05564528 }, unused: ['Position'], disagreeing: [] },
  'search-console-dates.csv': { rows: 7, totals: { ctr: 0.05400648 }, unused: ['Position'], disagreeing: [] },
  'mailchimp-campaign-reports.csv': {
    rows: 5,
    totals: {
      openRate: 0.29032694,
      emailClickRate: 0.03407799,
      ctor: 0.11737799,
      emailBounceRate: 0.01123908,
      unsubscribeRate: 0.003275,
      aov: 86.64694444,
    },
    unused: [
      'Soft Bounces',
      'Hard Bounces',
      'Times Forwarded',
      'Forwarded Opens',
      'Abuse Complaints',
      'Times Liked on Facebook',
      'Total Gross Sales',
    ],
    disagreeing: [],
  },
  'klaviyo-campaigns.csv': {
    rows: 5,
    totals: {
      openRate: 0.4638741,
      emailClickRate: 0.03699698,
      ctor: 0.0797565,
      emailBounceRate: 0.00771277,
      unsubscribeRate: 0.00243137,
      aov: 98.90561927,
    },
    unused: ['Placed Order Rate', 'Spam Complaints', 'Spam Complaints Rate'],
    disagreeing: [],
  },
  'hubspot-marketing-emails.csv': {
    rows: 5,
    totals: {
      openRate: 0.31196451,
      emailClickRate: 0.03382553,
      ctor: 0.10842748,
      emailBounceRate: 0.01651394,
      unsubscribeRate: 0.00376739,
    },
    unused: ['Spam reports', 'Delivered rate'],
    disagreeing: [],
  },
  // Deals: no marketing KPI without a mapping; the amount is left out with the reason (Use as… revenue).
  'hubspot-deals.csv': { rows: 6, totals: {}, unused: ['Amount'], disagreeing: [] },
  'shopify-sales-over-time.csv': {
    rows: 7,
    // Net sales are the revenue (a day of returns is negative); Total sales add taxes and shipping.
    totals: { aov: 109.83676471 },
    unused: [
      'Gross sales',
      'Discounts',
      'Returns',
      'Shipping charges',
      'Duties',
      'Additional fees',
      'Taxes',
      'Total sales',
    ],
    disagreeing: [],
  },
  // An order per row: amounts of parts of orders, no KPI of ours without a mapping.
  'shopify-orders-export.csv': {
    rows: 6,
    totals: {},
    unused: [
      'Subtotal',
      'Shipping',
      'Taxes',
      'Total',
      'Discount Amount',
      'Lineitem quantity',
      'Lineitem price',
      'Lineitem compare at price',
    ],
    disagreeing: [],
  },
};

function analysed(file: string): { analysis: TableAnalysis; rowCount: number } {
  const reading = readTable(fs.readFileSync(path.join(FOLDER, file), 'utf8'));
  assert.ok(reading.ok && reading.kind === 'table', `${file}: ${JSON.stringify(reading).slice(0, 300)}`);
  return { analysis: analyseTable(reading), rowCount: reading.rowCount };
}

/** A total in a variant is the same table computed with that variant chosen, as the setting would. */
function totalOf(analysis: TableAnalysis, key: string): number | undefined {
  const [id, variant] = key.split('#') as [string, string | undefined];
  const aggregate = variant
    ? aggregateTable(analysis.table, [id], { variants: { [id]: variant } })
    : analysis.aggregate;
  return aggregate.total.results.find((m) => m.id === id)?.value;
}

describe('platform exports: the corpus read as a user would select it', () => {
  it('has an expectation for every fixture of the corpus, and a fixture for every expectation', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), EXPORT_FIXTURES.map((f) => f.file).sort());
  });

  for (const fixture of EXPORT_FIXTURES) {
    const expected = EXPECTED[fixture.file]!;
    describe(`${fixture.platform}: ${fixture.file}`, () => {
      it(`reads ${expected.rows} data rows`, () => {
        assert.equal(analysed(fixture.file).rowCount, expected.rows);
      });

      it(`computes ${Object.keys(expected.totals).join(', ') || 'no KPI'} as ratios of sums`, () => {
        const { analysis } = analysed(fixture.file);
        for (const [key, value] of Object.entries(expected.totals)) {
          const total = totalOf(analysis, key);
          assert.ok(
            total !== undefined,
            `${key} has no total: ${JSON.stringify(analysis.aggregate.total.notAggregable)}`,
          );
          assert.ok(Math.abs(total - value) <= 5e-9 * Math.max(1, Math.abs(value)), `${key}: ${total} ≠ ${value}`);
        }
      });

      it(`leaves out exactly ${expected.unused.length === 0 ? 'nothing' : expected.unused.join(', ')}, each with its reason`, () => {
        const unused = analysed(fixture.file).analysis.reading.columns.filter((c) => c.role === 'unused');
        assert.deepEqual(
          unused.map((c) => c.name),
          expected.unused,
        );
        for (const column of unused) assert.ok((column.why ?? '').length > 10, `${column.name}: ${column.why}`);
      });

      it(`flags ${fixture.disagreeingRow ? `row ${fixture.disagreeingRow.row + 1} of ${fixture.disagreeingRow.column}` : 'no row'} where the platform's KPI disagrees with ours`, () => {
        const checks = analysed(fixture.file).analysis.checks.filter((k) => k.disagreeing.length > 0);
        assert.deepEqual(
          checks.map((k) => [k.name, k.disagreeing]),
          expected.disagreeing,
        );
      });

      it("reads the corpus's inputs and dimensions as the platform means them", () => {
        const { analysis } = analysed(fixture.file);
        const wrong: string[] = [];
        for (const column of analysis.reading.columns) {
          const meant = fixture.columns[column.name];
          if (!meant) continue;
          // The corpus proposes some quantities the catalog does not have (soft bounces, spam
          // complaints, event count): those columns are left out, with the reason, until it does.
          const id = 'input' in meant ? canonical(meant.input) : '';
          if ('input' in meant && CATALOG.quantities.has(id) && !(column.role === 'input' && column.id === id))
            wrong.push(`${column.name}: ${column.role} ${column.id ?? ''}, meant ${meant.input}`);
          if ('dimension' in meant && column.role !== 'dimension')
            wrong.push(`${column.name}: ${column.role}, meant a dimension`);
        }
        assert.deepEqual(wrong, KNOWN_DIFFERENCES[fixture.file] ?? []);
      });
    });
  }
});

/** The corpus proposes ids the catalog names otherwise. */
function canonical(id: string): string {
  return ({ keyEvents: 'conversions', totalClicks: 'allClicks' } as Record<string, string>)[id] ?? id;
}

/**
 * Where the corpus's reading and ours differ, and why we keep ours. Each is a judgement about
 * a name that means several things, said in the results as a note.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, readonly string[]>> = {
  // Meta's Purchases are the conversions here; the corpus reads Results as unused, as we do.
  // X writes all clicks as "Clicks"; without a Link clicks column to tell them apart they are read as clicks.
  'x-ads-campaign-daily.csv': ['Clicks: input clicks, meant allClicks'],
};
