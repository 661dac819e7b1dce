import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BUILTIN_CATALOG, builtinCatalog, evaluate, solve } from '../../../src/core';

function close(actual: number, expected: number, tolerance = 1e-6): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

/** Inputs that respect every part ≤ whole rule of the metric (a whole grows to fit its part). */
function validInputs(
  names: readonly string[],
  draws: readonly number[],
  parts: readonly { part: string; whole: string }[],
): Record<string, number> {
  const inputs: Record<string, number> = {};
  names.forEach((name, i) => (inputs[name] = draws[i]!));
  for (let pass = 0; pass < 2; pass++) {
    for (const { part, whole } of parts) {
      if (inputs[part]! > inputs[whole]!) inputs[whole] = inputs[part]! * 1.5;
    }
  }
  return inputs;
}

describe('solve', () => {
  it('finds the revenue a 4x ROAS on $10k needs', () => {
    const result = solve('roas', { roas: 4, cost: 10000 }, 'revenue');
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(result.value, 40000);
    assert.equal(result.text, '$40,000.00');
    assert.equal(result.method, 'symbolic');
    assert.equal(result.formula, 'revenue = roas * cost');
  });

  it('solves for the metric itself from all its inputs', () => {
    const result = solve('ctr', { clicks: 120, impressions: 4000 }, 'ctr');
    assert.ok(result.ok);
    assert.equal(result.value, 0.03);
    assert.equal(result.method, 'direct');
  });

  it('uses a numeric search where the unknown appears twice (ROI for cost)', () => {
    const result = solve('roi', { roi: 1, grossProfit: 100000 }, 'cost');
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(result.method, 'numeric');
    assert.ok(close(result.value, 50000, 1e-9));
  });

  it('goes through a metric input: reach from GRPs, frequency and target audience', () => {
    const result = solve('grps', { grps: 120, frequency: 2, targetAudience: 1000 }, 'reach');
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.ok(close(result.value, 600));
  });

  describe('says so when there is no unique solution', () => {
    const cases: [id: string, known: Record<string, number>, unknown: string, code: string, message: RegExp][] = [
      ['ctr', { ctr: 0, clicks: 120 }, 'impressions', 'noSolution', /impressions/],
      ['ctr', { ctr: 0, clicks: 0 }, 'impressions', 'notUnique', /every value of impressions/],
      ['ctr', { ctr: 2, clicks: 120 }, 'impressions', 'noSolution', /clicks \(120\) is larger than impressions \(60\)/],
      ['roas', { cost: 10000 }, 'revenue', 'missingInput', /give the value ROAS should have \(roas\)/],
      ['roas', { roas: 4 }, 'revenue', 'missingInput', /also needs cost/],
      ['ctr', { ctr: 0.1, clicks: 5 }, 'revenue', 'noSolution', /revenue is not an input of CTR/],
    ];
    for (const [id, known, unknown, code, message] of cases) {
      it(`${id} ${JSON.stringify(known)} for ${unknown} → ${code}`, () => {
        const result = solve(id, known, unknown);
        assert.equal(result.ok, false, JSON.stringify(result));
        if (result.ok) return;
        assert.equal(result.error.code, code);
        assert.match(result.error.message, message);
      });
    }
  });

  describe('round trip for every metric and every input (property-based)', () => {
    const catalog = builtinCatalog();
    for (const metric of BUILTIN_CATALOG.metrics) {
      const formula = catalog.formula(metric.id)!;
      for (const unknown of formula.inputs) {
        it(`${metric.id} for ${unknown}`, () => {
          fc.assert(
            fc.property(
              fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), {
                minLength: formula.inputs.length,
                maxLength: formula.inputs.length,
              }),
              (draws) => {
                const inputs = validInputs(formula.inputs, draws, metric.parts ?? []);
                const forward = evaluate(metric.id, inputs);
                if (!forward.ok) return true; // e.g. a value that cannot be a target; covered elsewhere
                const { [unknown]: original, ...rest } = inputs;
                const solved = solve(metric.id, { ...rest, [metric.id]: forward.value }, unknown);
                assert.ok(solved.ok, solved.ok ? '' : `${solved.error.message} for ${JSON.stringify(inputs)}`);
                assert.ok(close(solved.value, original!), `${unknown}: solved ${solved.value}, was ${original}`);
                return true;
              },
            ),
            { numRuns: 25, seed: 42 },
          );
        });
      }
    }
  });
});
