// The SQL dialects' exact text for a few metrics (goldens), and the naming rules: which names
// must be quoted and how each dialect quotes them. What the text computes is checked on the
// engines (sqlOn*.test.ts) and in node-sql-parser's reading (sqlOnParser.test.ts).
import assert from 'node:assert/strict';
import { BUILTIN_CATALOG, formulaAsCode } from '../../../../src/core';
import { SQL_DIALECTS, type SqlDialect } from '../../../../src/core/code/sqlDialects';
import { needsQuoting, reservedWords } from '../../../../src/core/code/sqlIdentifiers';
import { CUSTOM, snake, sqlOf } from './engineTables';
import { ALL_CASES } from './sqlEngineSuite';

/**
 * ctr and roas (ratios of sums of counts and of money), frequency (per row), rank (a power of a
 * ratio, a reserved word in MySQL), select (a power of an integer sum) and order (reserved
 * everywhere), in each dialect.
 */
const GOLDEN: Readonly<
  Record<SqlDialect, Readonly<Record<'ctr' | 'roas' | 'frequency' | 'rank' | 'select' | 'order', string>>>
> = {
  portable: {
    ctr: '1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: '1.0e0 * SUM(revenue) / NULLIF(SUM(cost), 0) AS roas',
    frequency: '1.0e0 * impressions / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0), 0.5) AS "rank"',
    select: 'POWER(1.0e0 * SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "select"',
    order: '1.0e0 * SUM(revenue) / NULLIF(SUM(orders), 0) AS "order"',
  },
  postgresql: {
    ctr: 'CAST(SUM(clicks) AS DOUBLE PRECISION) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: 'CAST(SUM(revenue) AS DOUBLE PRECISION) / NULLIF(SUM(cost), 0) AS roas',
    frequency:
      'CAST(impressions AS DOUBLE PRECISION) / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(CAST(SUM(clicks) AS DOUBLE PRECISION) / NULLIF(SUM(impressions), 0), 0.5) AS "rank"',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "select"',
    order: 'CAST(SUM(revenue) AS DOUBLE PRECISION) / NULLIF(SUM(orders), 0) AS "order"',
  },
  bigquery: {
    ctr: 'SAFE_DIVIDE(SUM(clicks), SUM(impressions)) AS ctr',
    roas: 'SAFE_DIVIDE(CAST(SUM(revenue) AS FLOAT64), SUM(cost)) AS roas',
    frequency: 'SAFE_DIVIDE(impressions, reach) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(SAFE_DIVIDE(SUM(clicks), SUM(impressions)), 0.5) AS `rank`',
    select: 'SAFE_DIVIDE(POWER(SUM(clicks), 2), SUM(impressions)) AS `select`',
    order: 'SAFE_DIVIDE(CAST(SUM(revenue) AS FLOAT64), SUM(orders)) AS `order`',
  },
  snowflake: {
    ctr: 'CAST(SUM(clicks) AS FLOAT) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: 'CAST(SUM(revenue) AS FLOAT) / NULLIF(SUM(cost), 0) AS roas',
    frequency:
      'CAST(impressions AS FLOAT) / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(CAST(SUM(clicks) AS FLOAT) / NULLIF(SUM(impressions), 0), 0.5) AS "RANK"',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "SELECT"',
    order: 'CAST(SUM(revenue) AS FLOAT) / NULLIF(SUM(orders), 0) AS "ORDER"',
  },
  duckdb: {
    ctr: 'SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: 'SUM(revenue) / NULLIF(SUM(cost), 0) AS roas',
    frequency: 'impressions / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(SUM(clicks) / NULLIF(SUM(impressions), 0), 0.5) AS "rank"',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "select"',
    order: 'SUM(revenue) / NULLIF(SUM(orders), 0) AS "order"',
  },
  sqlite: {
    ctr: 'CAST(SUM(clicks) AS REAL) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: 'CAST(SUM(revenue) AS REAL) / NULLIF(SUM(cost), 0) AS roas',
    frequency:
      'CAST(impressions AS REAL) / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(CAST(SUM(clicks) AS REAL) / NULLIF(SUM(impressions), 0), 0.5) AS "rank"',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "select"',
    order: 'CAST(SUM(revenue) AS REAL) / NULLIF(SUM(orders), 0) AS "order"',
  },
  sqlserver: {
    ctr: 'SUM(CAST(clicks AS FLOAT)) / NULLIF(SUM(CAST(impressions AS FLOAT)), 0) AS ctr',
    roas: 'SUM(CAST(revenue AS FLOAT)) / NULLIF(SUM(CAST(cost AS FLOAT)), 0) AS roas',
    frequency:
      'CAST(impressions AS FLOAT) / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(SUM(CAST(clicks AS FLOAT)) / NULLIF(SUM(CAST(impressions AS FLOAT)), 0), 0.5) AS [rank]',
    select: 'POWER(SUM(CAST(clicks AS FLOAT)), 2) / NULLIF(SUM(CAST(impressions AS FLOAT)), 0) AS [select]',
    order: 'SUM(CAST(revenue AS FLOAT)) / NULLIF(SUM(CAST(orders AS FLOAT)), 0) AS [order]',
  },
  spark: {
    ctr: 'try_divide(SUM(clicks), SUM(impressions)) AS ctr',
    roas: 'try_divide(CAST(SUM(revenue) AS DOUBLE), SUM(cost)) AS roas',
    frequency: 'try_divide(impressions, reach) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(try_divide(SUM(clicks), SUM(impressions)), 0.5) AS `rank`',
    select: 'try_divide(POWER(SUM(clicks), 2), SUM(impressions)) AS `select`',
    order: 'try_divide(CAST(SUM(revenue) AS DOUBLE), SUM(orders)) AS `order`',
  },
  redshift: {
    ctr: 'CAST(SUM(clicks) AS DOUBLE PRECISION) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: 'CAST(SUM(revenue) AS DOUBLE PRECISION) / NULLIF(SUM(cost), 0) AS roas',
    frequency:
      'CAST(impressions AS DOUBLE PRECISION) / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(CAST(SUM(clicks) AS DOUBLE PRECISION) / NULLIF(SUM(impressions), 0), 0.5) AS "rank"',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS "select"',
    order: 'CAST(SUM(revenue) AS DOUBLE PRECISION) / NULLIF(SUM(orders), 0) AS "order"',
  },
  mysql: {
    ctr: '1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr',
    roas: '1.0e0 * SUM(revenue) / NULLIF(SUM(cost), 0) AS roas',
    frequency: '1.0e0 * impressions / NULLIF(reach, 0) AS frequency /* per row: reach cannot be summed across rows */',
    rank: 'POWER(1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0), 0.5) AS `rank`',
    select: 'POWER(SUM(clicks), 2) / NULLIF(SUM(impressions), 0) AS `select`',
    order: '1.0e0 * SUM(revenue) / NULLIF(SUM(orders), 0) AS `order`',
  },
};

