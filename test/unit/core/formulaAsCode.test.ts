import assert from 'node:assert/strict';
import { BUILTIN_CATALOG, CODE_TARGETS, formulaAsCode, type CodeTarget } from '../../../src/core';

describe('formulaAsCode', () => {
  const cases: [id: string, target: CodeTarget, code: string][] = [
    // pandas: NaN where the denominator is 0, as the core gives no value, never inf.
    ['ctr', 'pandas', 'df["ctr"] = df["clicks"] / df["impressions"].where(df["impressions"] != 0)'],
    // SQL: a floating division, right where the counts are INTEGER columns.
    ['ctr', 'sql', '1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr'],
    [
      'ctr',
      'javascript',
      'const ctr = ({ clicks, impressions }) => (clicks == null || impressions == null || impressions === 0 ? null : clicks / impressions);',
    ],
    ['ctr', 'excel', '=IF(SUM(impressions)=0, NA(), SUM(clicks) / SUM(impressions))'],
    ['ctr', 'latex', '\\mathrm{CTR} = \\frac{\\mathrm{clicks}}{\\mathrm{impressions}}'],
    ['cpm', 'sql', '1000.0e0 * SUM(cost) / NULLIF(SUM(impressions), 0) AS cpm'],
    ['roi', 'pandas', 'df["roi"] = (df["grossProfit"] - df["cost"]) / df["cost"].where(df["cost"] != 0)'],
    ['vcr', 'sql', '1.0e0 * SUM(video_completions) / NULLIF(SUM(video_starts), 0) AS vcr'],
    [
      'csi',
      'javascript',
      'const csi = ({ scoreTotal, respondents, maxScore }) => (scoreTotal == null || respondents == null || maxScore == null || (respondents * maxScore) === 0 ? null : 100 * scoreTotal / (respondents * maxScore));',
    ],
    // A block comment: a `--` one would swallow the rest of a one-line SELECT.
    [
      'frequency',
      'sql',
      '1.0e0 * impressions / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    ],
    // Not circular: impressions as reach × frequency, not reach × (impressions / reach).
    [
      'impressions',
      'sql',
      'reach * frequency AS impressions /* per row: reach, frequency cannot be summed across rows */',
    ],
    // Excel: nested guards, the inner denominator first (OR() would evaluate cost / newCustomers and raise #DIV/0!).
    [
      'ltvToCac',
      'excel',
      '=IF(newCustomers=0, NA(), IF(cost / newCustomers=0, NA(), avgPurchaseValue * purchaseFrequency * customerLifespan / (cost / newCustomers)))',
    ],
    [
      'grps',
      'pandas',
      'df["grps"] = 100 * (df["reach"] / df["targetAudience"].where(df["targetAudience"] != 0)) * (df["impressions"] / df["reach"].where(df["reach"] != 0))',
    ],
    [
      'nps',
      'latex',
      '\\mathrm{NPS} = \\frac{100 \\times (\\mathrm{promoters} - \\mathrm{detractors})}{\\mathrm{respondents}}',
    ],
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
    assert.equal(result.code, 'df["conversionRate"] = df["conversions"] / df["visitors"].where(df["visitors"] != 0)');
  });
});
