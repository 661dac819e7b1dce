// Issue 16: readNumber reads `1.2k` and `$5000`, but a call written the same way was a parse
// error ("expected ',' or a ')' … found 'k'"). Each test here failed before the scanner read
// the number reader's multipliers and currency signs.
import assert from 'node:assert/strict';
import { evaluateExpression, readNumber } from '../../../../src/core';

function valueOf(source: string): number {
  const result = evaluateExpression(source);
  assert.ok(result.ok, `${source}: ${result.ok ? '' : result.error.message}`);
  return result.value;
}

describe('amounts written as reports write them, inside metric calls', () => {
  it('ctr(clicks=1.2k, impressions=50k) is 2.4%, as 1200 over 50000', () => {
    assert.equal(valueOf('ctr(clicks=1.2k, impressions=50k)'), valueOf('ctr(clicks=1200, impressions=50000)'));
    assert.equal(valueOf('ctr(clicks=1.2k, impressions=50k)'), 0.024);
  });

  it('reads every multiplier the number reader reads, to the same value', () => {
    for (const written of ['1.2k', '3K', '1.5M', '2mm', '2.5bn', '4B', '1T']) {
      const read = readNumber(written);
      assert.ok(read.ok, written);
      assert.equal(valueOf(written), read.value, written);
    }
  });

  it('a currency sign before an amount: roas(revenue=$5000, cost=€1k)', () => {
    assert.equal(valueOf('roas(revenue=$5000, cost=€1k)'), 5);
  });

  it('1.2k is exactly 1200 (no binary drift from 1.2 × 1000)', () => {
    assert.equal(valueOf('1.2k'), 1200);
    assert.equal(valueOf('0.07k'), 70);
  });

  it('a letter that is no multiplier is still an error that points at it', () => {
    const result = evaluateExpression('ctr(clicks=12x, impressions=100)');
    assert.ok(!result.ok);
    assert.match(result.error.message, /found 'x'/);
    assert.deepEqual(result.error.span, { start: 13, end: 14 });
  });

  it('a name that starts with a multiplier letter after a space is a name, not a suffix', () => {
    const result = evaluateExpression('2 * k', { values: {} });
    assert.ok(!result.ok);
    assert.match(result.error.message, /'k'/);
  });
});
