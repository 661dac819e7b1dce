import assert from 'node:assert/strict';
import fc from 'fast-check';
import { aggregate, type CoreOptions } from '../../../../src/core';
import { aggregateRows } from '../../../../src/core/aggregate';
import { aggregateTable } from '../../../../src/core/engine/aggregateTable';
import { computeColumns, type ColumnResults } from '../../../../src/core/engine/compute';
import { recordOf, type Table } from '../../../../src/core/engine/table';

/** A table from rows of cells; null is an empty cell. */
function table(columns: string[], rows: (number | null)[][]): Table {
  const data = columns.map((_, c) => Float64Array.from(rows, (row) => row[c] ?? NaN));
  return { columns, rowCount: rows.length, data };
}

/** The columnar result must be the per-row path's, row by row and in the total. */
function assertSame(t: Table, ids?: string[], options: CoreOptions = {}): void {
  const records = Array.from({ length: t.rowCount }, (_, r) => recordOf(t, r));
  const expected = aggregateRows(records, ids, options);
  const actual = aggregateTable(t, ids, options);
  for (let r = 0; r < t.rowCount; r++) assert.deepStrictEqual(actual.row(r), expected.rows[r], `row ${r}`);
  assert.deepStrictEqual(actual.total, expected.total);
  const withFieldProblems = expected.rows.flatMap((row, r) => (row.fieldProblems.length > 0 ? [r] : []));
  assert.deepStrictEqual(actual.columns.inputs.problemRows, withFieldProblems, 'the rows flagged for unusable fields');
  // aggregate() delegates to the columnar path for such rows: the same again through it.
  const viaAggregate = aggregate(records, ids, options);
  assert.deepStrictEqual(viaAggregate.total, expected.total);
  assert.deepStrictEqual(viaAggregate.rows, expected.rows);
}

const SEVEN = ['impressions', 'clicks', 'cost', 'conversions', 'revenue', 'sessions', 'leads'];

