// The pandas code that Insert Formula as Code writes, run by pandas itself (Debian's
// python3-pandas, which `npm test` installs before this stage), for every metric and every
// variant, per row and with its total row, all in one Python process. The frame has integer
// counts, money with cents, rows whose denominators are 0 and a row with empty cells: each row's
// value must be the core's, NaN where the core has none — never pandas' inf — and the total row
// the core's ratio-of-sums total.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { formulaAsCode, type Expr } from '../../../../src/core';
import { namesIn } from '../../../../src/core/expr/ast';
import { DEBIAN_PANDAS, DEBIAN_PYTHON } from '../../../../scripts/vscode/paths';
import {
  catalog,
  completeRows,
  coreRows,
  coreTotal,
  coreValue,
  expandedFormula,
  FORMULA_CASES,
  NO_DIVISORS,
  quantities,
  sameNumber,
  tableCells,
  type FormulaCase,
} from './engineTables';

type Row = Record<string, number>;
/** What pandas gave for one value: a number, null for NaN, or "inf". */
type Cell = number | null | 'inf';
/** What a total-row run gave: the row count and the Total row's value ("none" without one). */
interface TotalRun {
  readonly rows: number;
  readonly value: Cell | 'none';
}
interface CaseRun {
  readonly perRow: Cell[];
  readonly total: TotalRun;
  readonly zeroTotal: TotalRun;
}

interface PandasCase extends FormulaCase {
  readonly expr: Expr;
  readonly additive: boolean;
  readonly perRow: string | undefined;
  readonly withTotal: string | undefined;
}

const CASES: readonly PandasCase[] = FORMULA_CASES.map((c) => {
  const expr = expandedFormula(c);
  const additive = namesIn(expr).every((n) => catalog.quantities.get(n)?.additive === true);
  return { ...c, expr, additive, perRow: pandasCode(c, false), withTotal: pandasCode(c, true) };
});

function pandasCode({ id, variants }: FormulaCase, totalRow: boolean): string | undefined {
  const code = formulaAsCode(id, 'pandas', { variants, totalRow });
  return code.ok ? code.code : undefined;
}

const ZEROS: Row = Object.fromEntries(quantities.map((q) => [q.id, 0]));

/**
 * A row with every third quantity left empty. Quantities that are also metrics (impressions,
 * GRPs) stay filled: the core derives an empty one from the others, a column in pandas cannot.
 */
function withGaps(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([id], i) => i % 3 !== 1 || catalog.metrics.has(id)));
}

/** Integer counts, money with cents, a row of zeros, a row whose divisors are 0, a row with empty cells. */
const MAIN_FRAME = tableCells([...completeRows(3), ZEROS, NO_DIVISORS, withGaps(completeRows(4)[3]!)]);
/** Every divisor summing to 0 while the numerators do not. */
const ZERO_FRAME = tableCells([NO_DIVISORS, NO_DIVISORS]);

const PYTHON = `
import json, math, sys
import pandas as pd

def plain(v):
    if isinstance(v, float) and math.isinf(v): return "inf"
    if v is None or (isinstance(v, float) and math.isnan(v)): return None
    return float(v)

def run(code, frame):
    scope = {"df": frame.copy()}
    exec(code, scope)
    return scope["df"]

def total(df, id):
    return {"rows": len(df), "value": plain(df.loc["Total", id]) if "Total" in df.index else "none"}

data = json.loads(sys.stdin.read())
main, zero = pd.DataFrame(data["main"]), pd.DataFrame(data["zeroTotals"])
out = {}
for case in data["cases"]:
    try:
        per_row = run(case["perRow"], main)[case["id"]]
        out[case["key"]] = {
            "perRow": [plain(v) for v in per_row.tolist()],
            "total": total(run(case["withTotal"], main), case["id"]),
            "zeroTotal": total(run(case["withTotal"], zero), case["id"]),
        }
    except Exception as error:
        out[case["key"]] = repr(error)
print(json.dumps(out))
`;

