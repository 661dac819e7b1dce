import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { matchField, readName } from '../../../../src/core/columns/names';

describe('columns: what a name means', () => {
  it('keeps the contract: every catalog id, name and alias still reads as itself', () => {
    const wrong: string[] = [];
    for (const q of BUILTIN_CATALOG.quantities) {
      for (const name of [q.id, q.name, ...q.aliases]) {
        const m = readName(name, {}).meaning;
        if (m?.role !== 'input' || m.id !== q.id) wrong.push(`${name} → ${JSON.stringify(m)}`);
      }
    }
    for (const metric of BUILTIN_CATALOG.metrics) {
      for (const name of [metric.id, ...(metric.abbreviation ? [metric.abbreviation] : []), ...metric.aliases]) {
        const m = readName(name, {}).meaning;
        const id = m?.role === 'reported' ? m.metrics[0]!.id : m?.role === 'input' ? m.id : undefined;
        if (id !== metric.id) wrong.push(`${name} → ${JSON.stringify(m)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  const PLATFORM: readonly [name: string, role: string, id: string, factor?: number][] = [
    ['Amount spent (USD)', 'input', 'cost'],
    ['Total Spent', 'input', 'cost'],
    ['Spend', 'input', 'cost'],
    ['metrics.cost_micros', 'input', 'cost', 1e-6],
    ['Impr.', 'input', 'impressions'],
    ['metrics.impressions', 'input', 'impressions'],
    ['Link clicks', 'input', 'clicks'],
    ['Clicks (destination)', 'input', 'clicks'],
    ['Clicks (all)', 'input', 'allClicks'],
    ['Conv. value', 'input', 'revenue'],
    ['metrics.conversions_value', 'input', 'revenue'],
    ['Purchases conversion value', 'input', 'revenue'],
    ['Total revenue', 'input', 'revenue'],
    ['totalRevenue', 'input', 'revenue'],
    ['Key events', 'input', 'conversions'],
    ['keyEvents', 'input', 'conversions'],
    ['Engaged sessions', 'input', 'engagedSessions'],
    ['engagedSessions', 'input', 'engagedSessions'],
    ['Successful Deliveries', 'input', 'emailsDelivered'],
    ['Total Opens', 'input', 'totalOpens'],
    ['Unique Opens', 'input', 'uniqueOpens'],
    ['CTR (all)', 'reported', 'ctr'],
    ['Avg. CPC', 'reported', 'cpc'],
    ['Cost / conv.', 'reported', 'cpa'],
    ['Conv. value / cost', 'reported', 'roas'],
    ['Purchase ROAS (return on ad spend)', 'reported', 'roas'],
    ['Cost per result (USD)', 'reported', 'cpa'],
    ['Session key event rate', 'unused', ''],
    ['Campaign name', 'dimension', 'campaign'],
    ['campaign.name', 'dimension', 'campaign'],
    ['Session primary channel group (Default channel group)', 'dimension', 'channel'],
    ['segments.date', 'dimension', 'date'],
    ['Reporting starts', 'dimension', 'date'],
    ['Top queries', 'dimension', 'query'],
    ['Position', 'unused', ''],
  ];
  for (const [name, role, id, factor] of PLATFORM) {
    it(`a platform's '${name}' is ${role} ${id}`, () => {
      const m = readName(name, {}).meaning;
      assert.equal(m?.role, role);
      if (m?.role === 'input') {
        assert.equal(m.id, id);
        assert.equal(m.factor, factor ?? 1);
      }
      if (m?.role === 'reported') assert.equal(m.metrics[0]!.id, id);
      if (m?.role === 'dimension') assert.equal(m.kind, id);
    });
  }

  it('a header keeps its currency and its percent mark', () => {
    assert.equal(readName('Amount spent (EUR)', {}).currency, 'EUR');
    assert.equal(readName('CTR (%)', {}).percent, true);
  });

  it('a mapping wins, by the name as written or any spelling of it; ignore leaves the column out', () => {
    const options = {
      columnMappings: { 'Spend (planned)': 'ignore', Kosten: 'cost', Wert: 'revenue', 'My CTR': 'ctr' },
    };
    assert.deepEqual(readName('Kosten', options).meaning, { role: 'input', id: 'cost', factor: 1, rank: -1 });
    assert.equal(readName('kosten', options).by, 'mapping');
    assert.equal(readName('Spend (planned)', options).meaning?.role, 'unused');
    assert.equal(readName('My CTR', options).meaning?.role, 'reported');
    assert.deepEqual(matchField('Wert', options), { id: 'revenue', factor: 1 });
  });

  it('a mapping to no quantity is reported with the column and a suggestion, and the name is read as usual', () => {
    const reading = readName('Spend', { columnMappings: { Spend: 'revenu' } });
    assert.equal(
      reading.mappingProblem,
      "columnMappings maps 'Spend' to 'revenu', which is no quantity or metric (did you mean 'revenue'?)",
    );
    assert.equal(reading.meaning?.role === 'input' && reading.meaning.id, 'cost');
  });

  it('an id is itself in a record unless a mapping names it exactly', () => {
    assert.deepEqual(matchField('clicks', { columnMappings: { Clicks: 'allClicks' } }), { id: 'clicks', factor: 1 });
    assert.deepEqual(matchField('Clicks', { columnMappings: { Clicks: 'allClicks' } }), { id: 'allClicks', factor: 1 });
    assert.deepEqual(matchField('clicks', { columnMappings: { clicks: 'ignore' } }), undefined);
  });
});
