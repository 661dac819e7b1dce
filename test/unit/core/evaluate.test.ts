import assert from 'node:assert/strict';
import { BUILTIN_CATALOG, evaluate } from '../../../src/core';

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

describe('evaluate', () => {
  describe('every seed example in METRICS.md', () => {
    for (const metric of BUILTIN_CATALOG.metrics) {
      for (const example of metric.examples) {
        it(`${metric.id}: ${example.description}`, () => {
          const result = evaluate(
            metric.id,
            example.inputs,
            example.variant ? { variants: { [metric.id]: example.variant } } : {},
          );
          assert.ok(result.ok, result.ok ? '' : result.error.message);
          assert.ok(
            close(result.value, example.expected),
            `${metric.id} = ${result.value}, expected ${example.expected}`,
          );
        });
      }
    }
  });

  describe('text per unit', () => {
    const cases: [id: string, inputs: Record<string, number | string>, text: string][] = [
      ['ctr', { clicks: 120, impressions: 4000 }, '3.00%'],
      ['roas', { revenue: 50000, cost: 10000 }, '5.00x'],
      ['cpc', { cost: 34.5, clicks: 1000 }, '$0.0345'],
      ['cpp', { cost: 250000, grps: 100 }, '$2,500.00'],
      ['nps', { promoters: 70, detractors: 10, respondents: 100 }, '60.0'],
      ['avgSessionDuration', { sessionDurationTotal: 1550, sessions: 10 }, '2m 35s'],
    ];
    for (const [id, inputs, text] of cases) {
      it(`${id} → ${text}`, () => {
        const result = evaluate(id, inputs);
        assert.ok(result.ok, result.ok ? '' : result.error.message);
        assert.equal(result.text, text);
      });
    }
  });

  it('returns value, unit, text and formula; percentages are fractions', () => {
    assert.deepEqual(evaluate('ctr', { clicks: 120, impressions: 4000 }), {
      ok: true,
      id: 'ctr',
      value: 0.03,
      unit: 'percent',
      text: '3.00%',
      formula: 'clicks / impressions',
    });
  });

  it('matches inputs and metric names through aliases', () => {
    const result = evaluate('CTR', { Clicks: 120, Impr: 4000 });
    assert.ok(result.ok);
    assert.equal(result.value, 0.03);
    const spend = evaluate('cost per click', { 'Ad Spend': 50, link_clicks: 100 });
    assert.ok(spend.ok);
    assert.equal(spend.value, 0.5);
  });

  it('reads text inputs with the configured locale', () => {
    const result = evaluate('cpc', { cost: '1.234,50 €', clicks: '1.000' }, { locale: 'de-DE', currency: 'EUR' });
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.ok(close(result.value, 1.2345));
  });

  it('scales cost_micros to cost (Google Ads)', () => {
    const result = evaluate('cpc', { cost_micros: 2_500_000, clicks: 5 });
    assert.ok(result.ok);
    assert.equal(result.value, 0.5);
  });

  it('chains through metric inputs: GRPs from reach, target audience and impressions', () => {
    const result = evaluate('grps', { reach: 600, targetAudience: 1000, impressions: 1200 });
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.ok(close(result.value, 120));
  });

  it('applies variants', () => {
    const revenue = evaluate('roi', { revenue: 200000, cost: 50000 }, { variants: { roi: 'revenue' } });
    assert.ok(revenue.ok);
    assert.equal(revenue.value, 3);
    assert.equal(revenue.formula, '(revenue - cost) / cost');
    const wrong = evaluate('roi', { revenue: 1, cost: 1 }, { variants: { roi: 'margin' } });
    assert.equal(wrong.ok, false);
    if (!wrong.ok) assert.match(wrong.error.message, /ROI has no variant 'margin'; choose 'revenue' or 'salesGrowth'/);
  });

  describe('problems are results that name the input', () => {
    const cases: [
      id: string,
      inputs: Record<string, number | string>,
      code: string,
      input: string | undefined,
      message: RegExp,
    ][] = [
      ['ctr', { clicks: 0, impressions: 0 }, 'zeroDenominator', 'impressions', /^no impressions/],
      ['csi', { scoreTotal: 10, respondents: 0, maxScore: 100 }, 'zeroDenominator', 'respondents', /^no respondents/],
      [
        'ctr',
        { clicks: 5000, impressions: 4000 },
        'partExceedsWhole',
        'clicks',
        /clicks \(5,000\) is larger than impressions \(4,000\)/,
      ],
      [
        'ctr',
        { clicks: -5, impressions: 4000 },
        'negative',
        'clicks',
        /clicks is negative \(-5\); a count cannot be below zero/,
      ],
      ['ctr', { clicks: 120 }, 'missingInput', 'impressions', /CTR needs impressions/],
      ['ctr', {}, 'missingInput', 'clicks', /CTR needs clicks and impressions/],
      ['ctr', { clicks: Number.NaN, impressions: 1 }, 'nonFinite', 'clicks', /clicks is not a number/],
      ['ctr', { clicks: Number.POSITIVE_INFINITY, impressions: 1 }, 'nonFinite', 'clicks', /not a finite number/],
      ['ctr', { clicks: '#DIV/0!', impressions: 1 }, 'invalidNumber', 'clicks', /clicks: .*#DIV\/0!/],
      ['ctrr', { clicks: 1, impressions: 1 }, 'unknownMetric', 'ctrr', /unknown metric 'ctrr' — did you mean 'ctr'\?/],
    ];
    for (const [id, inputs, code, input, message] of cases) {
      it(`${id} ${JSON.stringify(inputs)} → ${code}`, () => {
        const result = evaluate(id, inputs);
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.error.code, code);
        assert.equal(result.error.input, input);
        assert.match(result.error.message, message);
      });
    }
  });

  it('never returns Infinity or NaN as a value', () => {
    for (const metric of BUILTIN_CATALOG.metrics) {
      const zeros = Object.fromEntries(
        metric.examples[0] ? Object.keys(metric.examples[0].inputs).map((k) => [k, 0]) : [],
      );
      const result = evaluate(metric.id, zeros);
      if (result.ok) assert.ok(Number.isFinite(result.value), `${metric.id} gave ${result.value}`);
    }
  });
});
