// The LaTeX that Insert Formula as Code writes, typeset by KaTeX (the renderer of VS Code's
// Markdown preview) in its strictest mode, for every metric and variant: it must render, and
// its MathML — what a screen reader reads — must name every input of the formula and have a
// fraction for each division and a superscript for each power.
import assert from 'node:assert/strict';
import katex from 'katex';
import { buildCatalog, formulaAsCode, type Catalog, type Expr } from '../../../../src/core';
import { expandMetrics } from '../../../../src/core/code/expand';
import { namesIn, type BinaryOp } from '../../../../src/core/expr/ast';
import { expandedFormula, FORMULA_CASES } from './engineTables';

const STRICT = { throwOnError: true, strict: 'error' } as const;

/** The MathML of the formula, without the annotation that repeats the TeX source. */
function mathml(code: string): string {
  return katex
    .renderToString(code, { ...STRICT, output: 'mathml' })
    .replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '');
}

/**
 * The identifiers the MathML spells. KaTeX writes \mathrm{clicks} as one <mi> per letter, so a
 * run of adjacent <mi> is one name; <mtext> (\text{…}) is one name too.
 */
function identifiers(markup: string): string[] {
  const runs = markup.match(/(?:<mi[^>]*>[^<]*<\/mi>)+|<mtext>[^<]*<\/mtext>/g) ?? [];
  return runs.map((run) => run.replace(/<[^>]+>/g, ''));
}

function countOf(markup: string, tag: string): number {
  return markup.split(`<${tag}>`).length - 1;
}

function operations(expr: Expr, op: BinaryOp): number {
  if (expr.kind === 'binary') return (expr.op === op ? 1 : 0) + operations(expr.left, op) + operations(expr.right, op);
  return expr.kind === 'unary' ? operations(expr.operand, op) : 0;
}

function latexOf(id: string, options: { variants?: Readonly<Record<string, string>>; catalog?: Catalog }): string {
  const code = formulaAsCode(id, 'latex', options);
  assert.ok(code.ok, `no LaTeX for ${id}`);
  return code.code;
}

/** Renders as HTML and MathML, and the MathML has the formula's names, fractions and powers. */
function assertTypeset(code: string, expr: Expr): void {
  assert.doesNotThrow(() => katex.renderToString(code, STRICT), code);
  const markup = mathml(code);
  const names = identifiers(markup);
  for (const name of namesIn(expr))
    assert.ok(names.includes(name), `${name} is not among the MathML's identifiers ${names.join(', ')}`);
  assert.equal(countOf(markup, 'mfrac'), operations(expr, '/'), 'a fraction for each division');
  assert.equal(countOf(markup, 'msup'), operations(expr, '^'), 'a superscript for each power');
}

describe('generated LaTeX on KaTeX: renders strictly, and its MathML names every input', () => {
  it('covers every metric with every variant', () => {
    assert.ok(FORMULA_CASES.length >= 60, `${FORMULA_CASES.length} cases`);
  });

  for (const c of FORMULA_CASES) {
    it(`${c.title}: renders, with each input named and a fraction for each division`, () => {
      assertTypeset(latexOf(c.id, { variants: c.variants }), expandedFormula(c));
    });
  }

  it('a custom formula with unary minus, chained powers and a power of a sum renders, a superscript for each power', () => {
    const formula = '-clicks ^ 2 + cost ^ 0.5 ^ 2 - conversions / (impressions + clicks) ^ 2';
    const { catalog } = buildCatalog([{ id: 'powerMix', name: 'Power mix', formula }]);
    const parsed = catalog.formula('powerMix');
    assert.ok(parsed);
    assertTypeset(latexOf('powerMix', { catalog }), expandMetrics(parsed.expr, catalog, {}, new Set(['powerMix'])));
  });
});
