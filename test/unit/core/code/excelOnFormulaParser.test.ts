// The Excel / Google Sheets formulas that Insert Formula as Code writes, evaluated by a
// spreadsheet formula engine from npm (fast-formula-parser) on a sheet with one named column per
// input: integer counts, money with cents, a row of zeros and a row whose divisors are 0. For
// every metric and variant, each name bound to one row's cell gives the core's value of that
// row, and #N/A where the core has none — never #DIV/0!; for a metric whose inputs all sum, each
// name bound to its whole column gives the core's ratio-of-sums total.
import assert from 'node:assert/strict';
import FormulaParser from 'fast-formula-parser';
import { buildCatalog, evaluate, formulaAsCode, type Expr } from '../../../../src/core';
import { denominators } from '../../../../src/core/code/expand';
import { printExpression } from '../../../../src/core/code/print';
import { namesIn } from '../../../../src/core/expr/ast';
import {
  catalog,
  completeRows,
  coreRows,
  coreTotal,
  coreValue,
  expandedFormula,
  FORMULA_CASES,
  METRIC_COLUMNS,
  NO_DIVISORS,
  quantities,
  sameNumber,
  tableCells,
  type Cells,
  type FormulaCase,
} from './engineTables';

/** What a cell shows: a number, TRUE or FALSE, or an error value such as '#N/A'. */
type Shown = number | boolean | string;

/**
 * A sheet of rows with a named column per input. A name is the whole column (a named range:
 * SUM(clicks) totals it) or, for one row's formula, that row's cell.
 */
class Sheet {
  private row: number | undefined;
  private readonly parser: FormulaParser;
  private readonly columns: readonly string[];

  constructor(
    private readonly cells: readonly Cells[],
    functions: FormulaParser.Config['functions'] = {},
  ) {
    this.columns = Object.keys(cells[0] ?? {});
    this.parser = new FormulaParser({
      functions,
      onVariable: (name) => this.reference(name),
      onCell: ({ row, col }) => this.value(row, col),
      onRange: ({ from, to }) =>
        Array.from({ length: to.row - from.row + 1 }, (_, r) => [this.value(from.row + r, from.col)]),
    });
  }

  /** The formula with every name its whole column. */
  total(formula: string): Shown {
    this.row = undefined;
    return this.run(formula);
  }

  /** The formula with every name row r's cell (0-based). */
  at(r: number, formula: string): Shown {
    this.row = r;
    return this.run(formula);
  }

  private reference(name: string): FormulaParser.CellRef | FormulaParser.RangeRef | undefined {
    const col = this.columns.indexOf(name) + 1;
    if (col === 0) return undefined;
    return this.row === undefined
      ? { from: { row: 1, col }, to: { row: this.cells.length, col } }
      : { row: this.row + 1, col };
  }

  /** An empty quantity is a blank cell; a metric column the core has no value for shows #N/A, as our formula there would. */
  private value(row: number, col: number): FormulaParser.Value {
    const name = this.columns[col - 1]!;
    return (
      this.cells[row - 1]?.[name] ?? (METRIC_COLUMNS.includes(name) ? new FormulaParser.FormulaError('#N/A') : null)
    );
  }

  /** The engine returns an error value, or throws one for some; both are what the cell shows. */
  private run(formula: string): Shown {
    try {
      return shown(
        this.parser.parse(formula.replace(/^=/, ''), { sheet: 'Sheet1', row: 1, col: this.columns.length + 2 }),
      );
    } catch (error) {
      if (error instanceof FormulaParser.FormulaError) return error.error;
      throw error;
    }
  }
}

function shown(value: unknown): Shown {
  if (value instanceof FormulaParser.FormulaError) return value.error;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return `not a number: ${String(value)}`;
}

/**
 * OR as Excel and Google Sheets have it: an error among its arguments is the result (=OR(1/0,
 * TRUE) shows #DIV/0!). fast-formula-parser's own OR skips error arguments instead.
 */
function spreadsheetOr(...args: FormulaParser.Argument[]): FormulaParser.Value {
  const values = args.flatMap((a) => (Array.isArray(a.value) ? a.value.flat() : [a.value]));
  const error = values.find((v) => v instanceof FormulaParser.FormulaError);
  if (error !== undefined) return error;
  return values.some((v) => v === true || (typeof v === 'number' && v !== 0));
}

interface ExcelCase extends FormulaCase {
  readonly expr: Expr;
  readonly additive: boolean;
  readonly formula: string | undefined;
}

const CASES: readonly ExcelCase[] = FORMULA_CASES.map((c) => {
  const expr = expandedFormula(c);
  const code = formulaAsCode(c.id, 'excel', { variants: c.variants });
  const additive = namesIn(expr).every((n) => catalog.quantities.get(n)?.additive === true);
  return { ...c, expr, additive, formula: code.ok ? code.code : undefined };
});

const ZEROS = Object.fromEntries(quantities.map((q) => [q.id, 0]));
/** Integer counts, money with cents, a row of zeros and a row whose divisors are 0 (the last). */
const ROWS = tableCells([...completeRows(3), ZEROS, NO_DIVISORS]);
const DIVISORS_ZERO_ROW = ROWS.length - 1;
/** Rows whose divisors sum to 0 while the numerators do not. */
const ZERO_TOTALS = tableCells([NO_DIVISORS, NO_DIVISORS]);

