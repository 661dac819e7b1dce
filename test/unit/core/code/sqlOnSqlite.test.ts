// The SQL that Insert Formula as Code writes, run on a real engine: SQLite (sql.js, the SQLite
// C library compiled to WebAssembly, from npm), on a table whose counts are INTEGER columns and
// whose money is REAL, against the core's ratio-of-sums total of the same rows. SQLite divides
// integers as integers, as PostgreSQL, SQL Server and Redshift do: a rate written as
// SUM(clicks) / NULLIF(SUM(impressions), 0) came back 0.
import assert from 'node:assert/strict';
import initSqlJs, { type Database } from 'sql.js';
import { aggregate, BUILTIN_CATALOG, builtinCatalog, formulaAsCode, type Inputs } from '../../../../src/core';

const catalog = builtinCatalog();
const snake = (id: string) => id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const quantities = BUILTIN_CATALOG.quantities;

/** Rows of every quantity: integers for counts, money with cents; each part below its whole. */
function rows(count: number): Record<string, number>[] {
  const wholes = new Map<string, string>();
  for (const metric of BUILTIN_CATALOG.metrics) for (const { part, whole } of metric.parts ?? []) wholes.set(whole, part);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, number> = {};
    quantities.forEach((q, i) => {
      const base = 100 + 7 * i + 13 * r;
      row[q.id] = q.unit === 'currency' ? base + 0.25 * (r + 1) : base;
    });
    // A whole ten times its part, plus the row: clicks ≤ impressions, opens ≤ delivered…
    // Passes until nothing changes, as a whole may be another whole's part (SQLs of MQLs).
    for (let pass = 0; pass < 5; pass++) for (const [whole, part] of wholes) row[whole] = Math.max(row[whole]!, row[part]! * 10 + r);
    return row;
  });
}

function tableOf(db: Database, name: string, data: readonly Record<string, number>[]): void {
  const columns = quantities.map((q) => `${snake(q.id)} ${q.unit === 'count' ? 'INTEGER' : 'REAL'}`);
  db.run(`CREATE TABLE ${name} (${columns.join(', ')})`);
  for (const row of data) {
    const values = quantities.map((q) => row[q.id] ?? 'NULL');
    db.run(`INSERT INTO ${name} VALUES (${values.join(', ')})`);
  }
}

/** Metrics whose SQL is a ratio of sums (every input additive): the ones a table can total. */
const TOTALLED = BUILTIN_CATALOG.metrics.filter((m) => {
  const code = formulaAsCode(m.id, 'sql');
  return code.ok && !code.code.includes('/* per row');
});

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
      const total = aggregate(data as Inputs[], [metric.id], { catalog }).total.results.find((r) => r.id === metric.id)?.value;
      assert.ok(total !== undefined, `the core gives ${metric.id} no total on these rows`);
      assert.equal(typeof value, 'number', `SQLite gave ${String(value)}`);
      assert.ok(Math.abs((value as number) - total) <= 1e-9 * Math.max(1, Math.abs(total)), `SQLite ${String(value)}, core ${total}`);
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
