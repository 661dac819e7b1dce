// The SQL that Insert Formula as Code writes, run on a real engine: SQLite (sql.js, the SQLite
// C library compiled to WebAssembly, from npm, with its own math functions for POWER), on tables
// whose counts are INTEGER columns and whose money is DECIMAL (NUMERIC affinity): the portable SQL
// and SQLite's own, for every metric and variant, against the core (sqlEngineSuite.ts). SQLite
// divides integers as integers, as PostgreSQL, SQL Server and Redshift do: a rate written as
// SUM(clicks) / NULLIF(SUM(impressions), 0) came back 0.
import assert from 'node:assert/strict';
import initSqlJs from 'sql.js';
import { formulaAsCode } from '../../../../src/core';
import { CUSTOM, numberOf } from './engineTables';
import { everyCase, withTables, type Engine, type EngineSuite } from './sqlEngineSuite';

const SQLITE: EngineSuite = {
  engine: 'SQLite',
  dialects: ['portable', 'sqlite'],
  types: { decimal: 'DECIMAL(14, 2)', double: 'REAL' },
  async open(): Promise<Engine> {
    // SQLite's own math functions (POWER), not sql.js's deprecated stand-ins.
    const SQL = await initSqlJs({ useOldExtensionFunctions: false } as Parameters<typeof initSqlJs>[0]);
    const db = new SQL.Database();
    return {
      run: async (sql) => void db.run(sql),
      column: async (sql) => (db.exec(sql)[0]?.values ?? []).map((row) => numberOf(row[0])),
      close: async () => db.close(),
    };
  },
};

describe("generated SQL on SQLite: INTEGER counts, DECIMAL money, the core's values", () => {
  const engine = withTables(SQLITE);
  everyCase(SQLITE, engine);

  it('an integer division truncates without the floating dividend: the engine is real', async () => {
    assert.deepEqual(await engine().column('SELECT SUM(clicks) / NULLIF(SUM(impressions), 0) FROM campaigns'), [0]);
    const code = formulaAsCode('ctr', 'sql');
    assert.ok(code.ok);
    const [ctr] = await engine().column(`SELECT ${code.code} FROM campaigns`);
    assert.ok(typeof ctr === 'number' && ctr > 0.05 && ctr < 0.2, String(ctr));
  });

  it('a reserved word as an alias fails unquoted, and runs quoted as written', async () => {
    await assert.rejects(
      engine().column('SELECT SUM(revenue) / NULLIF(SUM(orders), 0) AS order FROM campaigns'),
      /syntax error/,
    );
    for (const dialect of ['portable', 'sqlite'] as const) {
      const code = formulaAsCode('order', 'sql', { catalog: CUSTOM, dialect });
      assert.ok(code.ok);
      const [value] = await engine().column(`SELECT "order" FROM (SELECT ${code.code} FROM campaigns)`);
      assert.ok(typeof value === 'number' && value > 0, `${dialect}: ${String(value)}`);
    }
  });

  it('a one-line SELECT with a per-row metric keeps what follows its comment', async () => {
    const code = formulaAsCode('frequency', 'sql');
    assert.ok(code.ok);
    assert.deepEqual(
      await engine().column(`SELECT after_it FROM (SELECT ${code.code}, 1 AS after_it FROM per_row) LIMIT 1`),
      [1],
    );
  });
});