/** The engine's value against the core's: the same number, or #N/A where the core has none. */
function assertShown(theirs: Shown, own: number | undefined, where: string): void {
  if (own === undefined) assert.equal(theirs, '#N/A', `${where}: the core has no value`);
  else
    assert.ok(
      typeof theirs === 'number' && sameNumber(theirs, own),
      `${where}: the engine ${String(theirs)}, core ${own}`,
    );
}

function formulaOf(c: ExcelCase): string {
  assert.ok(c.formula !== undefined, `no Excel formula for ${c.title}`);
  return c.formula;
}

/** The guard the writer once wrote: every denominator checked in one OR(). */
function orGuarded(expr: Expr, additive: boolean): string {
  const style = { name: (n: string) => (additive ? `SUM(${n})` : n) };
  const checks = [...new Set(denominators(expr).map((d) => `${printExpression(d, style)}=0`))];
  return `IF(OR(${checks.join(', ')}), NA(), ${printExpression(expr, style)})`;
}

describe('generated Excel formulas on fast-formula-parser: each row and each total as the core has them', () => {
  const sheet = new Sheet(ROWS);
  const zeroTotals = new Sheet(ZERO_TOTALS);

  it('covers every metric with every variant', () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
    assert.ok(CASES.some((c) => c.additive) && CASES.some((c) => !c.additive));
  });

  for (const c of CASES) {
    it(`${c.title}: each row's cells give the core's value, #N/A where a denominator is 0`, () => {
      const formula = formulaOf(c);
      coreRows(c.expr, ROWS).forEach((row, r) =>
        assertShown(sheet.at(r, formula), coreValue(c.id, row, c.variants), `row ${r + 1}`),
      );
      if (denominators(c.expr).length > 0)
        assert.equal(sheet.at(DIVISORS_ZERO_ROW, formula), '#N/A', 'the row whose divisors are 0');
    });

    if (c.additive) {
      it(`${c.title}: named columns give the core's ratio-of-sums total, #N/A where the divisors sum to 0`, () => {
        const formula = formulaOf(c);
        assertShown(sheet.total(formula), coreTotal(coreRows(c.expr, ROWS), c.id, c.variants), 'total');
        assertShown(
          zeroTotals.total(formula),
          coreTotal(coreRows(c.expr, ZERO_TOTALS), c.id, c.variants),
          'total of rows whose divisors are 0',
        );
      });
    }
  }
});

describe('the zero guard on fast-formula-parser: why nested IFs, not OR()', () => {
  const sheet = new Sheet(ROWS);
  const excelLike = new Sheet(ROWS, { OR: spreadsheetOr });
  // Metrics with a denominator that itself divides (LTV:CAC = CLV / (cost / new customers)):
  // the one-OR guard divides by 0 while checking.
  const dividingGuards = CASES.filter((c) => denominators(c.expr).some((d) => denominators(d).length > 0));

  it('some metrics have a denominator that divides', () => {
    assert.ok(dividingGuards.length > 0);
  });

  it('the engine computes a division by 0 inside a comparison to #DIV/0!, as spreadsheets do', () => {
    assert.equal(sheet.at(DIVISORS_ZERO_ROW, 'cost / newCustomers = 0'), '#DIV/0!');
  });

  it("this engine's OR skips an error argument, where Excel and Google Sheets return it: alone, it cannot tell the guards apart", () => {
    assert.equal(sheet.at(DIVISORS_ZERO_ROW, 'OR(cost / newCustomers = 0, newCustomers = 0)'), true);
    assert.equal(excelLike.at(DIVISORS_ZERO_ROW, 'OR(cost / newCustomers = 0, newCustomers = 0)'), '#DIV/0!');
  });

  for (const c of dividingGuards) {
    it(`${c.title}: with the spreadsheets' OR, the one-OR guard gives #DIV/0! and the nested IFs written give #N/A`, () => {
      assert.equal(excelLike.at(DIVISORS_ZERO_ROW, orGuarded(c.expr, c.additive)), '#DIV/0!');
      assert.equal(excelLike.at(DIVISORS_ZERO_ROW, formulaOf(c)), '#N/A');
      assert.equal(sheet.at(DIVISORS_ZERO_ROW, formulaOf(c)), '#N/A');
    });
  }
});

describe('powers in spreadsheet formulas', () => {
  // Spreadsheets read -a^2 as (-a)^2 and a^b^c as (a^b)^c; the core's formulas mean -(a^2) and
  // a^(b^c). A custom metric may use both.
  const { catalog: custom } = buildCatalog([
    {
      id: 'powerMix',
      name: 'Power mix',
      formula: '-clicks ^ 2 + cost ^ 0.5 ^ 2 - conversions / (impressions ^ 2 - clicks)',
    },
  ]);
  const row = { clicks: 3, cost: 16, conversions: 5, impressions: 4 };
  const sheet = new Sheet([row]);

  it("a custom formula with unary minus and chained powers gives the core's value", () => {
    const code = formulaAsCode('powerMix', 'excel', { catalog: custom });
    assert.ok(code.ok);
    const own = evaluate('powerMix', row, { catalog: custom });
    assert.ok(own.ok);
    assertShown(sheet.at(0, code.code), own.value, code.code);
  });
});
