// The SQL that Insert Formula as Code writes, run on a real engine: SQLite (sql.js, the SQLite
// C library compiled to WebAssembly, from npm), on a table whose counts are INTEGER columns and
// whose money is REAL, against the core's ratio-of-sums total of the same rows. SQLite divides
// integers as integers, as PostgreSQL, SQL Server and Redshift do: a rate written as
// SUM(clicks) / NULLIF(SUM(impressions), 0) came back 0.
import assert from 'node:assert/strict';
import initSqlJs, { type Database } from 'sql.js';
import { aggregate, formulaAsCode, type Inputs } from '../../../../src/core';
import { coreTotal, quantities, rows, sameNumber, snake, TOTALLED } from './engineTables';

function tableOf(db: Database, name: string, data: readonly Record<string, number>[]): void {
  const columns = quantities.map((q) => `${snake(q.id)} ${q.unit === 'count' ? 'INTEGER' : 'REAL'}`);
  db.run(`CREATE TABLE ${name} (${columns.join(', ')})`);
  for (const row of data) {
    const values = quantities.map((q) => row[q.id] ?? 'NULL');
    db.run(`INSERT INTO ${name} VALUES (${values.join(', ')})`);
  }
}

describe('generated SQL on SQLite: INTEGER counts, REAL money, the core\'s totals', () => {
  let db: Database;
  const data = rows(3);

  before(async () => {
    const SQL = await initSqlJs();
    db = new SQL.Database();
    tableOf(db, 'campaigns', data);
  });

  after(() => db.close());

  it('covers the metrics whose every input is additive', () => {
    assert.ok(TOTALLED.length >= 40, `${TOTALLED.length} metrics`);
  });

  for (const metric of TOTALLED) {
    it(`${metric.id}: SELECT … FROM campaigns gives the core's total`, () => {
      const code = formulaAsCode(metric.id, 'sql');
      assert.ok(code.ok);
      const result = db.exec(`SELECT ${code.code} FROM campaigns`);
      const value = result[0]?.values[0]?.[0];
      const total = coreTotal(data, metric.id);
      assert.ok(total !== undefined, `the core gives ${metric.id} no total on these rows`);
      assert.equal(typeof value, 'number', `SQLite gave ${String(value)}`);
      assert.ok(sameNumber(value as number, total), `SQLite ${String(value)}, core ${total}`);
    });
  }

  it('a denominator summing to 0 gives NULL, as the core gives no value', () => {
    const zero = data.map((row) => ({ ...row, impressions: 0, clicks: 0 }));
    tableOf(db, 'empty_campaigns', zero);
    const code = formulaAsCode('ctr', 'sql');
    assert.ok(code.ok);
    assert.deepEqual(db.exec(`SELECT ${code.code} FROM empty_campaigns`)[0]?.values, [[null]]);
    assert.equal(aggregate(zero as Inputs[], ['ctr']).total.results.length, 0);
  });

  it('a one-line SELECT with a per-row metric keeps what follows its comment', () => {
    const code = formulaAsCode('frequency', 'sql');
    assert.ok(code.ok);
    const result = db.exec(`SELECT ${code.code}, 1 AS after_it FROM campaigns LIMIT 1`);
    assert.deepEqual(result[0]?.columns, ['frequency', 'after_it']);
  });
});
