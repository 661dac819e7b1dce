// The SQL that Insert Formula as Code writes, run on PostgreSQL itself: PGlite
// (@electric-sql/pglite from npm, PostgreSQL compiled to WebAssembly), on tables with INTEGER
// counts and NUMERIC(14, 2) money: the portable SQL and the postgresql dialect, for every metric
// and variant, against the core (sqlEngineSuite.ts). PGlite gives NUMERIC results as text.
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { formulaAsCode } from '../../../../src/core';
import { reservedWords } from '../../../../src/core/code/sqlIdentifiers';
import { CUSTOM, numberOf } from './engineTables';
import { everyCase, withTables, type Engine, type EngineSuite } from './sqlEngineSuite';

const PGLITE: EngineSuite = {
  engine: 'PGlite',
  dialects: ['portable', 'postgresql'],
  types: { decimal: 'NUMERIC(14, 2)', double: 'DOUBLE PRECISION' },
  async open(): Promise<Engine> {
    const db = new PGlite();
    await db.waitReady;
    return {
      run: async (sql) => void (await db.exec(sql)),
      column: async (sql) =>
        (await db.query<unknown[]>(sql, [], { rowMode: 'array' })).rows.map((row) => numberOf(row[0])),
      close: async () => db.close(),
    };
  },
};

describe("generated SQL on PostgreSQL (PGlite): INTEGER counts, NUMERIC money, the core's values", () => {
  const engine = withTables(PGLITE);
  everyCase(PGLITE, engine);

  it('SUM(clicks) / NULLIF(SUM(impressions), 0) is 0 over INTEGER columns: the engine is real, the floating dividend needed', async () => {
    assert.deepEqual(await engine().column('SELECT 1200 / 45000'), [0]);
    assert.deepEqual(await engine().column('SELECT SUM(clicks) / NULLIF(SUM(impressions), 0) FROM campaigns'), [0]);
    for (const dialect of ['portable', 'postgresql'] as const) {
      const code = formulaAsCode('ctr', 'sql', { dialect });
      assert.ok(code.ok);
      const [ctr] = await engine().column(`SELECT ${code.code} FROM campaigns`);
      assert.ok(typeof ctr === 'number' && ctr > 0.05 && ctr < 0.2, `${dialect}: ${String(ctr)}`);
    }
  });

  it('a division by 0 is an error in PostgreSQL, so the guard is needed; guarded, it is NULL', async () => {
    await assert.rejects(
      engine().column('SELECT 1.0e0 * SUM(clicks) / SUM(impressions) FROM no_campaigns'),
      /division by zero/,
    );
    const code = formulaAsCode('ctr', 'sql', { dialect: 'postgresql' });
    assert.ok(code.ok);
    assert.deepEqual(await engine().column(`SELECT ${code.code} FROM no_campaigns`), [null]);
  });

  it('every word PostgreSQL reserves (categories R and T of pg_get_keywords) is among the words the writer quotes', async () => {
    const quoted = [...reservedWords()].map((word) => `'${word}'`).join(', ');
    assert.deepEqual(
      await engine().column(
        `SELECT COUNT(*) FROM pg_get_keywords() WHERE catcode IN ('R', 'T') AND word NOT IN (${quoted})`,
      ),
      [0],
    );
    const [reserved] = await engine().column(`SELECT COUNT(*) FROM pg_get_keywords() WHERE catcode IN ('R', 'T')`);
    assert.ok(typeof reserved === 'number' && reserved > 90, `${String(reserved)} reserved words`);
  });

  it('a reserved word is no column name unquoted (current_date reads the date), and runs quoted as written', async () => {
    // PostgreSQL takes any keyword after AS; as a column, `order` is a syntax error and
    // current_date is the date function, not the column of that name.
    await assert.rejects(engine().column('SELECT order FROM (SELECT 1 AS "order") AS t'), /syntax error/);
    assert.deepEqual(
      await engine().column(
        'SELECT CAST(current_date = CURRENT_DATE AS INTEGER) FROM (SELECT 7 AS "current_date") AS t',
      ),
      [1],
    );
    for (const [id, name] of [
      ['order', 'order'],
      ['currentDate', 'current_date'],
      ['user', 'user'],
    ] as const) {
      for (const dialect of ['portable', 'postgresql'] as const) {
        const code = formulaAsCode(id, 'sql', { catalog: CUSTOM, dialect });
        assert.ok(code.ok);
        const values = await engine().column(`SELECT "${name}" FROM (SELECT ${code.code} FROM per_row) AS t`);
        assert.ok(
          values.some((v) => typeof v === 'number' && v > 0),
          `${dialect} ${id}: ${JSON.stringify(values)}`,
        );
      }
    }
  });
});
