import assert from 'node:assert/strict';
import { parseExpression } from '../../../../src/core/expr/parser';
import { printExpression } from '../../../../src/core/code/print';
import { evaluateExpr } from '../../../../src/core/expr/evaluate';

describe('expression parser', () => {
  describe('reads the language and prints it back with the fewest parentheses', () => {
    const cases: [source: string, printed: string][] = [
      ['clicks / impressions', 'clicks / impressions'],
      ['1000 * cost / impressions', '1000 * cost / impressions'],
      ['(grossProfit - cost) / cost', '(grossProfit - cost) / cost'],
      ['100 * (promoters - detractors) / respondents', '100 * (promoters - detractors) / respondents'],
      ['a - (b - c)', 'a - (b - c)'],
      ['a / (b * c)', 'a / (b * c)'],
      ['2 ^ 3 ^ 2', '2 ^ 3 ^ 2'],
      ['(2 ^ 3) ^ 2', '(2 ^ 3) ^ 2'],
      ['-x ^ 2', '-x ^ 2'],
      ['(-x) ^ 2', '(-x) ^ 2'],
      ['--3', '--3'],
      ['12%', '12 / 100'],
      ['1_000 + .5 + 1e3', '1000 + 0.5 + 1000'],
      ['ctr(clicks=120, impressions=4000)', 'ctr(clicks=120, impressions=4000)'],
      ['roas(50000, 10000) * 2', 'roas(50000, 10000) * 2'],
      ['3 × 4 ÷ 2 − 1', '3 * 4 / 2 - 1'],
    ];
    for (const [source, printed] of cases) {
      it(`${source}  →  ${printed}`, () => {
        const result = parseExpression(source);
        assert.ok(result.ok, result.ok ? '' : result.error.message);
        assert.equal(printExpression(result.expr), printed);
      });
    }
  });

  describe('evaluates arithmetic with the usual precedence', () => {
    const cases: [string, number][] = [
      ['1 + 2 * 3', 7],
      ['(1 + 2) * 3', 9],
      ['2 ^ 3 ^ 2', 512],
      ['-2 ^ 2', -4],
      ['10 / 4', 2.5],
      ['12% * 200', 24],
      ['8 - 3 - 2', 3],
    ];
    for (const [source, value] of cases) {
      it(`${source} = ${value}`, () => {
        const result = parseExpression(source);
        assert.ok(result.ok);
        assert.equal(evaluateExpr(result.expr, { value: () => NaN }), value);
      });
    }
  });

  describe('errors say where and what', () => {
    const cases: [source: string, message: RegExp, start: number][] = [
      ['clicks /', /expected a number, a name or '\(' at 1:9, found the end of the expression/, 8],
      ['(clicks / impressions', /expected a '\)' to close the '\(' at 1:1 at 1:22/, 21],
      ['clicks impressions', /expected an operator or the end of the expression at 1:8, found 'impressions'/, 7],
      ['clicks $ 3', /expected an operator .* at 1:8, found '\$'/, 7],
      ['ctr(clicks=1', /',' or a '\)' to close the call to 'ctr'/, 12],
      ['1 +\n * 2', /at 2:2/, 5],
      ['', /the expression is empty/, 0],
      ['1e999', /too large/, 0],
    ];
    for (const [source, message, start] of cases) {
      it(JSON.stringify(source), () => {
        const result = parseExpression(source);
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.error.code, 'parse');
        assert.match(result.error.message, message);
        assert.equal(result.error.span?.start, start);
      });
    }
  });

  it('records spans of every node', () => {
    const result = parseExpression('ctr(clicks=120, impressions=4000) * 2');
    assert.ok(result.ok);
    assert.deepEqual(result.expr.span, { start: 0, end: 37 });
    assert.equal(result.expr.kind, 'binary');
    if (result.expr.kind !== 'binary' || result.expr.left.kind !== 'call') return assert.fail('expected a call');
    assert.deepEqual(result.expr.left.calleeSpan, { start: 0, end: 3 });
    assert.deepEqual(result.expr.left.args[1]?.nameSpan, { start: 16, end: 27 });
  });

  it('does not overflow the stack on 100,000 nested parentheses', () => {
    const result = parseExpression('('.repeat(100_000) + '1' + ')'.repeat(100_000));
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.message, /nested too deeply/);
  });

  it('has no member access: constructor and __proto__ are plain names that resolve through the caller', () => {
    for (const source of ['constructor', '__proto__', 'toString']) {
      const result = parseExpression(source);
      assert.ok(result.ok);
      const seen: string[] = [];
      const value = evaluateExpr(result.expr, { value: (name) => (seen.push(name), NaN) });
      assert.ok(Number.isNaN(value));
      assert.deepEqual(seen, [source]);
    }
    assert.equal(parseExpression('a.constructor').ok, false);
    assert.equal(parseExpression('a["x"]').ok, false);
  });
});