/** Runs every case's code, per row and with its total row, in one Python process. */
function runPandas(): Record<string, CaseRun | string> {
  const cases = CASES.filter((c) => c.perRow && c.withTotal).map((c) => ({
    key: c.title,
    id: c.id,
    perRow: c.perRow,
    withTotal: c.withTotal,
  }));
  const input = JSON.stringify({ main: MAIN_FRAME, zeroTotals: ZERO_FRAME, cases });
  const output = execFileSync(DEBIAN_PYTHON, ['-c', PYTHON], { input, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(output) as Record<string, CaseRun | string>;
}

/** pandas' value against the core's: the same number, or NaN where the core has none. */
function assertSame(theirs: Cell | 'none' | undefined, own: number | undefined, where: string): void {
  assert.notEqual(theirs, 'inf', `${where}: pandas gave inf`);
  if (own === undefined) assert.equal(theirs, null, `${where}: the core has no value, pandas gave ${String(theirs)}`);
  else
    assert.ok(typeof theirs === 'number' && sameNumber(theirs, own), `${where}: pandas ${String(theirs)}, core ${own}`);
}

describe('generated pandas on pandas: every metric and variant, per row and its total row', () => {
  let results: Record<string, CaseRun | string> = {};

  before(function () {
    this.timeout(60_000);
    assert.ok(
      fs.existsSync(DEBIAN_PANDAS),
      `Debian's pandas is not installed: npm test installs it as root, or run apt-get install python3-pandas`,
    );
    results = runPandas();
  });

  function runOf(c: PandasCase): CaseRun {
    assert.ok(c.perRow !== undefined && c.withTotal !== undefined, `no pandas code for ${c.title}`);
    const run = results[c.title];
    assert.ok(typeof run === 'object', `pandas failed: ${String(run)}`);
    return run;
  }

  it('covers every metric with every variant, some totals with values and some without', () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
    const totals = CASES.filter((c) => c.additive).map((c) =>
      coreTotal(coreRows(c.expr, MAIN_FRAME), c.id, c.variants),
    );
    assert.ok(
      totals.some((t) => t === undefined) && totals.some((t) => t !== undefined),
      'the empty cells must leave some totals without a value, not all',
    );
  });

  for (const c of CASES) {
    it(`${c.title}: every row as the core gives it, NaN where it has none`, () => {
      const { perRow } = runOf(c);
      coreRows(c.expr, MAIN_FRAME).forEach((row, r) =>
        assertSame(perRow[r], coreValue(c.id, row, c.variants), `row ${r + 1}`),
      );
    });

    if (c.additive) {
      it(`${c.title}: the total row is the core's ratio of sums, NaN where the divisors sum to 0`, () => {
        const { total, zeroTotal } = runOf(c);
        assert.ok(
          !c.perRow?.includes('\n') && c.withTotal?.startsWith(`${c.perRow}\n`),
          'the per-row line comes first, unchanged',
        );
        assert.equal(total.rows, MAIN_FRAME.length + 1, 'one row appended');
        assertSame(total.value, coreTotal(coreRows(c.expr, MAIN_FRAME), c.id, c.variants), 'total');
        assertSame(
          zeroTotal.value,
          coreTotal(coreRows(c.expr, ZERO_FRAME), c.id, c.variants),
          'total of rows whose divisors are 0',
        );
      });
    } else {
      it(`${c.title}: no total row, a comment naming the inputs that cannot be summed`, () => {
        const { total } = runOf(c);
        const comment = c.withTotal?.slice(`${c.perRow}\n`.length) ?? '';
        assert.ok(
          c.withTotal?.startsWith(`${c.perRow}\n`) && /^# [^\n]*$/.test(comment),
          `one comment line after the per-row line: ${c.withTotal}`,
        );
        for (const name of namesIn(c.expr).filter((n) => catalog.quantities.get(n)?.additive !== true))
          assert.match(comment, new RegExp(`\\b${name}\\b`), `names ${name}`);
        assert.equal(total.rows, MAIN_FRAME.length, 'no row appended');
        assert.equal(
          coreTotal(coreRows(c.expr, MAIN_FRAME), c.id, c.variants),
          undefined,
          'the core has no total on these rows either',
        );
      });
    }
  }
});
