import assert from 'node:assert/strict';
import { handleCompute, handleComputeAll, handleLoadExample, respond } from '../../../src/calculator/handler';
import type { ComputeRequest } from '../../../src/calculator/protocol';
import { testConfig } from './config';

function request(metricId: string, values: Record<string, string>, solveFor = metricId, variant = ''): ComputeRequest {
  return { type: 'compute', requestId: 42, metricId, variant, values, solveFor };
}

describe('calculator handler: compute and solve', () => {
  const config = testConfig();

  it('computes CTR from the fields as typed', () => {
    const result = handleCompute(request('ctr', { clicks: '120', impressions: '4,000' }), config);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.requestId, 42);
    assert.equal(result.field, 'ctr');
    assert.equal(result.text, '3.00%');
    assert.equal(result.formula, 'ctr = clicks / impressions');
  });

  it('solves for revenue: a 4x ROAS on $10,000 needs $40,000.00', () => {
    const result = handleCompute(request('roas', { roas: '4', cost: '10000' }, 'revenue'), config);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.field, 'revenue');
    assert.equal(result.text, '$40,000.00');
    assert.equal(result.formula, 'revenue = roas * cost');
  });

  it('takes a ratio written as the results show it ("4x")', () => {
    assert.equal(handleCompute(request('roas', { roas: '4x', cost: '$10,000' }, 'revenue'), config).text, '$40,000.00');
  });

  it('reads a percentage field as a percentage, with or without the sign', () => {
    for (const ctr of ['2.5', '2.5%', '2.5 %']) {
      const result = handleCompute(request('ctr', { ctr, clicks: '120' }, 'impressions'), config);
      assert.equal(result.text, '4,800', `${ctr}: ${JSON.stringify(result)}`);
    }
  });

  it('ignores the value typed in the field being solved for', () => {
    const result = handleCompute(request('ctr', { ctr: 'garbage', clicks: '120', impressions: '4000' }), config);
    assert.equal(result.text, '3.00%');
  });

  it('lists empty fields as missing, not as problems', () => {
    const result = handleCompute(request('ctr', { clicks: '120' }), config);
    assert.equal(result.ok, false);
    assert.deepEqual(result.missing, ['impressions']);
    assert.deepEqual(result.problems, []);
  });

  it('names each field that is not a number', () => {
    const result = handleCompute(request('ctr', { clicks: 'abc', impressions: '#DIV/0!' }), config);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => p.field),
      ['clicks', 'impressions'],
    );
    assert.match(result.problems[0]!.message, /^Clicks: 'abc' is not a number/);
    assert.match(result.problems[1]!.message, /^Impressions: /);
  });

  it("passes on the core's problem, on the field it names", () => {
    const result = handleCompute(request('ctr', { clicks: '500', impressions: '100' }), config);
    assert.equal(result.ok, false);
    assert.equal(result.problems[0]?.field, 'clicks');
    assert.match(result.problems[0]!.message, /clicks \(500\) is larger than impressions \(100\)/);
  });

  it('reads numbers with the resolved locale, and says how it read ambiguous ones', () => {
    const de = testConfig({ locale: 'de-DE', currency: 'EUR' });
    const result = handleCompute(request('roas', { roas: '2,5', cost: '10.000' }, 'revenue'), de);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.text, '25.000,00\u00a0€');
    assert.equal(result.notes[0]?.field, 'cost');
    const us = handleCompute(request('roas', { roas: '2.5', cost: '10.000' }, 'revenue'), testConfig());
    assert.equal(us.text, '$25.00');
  });

  it('uses the variant chosen in the calculator over the settings', () => {
    const config2 = testConfig({ variants: { roi: 'revenue' } });
    const byRevenue = handleCompute(request('roi', { revenue: '300', cost: '100' }, 'roi', 'revenue'), config2);
    assert.equal(byRevenue.text, '200.00%');
    const byProfit = handleCompute(request('roi', { grossProfit: '150', cost: '100' }), config2);
    assert.equal(byProfit.text, '50.00%');
  });

  it('answers an unknown metric, variant or solve-for field with a problem, not an exception', () => {
    assert.match(handleCompute(request('nope', {}), config).problems[0]!.message, /unknown metric 'nope'/);
    assert.match(handleCompute(request('roi', {}, 'roi', 'magic'), config).problems[0]!.message, /no variant 'magic'/);
    assert.match(handleCompute(request('ctr', {}, 'revenue'), config).problems[0]!.message, /not a field/);
  });

  it('never reads Object.prototype for a field named constructor', () => {
    const custom = testConfig({
      custom: [
        { id: 'constructor', name: 'Constructor', formula: 'cost / sessions' },
        { id: 'perCtor', name: 'Per constructor', formula: 'cost / constructor' },
      ],
    });
    const result = handleCompute(request('perCtor', { cost: '10' }), custom);
    assert.deepEqual(result.missing, ['constructor']);
    assert.equal(handleCompute(request('perCtor', { cost: '10', constructor: '4' }), custom).text, '2.50');
  });
});

