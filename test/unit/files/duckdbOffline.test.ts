// The embedded DuckDB never reaches the network: it would otherwise install the extension a
// query needs (httpfs for a URL, excel for a workbook) from extensions.duckdb.org. The README's
// privacy section rests on this.
import assert from 'node:assert/strict';
import { Database, loadDuckDb } from '../../../src/files/duckdb';

describe("the embedded DuckDB's settings", () => {
  let db: Database;
  before(async () => {
    db = await Database.open(loadDuckDb()!);
  });
  after(() => db.close());

  it('installs and loads no extension by itself', async () => {
    const [row] = await db.rows(
      "SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS load",
    );
    assert.deepEqual(row, { install: false, load: false });
  });

  it('refuses a URL and a workbook instead of downloading httpfs or excel', async () => {
    await assert.rejects(db.rows("SELECT * FROM read_csv('https://example.com/ads.csv')"), /httpfs/);
    await assert.rejects(db.rows("SELECT * FROM read_xlsx('ads.xlsx')"), /excel/);
  });
});
