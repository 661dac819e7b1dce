// A report inserted or copied (src/results/report/reportFormats.ts): Markdown with a Level
// column and indented subgroups, CSV with a column per dimension and inert text, JSON in the
// report's shape with each group's rows as a count.
import assert from 'node:assert/strict';
import { reportCsv, reportJson, reportMarkdown } from '../../../src/results/report/reportFormats';
import { formatter, SAMPLE, sampleReport } from './reportFixture';

const CHOICE = { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod' } as const;

describe('report formats', () => {
  it('Markdown: a Level column, subgroups indented, change as text with n/a and its reason, TOTAL bold', async () => {
    const lines = reportMarkdown(await sampleReport(CHOICE), formatter, 'en-US').split('\n');
    assert.match(lines[0]!, /^\| Level \| Campaign name › month \| CTR \| Δ CTR \| CPC \| Δ CPC \| CPL \| Δ CPL \|/);
    assert.match(lines[1]!, /^\| --: \| :-- \| --: \|/);
    assert.match(lines[2]!, /^\| 1 \| Lead Gen - Webinar \| 1\.56% \| {2}\| \$0\.87 \|/);
    assert.match(lines[3]!, /^\| 2 \| \u00a0{4}2024-02 \| 1\.59% \| n\/a \(no rows for 2024-01\) \|/);
    assert.match(lines[4]!, /\| \$24\.00 \| \+9\.1 % \|/);
    assert.match(lines[8]!, /^\| {2}\| \*\*TOTAL\*\* \| \*\*1\.70%\*\* \|/);
    assert.ok(
      lines.includes(
        '*TOTAL computes each KPI from the column sums (a ratio of sums, such as Σclicks ÷ Σimpressions), not as an average of the rows.*',
      ),
    );
  });

  it('CSV: a column per dimension and the level, plain numbers, change as a fraction, TOTAL at level 0', async () => {
    const lines = reportCsv(await sampleReport(CHOICE)).split('\n');
    assert.match(lines[0]!, /^Campaign name,month,level,ctr,ctr change,cpc,cpc change,cpl,cpl change,/);
    assert.match(lines[1]!, /^Lead Gen - Webinar,,1,0\.0155882352941,,/);
    assert.match(lines[3]!, /^Lead Gen - Webinar,2024-03,2,.*,24,0\.0909090909091,/);
    assert.match(lines[4]!, /^"Retargeting, ""Cart"" 7d",,1,/);
    assert.match(lines[7]!, /^TOTAL,,0,0\.0169565217391,/);
    assert.equal(lines.length, 8);
  });

  it('CSV: a campaign named like a formula stays text', async () => {
    const text = SAMPLE.replace(/Lead Gen - Webinar/g, '"=HYPERLINK(""http://x"",""y"")"').replace(
      /"Retargeting, ""Cart"" 7d"/g,
      '@SUM(1)',
    );
    const lines = reportCsv(await sampleReport({ groupBy: ['Campaign name'] }, text)).split('\n');
    assert.match(lines[1]!, /^"'=HYPERLINK\(""http:\/\/x"",""y""\)",1,/);
    assert.match(lines[2]!, /^'@SUM\(1\),1,/);
  });

  it('JSON: the report shape, rows as counts, KPIs and change as plain numbers', async () => {
    const json = JSON.parse(reportJson(await sampleReport(CHOICE))) as {
      breakdown: { name: string; kind: string }[];
      groups: {
        key: Record<string, string>;
        level: number;
        rows: number;
        total: Record<string, number | null>;
        change?: Record<string, { relative: number | null; better?: boolean; reason?: string }>;
      }[];
      total: Record<string, number>;
      rowCount: number;
    };
    assert.deepEqual(
      json.breakdown.map((d) => [d.name, d.kind]),
      [
        ['Campaign name', 'dimension'],
        ['month', 'period'],
      ],
    );
    assert.deepEqual(
      json.groups.map((g) => g.rows),
      [4, 2, 2, 3, 1, 2],
    );
    assert.deepEqual(json.groups[2]!.key, { 'Campaign name': 'Lead Gen - Webinar', month: '2024-03' });
    assert.equal(json.groups[2]!.total.cpl, 24);
    assert.deepEqual(json.groups[2]!.change!.cpl, {
      previous: 22,
      absolute: 2,
      relative: 0.0909090909091,
      better: false,
    });
    assert.equal(json.groups[1]!.change!.cpl!.reason, 'no rows for 2024-01');
    assert.equal(json.groups[0]!.change, undefined);
    assert.equal(json.total.cpl, 25.6);
    assert.equal(json.rowCount, 7);
  });
});