describe('calculator handler: compute all and examples', () => {
  const config = testConfig();

  it('lists every KPI the quantities determine, with unmatched fields', () => {
    const result = handleComputeAll(
      { type: 'computeAll', requestId: 3, values: { clicks: '120', impr: '4000', spend: '$500', colour: 'blue' } },
      config,
    );
    assert.equal(result.requestId, 3);
    const byId = new Map(result.results.map((r) => [r.id, r]));
    assert.equal(byId.get('ctr')?.text, '3.00%');
    assert.equal(byId.get('ctr')?.title, 'CTR — Click-through rate');
    assert.equal(byId.get('cpc')?.text, '$4.17');
    assert.deepEqual(result.unmatched, ['colour']);
    assert.deepEqual(
      result.inputs.find((i) => i.field === 'impr'),
      { field: 'impr', id: 'impressions', name: 'Impressions' },
    );
  });

  it('reads fields by the columnMappings setting and by the names platforms export', () => {
    const mapped = { ...config, coreOptions: { ...config.coreOptions, columnMappings: { 'Q3 outlay': 'cost' } } };
    const result = handleComputeAll(
      { type: 'computeAll', requestId: 4, values: { 'Q3 outlay': '300', 'Link clicks': '150', 'Impr.': '6000' } },
      mapped,
    );
    const byId = new Map(result.results.map((r) => [r.id, r.text]));
    assert.equal(byId.get('cpc'), '$2.00');
    assert.equal(byId.get('ctr'), '2.50%');
    assert.deepEqual(result.unmatched, []);
    assert.deepEqual(
      handleComputeAll({ type: 'computeAll', requestId: 5, values: { 'Q3 outlay': '300', clicks: '150' } }, config)
        .unmatched,
      ['Q3 outlay'],
      'without the mapping, Q3 outlay is no quantity',
    );
  });

  it('reports bad values and metrics that have no value', () => {
    const result = handleComputeAll(
      { type: 'computeAll', requestId: 1, values: { clicks: '500', impressions: '100', cost: 'N/A' } },
      config,
    );
    assert.ok(
      result.problems.some((p) => p.field === 'cost'),
      JSON.stringify(result.problems),
    );
    assert.ok(
      result.problems.some((p) => p.message.startsWith('CTR — Click-through rate: clicks (500) is larger')),
      JSON.stringify(result.problems),
    );
  });

  it('loads the seed example as field texts in the locale', () => {
    assert.deepEqual(handleLoadExample({ type: 'loadExample', metricId: 'ctr', variant: '' }, config)?.values, {
      clicks: '120',
      impressions: '4000',
    });
    const de = handleLoadExample(
      { type: 'loadExample', metricId: 'roas', variant: '' },
      testConfig({ locale: 'de-DE' }),
    );
    assert.deepEqual(de?.values, { revenue: '50000', cost: '10000' });
  });

  it('has no example for a custom metric, and no answer for other messages', () => {
    const custom = testConfig({
      custom: [{ id: 'costPerSession', name: 'Cost per session', formula: 'cost / sessions' }],
    });
    assert.equal(
      handleLoadExample({ type: 'loadExample', metricId: 'costPerSession', variant: '' }, custom),
      undefined,
    );
    assert.equal(respond({ type: 'ready' }, config), undefined);
    assert.equal(respond({ type: 'copy', text: 'x' }, config), undefined);
  });
});
