import assert from 'node:assert/strict';
import { BUILTIN_CATALOG, CODE_TARGETS, formulaAsCode, type CodeTarget } from '../../../src/core';

describe('formulaAsCode', () => {
  const cases: [id: string, target: CodeTarget, code: string][] = [
    ['ctr', 'pandas', 'df["ctr"] = df["clicks"] / df["impressions"]'],
    ['ctr', 'sql', 'SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr'],
    ['ctr', 'javascript', 'const ctr = ({ clicks, impressions }) => (impressions === 0 ? null : clicks / impressions);'],
    ['ctr', 'excel', '=IF(SUM(impressions)=0, NA(), SUM(clicks) / SUM(impressions))'],
    ['ctr', 'latex', '\\mathrm{CTR} = \\frac{\\mathrm{clicks}}{\\mathrm{impressions}}'],
    ['cpm', 'sql', '1000 * SUM(cost) / NULLIF(SUM(impressions), 0) AS cpm'],
    ['roi', 'pandas', 'df["roi"] = (df["grossProfit"] - df["cost"]) / df["cost"]'],
    ['vcr', 'sql', 'SUM(video_completions) / NULLIF(SUM(video_starts), 0) AS vcr'],
    ['csi', 'javascript', 'const csi = ({ scoreTotal, respondents, maxScore }) => ((respondents * maxScore) === 0 ? null : 100 * scoreTotal / (respondents * maxScore));'],
    ['frequency', 'sql', 'impressions / NULLIF(reach, 0) AS frequency -- per row: reach cannot be summed across rows'],
    ['grps', 'pandas', 'df["grps"] = 100 * (df["reach"] / df["targetAudience"]) * (df["impressions"] / df["reach"])'],
    ['nps', 'latex', '\\mathrm{NPS} = \\frac{100 \\times (\\mathrm{promoters} - \\mathrm{detractors})}{\\mathrm{respondents}}'],
  ];
  for (const [id, target, code] of cases) {
    it(`${id} as ${target}`, () => {
      const result = formulaAsCode(id, target);
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      assert.equal(result.code, code);
    });
  }

  it('writes every metric in every target', () => {
    for (const metric of BUILTIN_CATALOG.metrics) {
      for (const target of CODE_TARGETS) {
        const result = formulaAsCode(metric.id, target);
        assert.ok(result.ok && result.code.length > 0, `${metric.id} ${target}`);
      }
    }
  });

  it('uses the chosen variant', () => {
    const result = formulaAsCode('conversionRate', 'pandas', { variants: { conversionRate: 'perVisitor' } });
    assert.ok(result.ok);
    assert.equal(result.code, 'df["conversionRate"] = df["conversions"] / df["visitors"]');
  });
});
