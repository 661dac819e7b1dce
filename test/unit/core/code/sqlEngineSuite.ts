// The check every engine test runs: each metric and each variant (and the custom metrics with
// reserved-word ids), as SQL of each dialect the engine can run, on tables with INTEGER counts,
// DECIMAL money, a row whose denominators are 0 and a row of NULLs, against the core:
// - a ratio of sums: SELECT … FROM campaigns gives the core's total, and NULL where every sum is 0;
// - a per-row expression: each row's value is the core's, NULL where the core gives none.
// Test titles read `<dialect> on <engine>: <metric>[#variant]`, which the matrix counts.
import assert from 'node:assert/strict';
import type { SqlDialect } from '../../../../src/core/code/sqlDialects';
import {
  CUSTOM_CASES,
  disagreement,
  engineTables,
  expectedRows,
  expectedTotal,
  sqlCases,
  sqlOf,
  tableColumns,
  tableStatements,
  type Cell,
  type SqlCase,
} from './engineTables';

/** What a test needs from an engine: run a statement, read the first column of a query's rows. */
export interface Engine {
  run(sql: string): Promise<void>;
  column(sql: string): Promise<Cell[]>;
  close(): Promise<void>;
}

export interface EngineSuite {
  readonly engine: string;
  /** The dialects whose SQL this engine must run: portable and its own. */
  readonly dialects: readonly SqlDialect[];
  /** The engine's spellings of the DECIMAL money type and the double type. */
  readonly types: { readonly decimal: string; readonly double: string };
  open(): Promise<Engine>;
}

export const ALL_CASES: readonly SqlCase[] = [...sqlCases(), ...CUSTOM_CASES];
const COLUMNS = tableColumns(ALL_CASES);
const TABLES = engineTables(COLUMNS);

/** Opens the engine and creates the three tables; closes it after the suite. */
export function withTables(suite: EngineSuite): () => Engine {
  let engine: Engine | undefined;
  before(async function () {
    this.timeout(60_000);
    engine = await suite.open();
    for (const [name, data] of Object.entries(TABLES)) {
      for (const statement of tableStatements(name, COLUMNS, data, suite.types)) await engine.run(statement);
    }
  });
  after(async () => engine?.close());
  return () => engine!;
}

/** One `it` per dialect and case: the matrix's cells. */
export function everyCase(suite: EngineSuite, engine: () => Engine): void {
  for (const dialect of suite.dialects) {
    for (const test of ALL_CASES) {
      it(`${dialect} on ${suite.engine}: ${test.label}`, async () => {
        const problem = await check(engine(), test, sqlOf(test, dialect));
        assert.equal(problem, undefined, problem);
      });
    }
  }
}

async function check(engine: Engine, test: SqlCase, sql: string): Promise<string | undefined> {
  try {
    if (!test.additive)
      return disagreement(
        await engine.column(`SELECT ${sql} FROM per_row ORDER BY row_id`),
        expectedRows(test, TABLES.per_row),
      );
    const total = disagreement(await engine.column(`SELECT ${sql} FROM campaigns`), [
      expectedTotal(test, TABLES.campaigns),
    ]);
    const none = disagreement(await engine.column(`SELECT ${sql} FROM no_campaigns`), [
      expectedTotal(test, TABLES.no_campaigns),
    ]);
    return total ?? (none && `every sum 0: ${none}`);
  } catch (error) {
    return `${sql}\n  failed: ${(error as Error).message}`;
  }
}
