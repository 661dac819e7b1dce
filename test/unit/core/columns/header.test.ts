import assert from 'node:assert/strict';
import { splitHeader } from '../../../../src/core/columns/header';

/** Headers as the platforms write them (test/fixtures/exports/SOURCES.md cites each platform). */
const CASES: readonly [header: string, base: string, currency: string | undefined, percent: boolean][] = [
  ['Amount spent (USD)', 'Amount spent', 'USD', false],
  ['Amount spent (EUR)', 'Amount spent', 'EUR', false],
  ['CPC (cost per link click) (USD)', 'CPC (cost per link click)', 'USD', false],
  ['CPM (cost per 1,000 impressions) (EUR)', 'CPM (cost per 1,000 impressions)', 'EUR', false],
  ['CTR (link click-through rate)', 'CTR (link click-through rate)', undefined, false],
  ['Cost (€)', 'Cost', 'EUR', false],
  ['Spend ($)', 'Spend', 'USD', false],
  ['Revenue [GBP]', 'Revenue', 'GBP', false],
  ['CTR (%)', 'CTR', undefined, true],
  ['Open rate %', 'Open rate', undefined, true],
  ['Clicks (all)', 'Clicks (all)', undefined, false],
  ['metrics.cost_micros', 'cost_micros', undefined, false],
  ['metrics.conversions_value', 'conversions_value', undefined, false],
  ['segments.date', 'date', undefined, false],
  ['campaign.name', 'campaign name', undefined, false],
  ['ad_group.name', 'ad_group name', undefined, false],
  ['Impr.', 'Impr.', undefined, false],
  ['Cost / conv.', 'Cost / conv.', undefined, false],
  ['  Total Spent ', 'Total Spent', undefined, false],
];

describe('columns: a header taken apart', () => {
  for (const [header, base, currency, percent] of CASES) {
    it(`${JSON.stringify(header)} → ${JSON.stringify(base)}${currency ? ` in ${currency}` : ''}${percent ? ', in %' : ''}`, () => {
      const parts = splitHeader(header);
      assert.equal(parts.base, base);
      assert.equal(parts.currency, currency);
      assert.equal(parts.percent, percent);
    });
  }
});
