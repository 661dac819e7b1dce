// The SQL that Insert Formula as Code writes, run on DuckDB (@duckdb/node-api from npm, its
// engine in the package) over INTEGER counts and DECIMAL money, against the core's
// ratio-of-sums total of the same rows.
import assert from 'node:assert/strict';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { formulaAsCode } from '../../../../src/core';
import { coreTotal, quantities, rows, sameNumber, snake, TOTALLED } from './engineTables';

describe('generated SQL on DuckDB: INTEGER counts, DECIMAL money, the core\'s totals', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  const data = rows(3);

  before(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    const columns = quantities.map((q) => `${snake(q.id)} ${q.unit === 'count' ? 'INTEGER' : q.unit === 'currency' ? 'DECIMAL(14, 2)' : 'DOUBLE'}`);
    await connection.run(`CREATE TABLE campaigns (${columns.join(', ')})`);
    for (const row of data) await connection.run(`INSERT INTO campaigns VALUES (${quantities.map((q) => row[q.id]).join(', ')})`);
  });

  after(() => {
    connection.closeSync();
    instance.closeSync();
  });

  for (const metric of TOTALLED) {
    it(`${metric.id}: SELECT … FROM campaigns gives the core's total`, async () => {
      const code = formulaAsCode(metric.id, 'sql');
      assert.ok(code.ok);
      const value = Number((await connection.runAndReadAll(`SELECT ${code.code} FROM campaigns`)).getRows()[0]?.[0]);
      const total = coreTotal(data, metric.id);
      assert.ok(total !== undefined, `the core gives ${metric.id} no total on these rows`);
      assert.ok(sameNumber(value, total), `DuckDB ${value}, core ${total}`);
    });
  }

  it('a denominator summing to 0 gives NULL', async () => {
    const code = formulaAsCode('ctr', 'sql');
    assert.ok(code.ok);
    const result = await connection.runAndReadAll(`SELECT ${code.code} FROM (SELECT 0 AS clicks, 0 AS impressions)`);
    assert.deepEqual(result.getRows(), [[null]]);
  });
});
