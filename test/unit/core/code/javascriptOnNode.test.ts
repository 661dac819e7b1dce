// The JavaScript that Insert Formula as Code writes, run by Node itself (the engine it is for):
// for every metric and variant, the function of one record gives the core's value of each row,
// and null where the core has none (a zero denominator), never Infinity or NaN.
import assert from 'node:assert/strict';
import * as vm from 'node:vm';
import { buildCatalog, evaluate, formulaAsCode } from '../../../../src/core';
import {
  catalog,
  completeRows,
  coreRows,
  coreValue,
  expandedFormula,
  FORMULA_CASES,
  NO_DIVISORS,
  sameNumber,
  tableCells,
  type Cells,
} from './engineTables';

type RecordFunction = (record: Record<string, number | null>) => unknown;

/** The written `const id = (…) => …;` evaluated in a fresh context, as a pasted snippet would be. */
function compiled(code: string, id: string): RecordFunction {
  return vm.runInNewContext(`${code}\n${id}`, { Math }) as RecordFunction;
}

describe('generated JavaScript on Node: every metric and variant, per row', () => {
  const cells: Cells[] = tableCells([...completeRows(4), NO_DIVISORS]);

  for (const formulaCase of FORMULA_CASES) {
    it(`${formulaCase.title}: every row as the core gives it, null where it has none`, () => {
      const code = formulaAsCode(formulaCase.id, 'javascript', { catalog, variants: formulaCase.variants });
      assert.ok(code.ok);
      const run = compiled(code.code, formulaCase.id);
      coreRows(expandedFormula(formulaCase), cells).forEach((row, r) => {
        const core = coreValue(formulaCase.id, row, formulaCase.variants);
        const engine = run(cells[r]!);
        if (core === undefined)
          assert.equal(engine, null, `row ${r}: JavaScript ${String(engine)}, the core has no value`);
        else
          assert.ok(
            typeof engine === 'number' && sameNumber(engine, core),
            `row ${r}: JavaScript ${String(engine)}, core ${core}`,
          );
      });
    });
  }

  it('a power after a minus and in a denominator: Math.pow, never ** (a SyntaxError after -) or ^ (XOR)', () => {
    // Failed before: `-clicks ** 2` does not parse, and the guard read `(impressions ^ 2 - clicks) === 0`.
    const custom = buildCatalog([
      { id: 'curve', name: 'Curve', formula: '-clicks ^ 2 / (impressions ^ 2 - clicks)' },
    ]).catalog;
    const code = formulaAsCode('curve', 'javascript', { catalog: custom });
    assert.ok(code.ok);
    const run = compiled(code.code, 'curve');
    const core = evaluate('curve', { clicks: 3, impressions: 4 }, { catalog: custom });
    assert.ok(core.ok);
    assert.equal(run({ clicks: 3, impressions: 4 }), core.value);
    assert.equal(run({ clicks: 4, impressions: 2 }), null, 'impressions² − clicks = 0 has no value');
  });
});
