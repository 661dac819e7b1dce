// The SQL that Insert Formula as Code writes, run on DuckDB (@duckdb/node-api from npm, its
// engine in the package) over INTEGER counts and DECIMAL money: the portable SQL and DuckDB's
// own, for every metric and variant, against the core (sqlEngineSuite.ts).
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { formulaAsCode } from '../../../../src/core';
import { reservedWords } from '../../../../src/core/code/sqlIdentifiers';
import { CUSTOM, numberOf } from './engineTables';
import { everyCase, withTables, type Engine, type EngineSuite } from './sqlEngineSuite';

const DUCKDB: EngineSuite = {
  engine: 'DuckDB',
  dialects: ['portable', 'duckdb'],
  types: { decimal: 'DECIMAL(14, 2)', double: 'DOUBLE' },
  async open(): Promise<Engine> {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    return {
      run: async (sql) => void (await connection.run(sql)),
      column: async (sql) => (await connection.runAndReadAll(sql)).getRows().map((row) => numberOf(row[0])),
      close: async () => {
        connection.closeSync();
        instance.closeSync();
      },
    };
  },
};

describe("generated SQL on DuckDB: INTEGER counts, DECIMAL money, the core's values", () => {
  const engine = withTables(DUCKDB);
  everyCase(DUCKDB, engine);

  it('a division by a sum of 0 is Infinity or NaN in DuckDB, so the guard is needed: the engine is real', async () => {
    const [unguarded] = await engine().column('SELECT SUM(clicks) / SUM(impressions) FROM no_campaigns');
    assert.ok(Number.isNaN(unguarded), `0 / 0 gave ${String(unguarded)}`);
    const [infinite] = await engine().column('SELECT SUM(clicks + 1) / SUM(impressions) FROM no_campaigns');
    assert.equal(infinite, Infinity);
    const code = formulaAsCode('ctr', 'sql', { dialect: 'duckdb' });
    assert.ok(code.ok);
    assert.deepEqual(await engine().column(`SELECT ${code.code} FROM no_campaigns`), [null]);
  });

  it('every word DuckDB reserves is among the words the writer quotes', async () => {
    const quoted = [...reservedWords()].map((word) => `'${word}'`).join(', ');
    const sql = `SELECT COUNT(*) FROM duckdb_keywords() WHERE keyword_category IN ('reserved', 'type_function') AND lower(keyword_name) NOT IN (${quoted})`;
    assert.deepEqual(await engine().column(sql), [0]);
  });

  it('a custom metric named by a reserved word runs, quoted, and its column reads back by that name', async () => {
    // DuckDB takes any keyword after AS (as PostgreSQL does), but not as a column: the word is reserved.
    await assert.rejects(engine().column('SELECT order FROM (SELECT 1 AS "order")'), /syntax error/i);
    for (const dialect of ['portable', 'duckdb'] as const) {
      const code = formulaAsCode('order', 'sql', { catalog: CUSTOM, dialect });
      assert.ok(code.ok);
      assert.match(code.code, / AS "order"$/);
      const [value] = await engine().column(`SELECT "order" FROM (SELECT ${code.code} FROM campaigns)`);
      assert.ok(typeof value === 'number' && value > 0, `${dialect}: ${String(value)}`);
    }
  });
});
