import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Expr } from '../../../../src/core/expr/ast';
import { computeColumns } from '../../../../src/core/engine/compute';
import type { Table } from '../../../../src/core/engine/table';
import { catalogOf } from '../../../../src/core/options';

/**
 * The engine against a reference that shares none of its code: each metric's default formula
 * walked row by row as a syntax tree, in plain JavaScript, with a metric input computed by the
 * same walk. The engine runs formulas column-wise over blocks of rows (program.ts) and chains
 * metrics to a fixpoint; every record (evaluate, computeAll, totals) goes through it as a
 * one-row table, so this is where its arithmetic is held to an independent one.
 */
const catalog = catalogOf({});

/** Metrics the reference can follow exactly: one form, no part/whole check. */
const plainMetrics = [...catalog.metrics.values()].filter((m) => !m.variants?.length && !m.parts?.length);

function walk(expr: Expr, value: (name: string) => number): number {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'name':
      return value(expr.name);
    case 'unary':
      return expr.op === '-' ? -walk(expr.operand, value) : walk(expr.operand, value);
    case 'binary': {
      const a = walk(expr.left, value);
      const b = walk(expr.right, value);
      if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
      if (expr.op === '+') return a + b;
      if (expr.op === '-') return a - b;
      if (expr.op === '*') return a * b;
      if (expr.op === '/') return b === 0 ? NaN : a / b;
      return a ** b;
    }
    default:
      return NaN;
  }
}

/** A metric's value in a row by the reference: its default formula over the row's cells. */
function reference(id: string, row: ReadonlyMap<string, number>, seen = new Set<string>()): number {
  const given = row.get(id);
  if (given !== undefined) return given;
  const metric = catalog.metrics.get(id);
  if (!metric || seen.has(id) || metric.variants?.length || metric.parts?.length) return NaN;
  seen.add(id);
  const value = walk(catalog.formula(id)!.expr, (name) => reference(name, row, seen));
  seen.delete(id);
  return Number.isFinite(value) ? value : NaN;
}

/** Every quantity the plain metrics read (metrics given as columns are the engine's other tests'). */
const quantities = [
  ...new Set(
    plainMetrics.flatMap((m) =>
      catalog.formula(m.id)!.inputs.filter((n) => catalog.quantities.has(n) && !catalog.metrics.has(n)),
    ),
  ),
];

describe('the engine against a plain tree-walking reference (differential)', () => {
  it(`every one-form metric without a part check (${plainMetrics.length} of ${catalog.metrics.size}), on random tables with zeros and empty cells`, function () {
    this.timeout(30_000);
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100) },
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.constant(NaN) },
    );
    const tables = fc
      .tuple(fc.subarray(quantities, { minLength: 2 }), fc.integer({ min: 1, max: 40 }))
      .chain(([columns, rows]) =>
        fc.record({
          columns: fc.constant(columns),
          rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), {
            minLength: rows,
            maxLength: rows,
          }),
        }),
      );
    let compared = 0;
    fc.assert(
      fc.property(tables, ({ columns, rows }) => {
        const table: Table = {
          columns,
          rowCount: rows.length,
          data: columns.map((_, c) => Float64Array.from(rows, (row) => row[c]!)),
        };
        // Blocks of 7 rows: a table of up to 40 rows crosses block boundaries.
        const result = computeColumns(table, undefined, {}, 7);
        rows.forEach((cells, r) => {
          const row = new Map<string, number>();
          columns.forEach((name, c) => {
            if (!Number.isNaN(cells[c]!)) row.set(name, cells[c]!);
          });
          for (const metric of plainMetrics) {
            const expected = reference(metric.id, row);
            const column = result.metrics.find((m) => m.id === metric.id);
            const actual = column ? column.values[r]! : NaN;
            assert.ok(
              Object.is(actual, expected),
              `${metric.id}, row ${r + 1}: engine ${actual}, reference ${expected}`,
            );
            if (!Number.isNaN(expected)) compared++;
          }
        });
      }),
      { numRuns: 300 },
    );
    assert.ok(compared > 1000, `only ${compared} values were compared`);
  });
});
