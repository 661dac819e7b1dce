// The samples a new user opens first (issue 15, item 11): the report's figures are the data's,
// and the data holds no character VS Code's Unicode highlighting flags (en dashes in names).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { aggregate, type Inputs } from '../../../src/core';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');
const rows = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'campaigns.json'), 'utf8')) as (Inputs & {
  campaign: string;
})[];
const report = fs.readFileSync(path.join(SAMPLES, 'report.md'), 'utf8');

/** A KPI of one campaign, or of all of them (ratio of sums), in the report's rounding. */
function kpi(id: string, campaign?: string): number {
  const selected = campaign ? rows.filter((r) => r.campaign === campaign) : rows;
  const value = aggregate(selected, [id]).total.results.find((m) => m.id === id)?.value;
  assert.ok(value !== undefined, `${id} of ${campaign ?? 'all'}`);
  return value;
}

describe('samples: what a new user opens first', () => {
  const figures: [claim: RegExp, value: () => number, digits: number][] = [
    [/Brand search leads at ([\d.]+) %/, () => 100 * kpi('ctr', 'Brand - Search'), 1],
    [/display trails at ([\d.]+) %/, () => 100 * kpi('ctr', 'Spring Sale - Display'), 2],
    [/Email is cheapest at about \$([\d.]+) a click/, () => kpi('cpc', 'Newsletter - Email'), 2],
    [/video is the\s+dearest at \$(\d+\.\d+)/, () => kpi('cpc', 'Product Launch - Video'), 2],
    [/Brand search returns ([\d.]+)× its spend/, () => kpi('roas', 'Brand - Search'), 1],
    [/prospecting on social\s+returns ([\d.]+)×/, () => kpi('roas', 'Prospecting - Social'), 1],
    [/conversions ÷ sessions, ([\d.]+) % across all campaigns/, () => 100 * kpi('conversionRate'), 2],
    [/retargeting, whose ROAS is ([\d.]+)×/, () => kpi('roas', 'Retargeting - Social'), 1],
  ];
  for (const [claim, value, digits] of figures) {
    it(`report.md: "${claim.source}" is what the data gives`, () => {
      const written = claim.exec(report)?.[1];
      assert.ok(written, `${claim} is not in report.md`);
      assert.equal(written, value().toFixed(digits));
    });
  }

  for (const file of ['campaigns.csv', 'campaigns.json', 'meta-ads-campaigns.csv', 'meta-campaigns-by-day.csv']) {
    it(`${file} holds only ASCII: no en dash or other character VS Code flags as unusual`, () => {
      const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
      const unusual = [...text].filter(
        (c) => c.charCodeAt(0) > 126 || (c.charCodeAt(0) < 32 && c !== '\n' && c !== '\r'),
      );
      assert.deepEqual(unusual, []);
    });
  }
});