describe('aggregateTable: the columnar path gives what the per-row path gives', () => {
  const cases: { name: string; columns: string[]; rows: (number | null)[][]; ids?: string[]; options?: CoreOptions }[] =
    [
      {
        name: 'the seven campaign fields',
        columns: SEVEN,
        rows: [
          [10000, 300, 450, 20, 2000, 280, 30],
          [5000, 100, 120.5, 4, 300, 90, 7],
        ],
      },
      {
        name: 'zero denominators in some rows',
        columns: SEVEN,
        rows: [
          [0, 0, 450, 0, 2000, 0, 0],
          [5000, 100, 0, 4, 300, 90, 7],
          [10, 1, 1, 1, 1, 1, 1],
        ],
      },
      {
        name: 'zero denominators in every row, so the total is a problem too',
        columns: ['cost', 'conversions'],
        rows: [
          [10, 0],
          [20, 0],
        ],
      },
      {
        name: 'a part larger than its whole',
        columns: ['clicks', 'impressions'],
        rows: [
          [300, 100],
          [10, 1000],
        ],
      },
      {
        name: 'negative and non-finite values',
        columns: ['cost', 'clicks', 'revenue'],
        rows: [
          [-5, 10, 3],
          [5, Infinity, 3],
          [5, 10, -Infinity],
        ],
      },
      {
        name: 'empty cells',
        columns: SEVEN,
        rows: [
          [null, 300, 450, null, 2000, 280, 30],
          [5000, null, 120, 4, null, 90, null],
          [null, null, null, null, null, null, null],
        ],
      },
      {
        name: 'a non-additive input that differs between rows',
        columns: ['reach', 'impressions'],
        rows: [
          [1000, 5000],
          [2000, 6000],
        ],
      },
      {
        name: 'a non-additive input shared by every row, chained to GRPs',
        columns: ['reach', 'targetAudience', 'impressions'],
        rows: [
          [1000, 10000, 2000],
          [1000, 10000, 3000],
        ],
      },
      {
        name: 'an input missing in some rows',
        columns: ['clicks', 'impressions'],
        rows: [
          [1, 10],
          [null, 10],
        ],
        ids: ['ctr'],
      },
      {
        name: 'aliases, a scaled alias and an unmatched column',
        columns: ['Spend', 'cost_micros', 'Link Clicks', 'campaign_id'],
        rows: [
          [12, null, 4, 7],
          [null, 3_000_000, 5, 8],
        ],
      },
      {
        name: 'two fields giving one input',
        columns: ['cost', 'spend', 'clicks'],
        rows: [
          [10, 12, 4],
          [null, 12, 5],
          [-1, 3, 2],
          [Infinity, 3, 2],
        ],
      },
      {
        name: 'a metric given as a column in some rows',
        columns: ['ctr', 'clicks', 'impressions', 'cost'],
        rows: [
          [0.5, 10, 100, 5],
          [null, 10, 100, 5],
          [0.1, null, null, 5],
        ],
      },
      {
        name: 'a given metric that feeds another',
        columns: ['frequency', 'reachRate'],
        rows: [
          [3, 0.2],
          [null, 0.2],
          [2, 0.4],
        ],
      },
      {
        name: 'chosen metrics, and one that needs another',
        columns: ['reach', 'targetAudience', 'impressions', 'clicks'],
        rows: [
          [1000, 10000, 2000, 20],
          [500, 10000, 3000, 30],
        ],
        ids: ['grps', 'CTR'],
      },
      {
        name: 'a variant',
        columns: ['revenue', 'cost', 'grossProfit'],
        rows: [
          [100, 50, 20],
          [10, 0, 5],
        ],
        options: { variants: { roi: 'revenue' } },
      },
      {
        name: 'an unknown variant',
        columns: ['conversions', 'sessions'],
        rows: [
          [1, 10],
          [2, 0],
        ],
        options: { variants: { conversionRate: 'nope' } },
      },
      {
        name: 'a signed input below zero',
        columns: ['grossProfit', 'cost'],
        rows: [
          [-20, 10],
          [5, 10],
        ],
      },
      { name: 'one row', columns: SEVEN, rows: [[10000, 300, 450, 20, 2000, 280, 30]] },
      { name: 'no rows', columns: SEVEN, rows: [] },
      {
        name: 'a repeated column name',
        columns: ['cost', 'cost', 'clicks'],
        rows: [
          [1, 2, 3],
          [4, null, 5],
        ],
      },
    ];
  for (const c of cases) {
    it(c.name, () => assertSame(table(c.columns, c.rows), c.ids, c.options));
  }

  it('keeps values as columns and problems as rows, with the reason a row asks for', () => {
    const result = aggregateTable(
      table(
        ['cost', 'conversions'],
        [
          [10, 2],
          [20, 0],
          [30, 0],
        ],
      ),
      ['cpa'],
    );
    const cpa = result.columns.metrics.find((m) => m.id === 'cpa')!;
    assert.deepStrictEqual([...cpa.values], [5, NaN, NaN]);
    assert.deepStrictEqual(cpa.problemRows, [1, 2]);
    assert.equal(result.row(1).problems[0]?.error.message, 'no conversions: it is 0, and the formula divides by it');
    assert.equal(result.total.results[0]?.value, 60 / 2);
  });

  it('agrees with the per-row path on random tables', () => {
    fc.assert(
      fc.property(randomTables(), ({ columns, rows, ids }) => assertSame(table(columns, rows), ids)),
      { numRuns: 200 },
    );
  });

  it('aggregate() gives the per-row result for records of any keys, in any order', () => {
    const field = fc.constantFrom(
      'impressions',
      'clicks',
      'cost',
      'spend',
      'conversions',
      'revenue',
      'frequency',
      'reach',
      'campaign',
    );
    const value = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, -1, '1,200', 'n/a', ''));
    const records = fc.array(
      fc.array(fc.tuple(field, value), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs)),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(records, (rows) => {
        const expected = aggregateRows(rows, undefined, {});
        const actual = aggregate(rows);
        assert.deepStrictEqual(actual.total, expected.total);
        assert.deepStrictEqual(actual.rows, expected.rows);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same columns whatever the block size, rows split across blocks included', () => {
    const plain = (result: ColumnResults): unknown => ({
      metrics: result.metrics.map(({ id, values, count, problemRows, firstValueRow }) => ({
        id,
        values: [...values],
        count,
        problemRows,
        firstValueRow,
      })),
      columns: [...result.columns].map(([id, values]) => [id, [...values]]),
    });
    fc.assert(
      fc.property(randomTables(), fc.integer({ min: 1, max: 5 }), ({ columns, rows, ids }, blockRows) => {
        const t = table(columns, rows);
        assert.deepStrictEqual(plain(computeColumns(t, ids, {}, blockRows)), plain(computeColumns(t, ids)));
      }),
      { numRuns: 300 },
    );
  });
});

/** Small tables of campaign columns, with empty, zero, negative and non-finite cells. */
function randomTables(): fc.Arbitrary<{ columns: string[]; rows: (number | null)[][]; ids: string[] | undefined }> {
  const names = [
    'impressions',
    'clicks',
    'cost',
    'spend',
    'conversions',
    'revenue',
    'sessions',
    'leads',
    'reach',
    'targetAudience',
    'ctr',
    'frequency',
    'cost_micros',
    'campaign_id',
    'grossProfit',
  ];
  const cell = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.constant(1000) },
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }) },
    { weight: 2, arbitrary: fc.double({ min: -10, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(-1, Infinity, -0, 1e308) },
  );
  return fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 8 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      rows: fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { maxLength: 12 }),
      ids: fc.option(fc.subarray(['ctr', 'cpc', 'cpa', 'grps', 'frequency', 'roas', 'cpm', 'reachRate']), {
        nil: undefined,
      }),
    }),
  );
}