describe('SQL dialects: the text each writes, and which names it quotes', () => {
  for (const dialect of SQL_DIALECTS) {
    it(`${dialect}: ctr, roas, a per-row metric, powers and reserved-word names, exactly`, () => {
      for (const [id, expected] of Object.entries(GOLDEN[dialect])) {
        const code = formulaAsCode(id, 'sql', { catalog: CUSTOM, dialect });
        assert.ok(code.ok, id);
        assert.equal(code.code, expected, `${dialect} ${id}`);
      }
    });
  }

  it('portable is the default, and an unknown dialect (a hand-edited setting) writes portable SQL', () => {
    const portable = formulaAsCode('ctr', 'sql', { dialect: 'portable' });
    assert.deepEqual(formulaAsCode('ctr', 'sql'), portable);
    assert.deepEqual(formulaAsCode('ctr', 'sql', { dialect: 'oracle' as SqlDialect }), portable);
  });

  it('no built-in column or metric alias needs quoting in any of the nine engines', () => {
    const names = [...BUILTIN_CATALOG.quantities.map((q) => q.id), ...BUILTIN_CATALOG.metrics.map((m) => m.id)].map(
      snake,
    );
    assert.deepEqual(names.filter(needsQuoting), []);
    // The words most like marketing names, checked by name: reserved nowhere, or (values, rows,
    // percent, user, rank) reserved somewhere and no column here.
    for (const word of [
      'orders',
      'sessions',
      'reach',
      'revenue',
      'cost',
      'value',
      'transactions',
      'leads',
      'frequency',
      'grps',
    ])
      assert.equal(reservedWords().has(word), false, word);
    for (const word of [
      'values',
      'rows',
      'percent',
      'user',
      'rank',
      'order',
      'current_date',
      'qualify',
      'top',
      'limit',
    ])
      assert.equal(reservedWords().has(word), true, word);
  });

  it('a name is quoted when reserved or not a plain lower-case identifier, in the case each engine resolves', () => {
    assert.equal(needsQuoting('ctr'), false);
    assert.equal(needsQuoting('order'), true);
    assert.equal(needsQuoting('Revenue'), true);
    assert.equal(needsQuoting('7day'), true);
    const alias = (dialect: SqlDialect) =>
      /AS (\S+)$/.exec(
        sqlOf(
          ALL_CASES.find((c) => c.label === 'currentDate')!,
          dialect,
        ).replace(/ \/\*.*\*\/$/, ''),
      )![1];
    assert.deepEqual(SQL_DIALECTS.map(alias), [
      '"current_date"',
      '"current_date"',
      '`current_date`',
      '"CURRENT_DATE"',
      '"current_date"',
      '"current_date"',
      '[current_date]',
      '`current_date`',
      '"current_date"',
      '`current_date`',
    ]);
  });

  it('every case in every dialect is one line with no -- comment, a per-row one closing with its block comment', () => {
    for (const dialect of SQL_DIALECTS) {
      for (const test of ALL_CASES) {
        const sql = sqlOf(test, dialect);
        assert.doesNotMatch(sql, /--|\n/, `${dialect} ${test.label}`);
        assert.equal(/\/\* per row: [^*]* \*\/$/.test(sql), !test.additive, `${dialect} ${test.label}: ${sql}`);
      }
    }
  });
});
