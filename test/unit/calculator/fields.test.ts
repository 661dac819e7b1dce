import assert from 'node:assert/strict';
import { fieldText, readField } from '../../../src/calculator/fields';
import { initMessage, unitLabel } from '../../../src/calculator/metricInfo';
import { testConfig } from './config';

describe('calculator fields', () => {
  it('reads percentages as percentages and ratios with their x', () => {
    assert.deepEqual(readField('3', 'percent', 'CTR', 'en-US'), { kind: 'value', value: 0.03 });
    assert.deepEqual(readField('3%', 'percent', 'CTR', 'en-US'), { kind: 'value', value: 0.03 });
    assert.deepEqual(readField(' 4x ', 'ratio', 'ROAS', 'en-US'), { kind: 'value', value: 4 });
    assert.deepEqual(readField('   ', 'count', 'Clicks', 'en-US'), { kind: 'empty' });
  });

  it('names the field in a problem', () => {
    const reading = readField('1e309', 'count', 'Clicks', 'en-US');
    assert.equal(reading.kind, 'problem');
    assert.match(reading.kind === 'problem' ? reading.message : '', /^Clicks: /);
  });

  it('writes stored numbers back as they read, in the locale', () => {
    assert.equal(fieldText(0.07, 'percent', 'en-US'), '7');
    assert.equal(fieldText(1234.5, 'currency', 'de-DE'), '1234,5');
    assert.equal(fieldText(4000, 'count', 'en-US'), '4000');
  });

  it('labels units', () => {
    assert.equal(unitLabel('currency', 'EUR'), 'money (EUR)');
    assert.equal(unitLabel('percent', 'USD'), '%');
  });
});

describe('calculator init message', () => {
  it('describes each metric with its fields, variants and related metrics', () => {
    const init = initMessage(testConfig({ variants: { roi: 'revenue' } }), 'roi');
    const roi = init.metrics.find((m) => m.id === 'roi')!;
    assert.equal(roi.defaultVariant, 'revenue');
    assert.deepEqual(
      roi.variants.map((v) => v.id),
      ['', 'revenue', 'salesGrowth'],
    );
    assert.deepEqual(
      roi.variants[1]!.inputs.map((f) => f.id),
      ['revenue', 'cost'],
    );
    const ctr = init.metrics.find((m) => m.id === 'ctr')!;
    assert.equal(ctr.category, 'digitalAdvertising');
    assert.deepEqual(
      ctr.variants[0]!.inputs.map((f) => [f.label, f.unitLabel]),
      [
        ['Clicks', 'count'],
        ['Impressions', 'count'],
      ],
    );
    assert.equal(ctr.field.label, 'Click-through rate (CTR)');
    assert.ok(ctr.related.some((r) => r.id === 'cpc'));
  });

  it("carries a custom metric's name as data, however it reads", () => {
    const name = '<img src=x onerror=alert(1)>';
    const init = initMessage(testConfig({ custom: [{ id: 'xss', name, formula: 'cost / sessions' }] }), 'xss');
    const xss = init.metrics.find((m) => m.id === 'xss')!;
    assert.equal(xss.title, name);
    assert.equal(xss.category, 'custom');
    assert.ok(init.categories.some((c) => c.id === 'custom'));
  });
});
