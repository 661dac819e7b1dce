import assert from 'node:assert/strict';
import { parseLines } from '../../../src/webview/calculator/lines';

describe('calculator compute-all lines', () => {
  it('reads name: value, name = value and tab-separated lines', () => {
    const parsed = parseLines('clicks: 120\r\nimpr = 4,000\n\n# a comment\nspend\t$500');
    assert.deepEqual(parsed.values, { clicks: '120', impr: '4,000', spend: '$500' });
    assert.deepEqual(parsed.problems, []);
  });

  it('names the line of each problem', () => {
    const parsed = parseLines('clicks 120\n: 5\ncost:\nclicks: 1\nclicks: 2\n__proto__: 1');
    assert.deepEqual(parsed.problems, [
      'line 1: write it as name: value (for example clicks: 120)',
      "line 2: the name before ':' is missing",
      'line 3: cost has no value',
      'line 5: clicks is given twice; the first value is used',
      'line 6: __proto__ is not the name of a quantity',
    ]);
    assert.deepEqual(parsed.values, { clicks: '1' });
  });

  it('keeps odd names as plain own keys', () => {
    const parsed = parseLines('constructor: 1\ntoString: 2');
    assert.deepEqual(Object.keys(parsed.values), ['constructor', 'toString']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
