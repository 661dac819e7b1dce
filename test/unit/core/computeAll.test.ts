import assert from 'node:assert/strict';
import { computeAll } from '../../../src/core';

describe('computeAll', () => {
  it('computes every metric a record determines, chaining to a fixpoint', () => {
    const result = computeAll({ reach: 100000, impressions: 500000, targetAudience: 200000 });
    const byId = Object.fromEntries(result.results.map((r) => [r.id, r.value]));
    assert.equal(byId.frequency, 5);
    assert.equal(byId.reachRate, 0.5);
    assert.equal(byId.grps, 250);
  });

  it('matches field names through aliases and reports unmatched fields', () => {
    const result = computeAll({
      Impr: 4000,
      link_clicks: 120,
      'Ad Spend': '$60',
      campaign_name: 'Spring',
      utm_source: 'google',
    });
    assert.deepEqual(
      result.inputs.map((i) => [i.field, i.id]),
      [
        ['Impr', 'impressions'],
        ['link_clicks', 'clicks'],
        ['Ad Spend', 'cost'],
      ],
    );
    assert.deepEqual(result.unmatched, ['campaign_name', 'utm_source']);
    const ids = result.results.map((r) => r.id);
    assert.deepEqual(ids, ['ctr', 'cpc', 'cpm']);
  });

  it('reports metrics whose inputs are there but have no value, and bad fields, without dropping the rest', () => {
    const result = computeAll({ clicks: 10, impressions: 0, cost: 50, conversions: 'N/A', leads: -2 });
    assert.deepEqual(
      result.problems.map((p) => [p.id, p.error.code]),
      [
        ['ctr', 'partExceedsWhole'],
        ['cpm', 'zeroDenominator'],
      ],
    );
    assert.deepEqual(
      result.fieldProblems.map((p) => [p.field, p.error.code]),
      [
        ['conversions', 'invalidNumber'],
        ['leads', 'negative'],
      ],
    );
    assert.deepEqual(
      result.results.map((r) => r.id),
      ['cpc'],
    );
  });

  it('flags two fields that give the same quantity', () => {
    const result = computeAll({ cost: 10, spend: 12, clicks: 5 });
    assert.equal(result.fieldProblems[0]?.field, 'spend');
    assert.match(result.fieldProblems[0]!.error.message, /'spend' and 'cost' both give cost/);
  });
});
