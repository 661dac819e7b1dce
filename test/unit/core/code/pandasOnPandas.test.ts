// The pandas code that Insert Formula as Code writes, run by pandas itself (Debian's
// python3-pandas, which `npm test` installs before this stage) on rows as the core reads them,
// one of them all zeros: each row's value must be the core's, and NaN where the core has none —
// never pandas' inf.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { BUILTIN_CATALOG, computeAll, formulaAsCode, type Inputs } from '../../../../src/core';
import { DEBIAN_PANDAS, DEBIAN_PYTHON } from '../../../../scripts/vscode/paths';
import { catalog, quantities, rows, sameNumber } from './engineTables';

/** Each metric's pandas line whose columns are all quantities of the table. */
const LINES = BUILTIN_CATALOG.metrics.flatMap((metric) => {
  const code = formulaAsCode(metric.id, 'pandas');
  if (!code.ok || catalog.quantities.has(metric.id)) return [];
  const columns = [...code.code.matchAll(/df\["([^"]+)"\]/g)].map((m) => m[1]!).slice(1);
  return columns.every((c) => catalog.quantities.has(c)) ? [{ id: metric.id, code: code.code }] : [];
});

/** Runs every line on a DataFrame of the rows; gives each metric's column (null for NaN). */
function runPandas(data: readonly Record<string, number>[]): Record<string, (number | null)[] | string> {
  const script = [
    'import json, math, sys',
    'import pandas as pd',
    'def plain(v):',
    '    if isinstance(v, float) and math.isinf(v): return "inf"',
    '    if v is None or (isinstance(v, float) and math.isnan(v)): return None',
    '    return float(v)',
    'data = json.loads(sys.stdin.read())',
    'df = pd.DataFrame(data["rows"])',
    'out = {}',
    'for metric in data["lines"]:',
    '    try:',
    '        exec(metric["code"], {"df": df})',
    '        out[metric["id"]] = [plain(v) for v in df[metric["id"]].tolist()]',
    '    except Exception as error:',
    '        out[metric["id"]] = repr(error)',
    'print(json.dumps(out))',
  ].join('\n');
  const output = execFileSync(DEBIAN_PYTHON, ['-c', script], { input: JSON.stringify({ rows: data, lines: LINES }), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(output) as Record<string, (number | null)[] | string>;
}

describe('generated pandas on pandas: each row the core\'s value, NaN where it has none', () => {
  const zeros = Object.fromEntries(quantities.map((q) => [q.id, 0]));
  // Every quantity that some formula divides by is 0, the others 7: x / 0 where pandas gives inf.
  const divisors = new Set(BUILTIN_CATALOG.metrics.flatMap((m) => [...m.formula.matchAll(/\/\s*\(?\s*([A-Za-z]+)/g)].map((match) => match[1]!)));
  const noDivisors = Object.fromEntries(quantities.map((q) => [q.id, divisors.has(q.id) ? 0 : 7]));
  const data = [...rows(3), zeros, noDivisors];
  let results: Record<string, (number | null)[] | string> = {};

  before(function () {
    this.timeout(60_000);
    assert.ok(fs.existsSync(DEBIAN_PANDAS), `Debian's pandas is not installed: npm test installs it as root, or run apt-get install python3-pandas`);
    results = runPandas(data);
  });

  it('covers the metrics whose columns are all quantities', () => {
    assert.ok(LINES.length >= 50, `${LINES.length} metrics`);
  });

  for (const { id } of LINES) {
    it(`${id}: every row as the core gives it`, () => {
      const column = results[id];
      assert.ok(Array.isArray(column), `pandas failed: ${String(column)}`);
      data.forEach((row, r) => {
        const own = computeAll(row as Inputs, { catalog }).results.find((m) => m.id === id)?.value;
        const theirs = column[r];
        assert.notEqual(theirs, 'inf', `row ${r + 1}: pandas gave inf`);
        if (own === undefined) assert.equal(theirs, null, `row ${r + 1}: the core has no value, pandas gave ${String(theirs)}`);
        else assert.ok(typeof theirs === 'number' && sameNumber(theirs, own), `row ${r + 1}: pandas ${String(theirs)}, core ${own}`);
      });
    });
  }
});
