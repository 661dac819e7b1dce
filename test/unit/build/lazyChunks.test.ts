import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { readTable } from '../../../src/core/read/selection';

// dist/core.js and its chunks, built with esbuild.js's own settings into a temporary folder
// (the same layout: core.js beside chunks/), so the test needs no earlier build.
const ROOT = path.join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[] };

const PLAIN_CSV = 'clicks,impressions\n120,4000\n80,2000';
const JSON_ROWS = '[{"clicks": 120, "impressions": 4000}, {"clicks": 80, "impressions": 2000}]';
const QUOTED_CSV = 'campaign,clicks,impressions\n"Spring, EU",120,4000\nSummer,80,2000';
const COMMENTED_JSON = '[\n  // spring\n  {"clicks": 120, "impressions": 4000},\n]';

interface BuiltCore {
  readTable: typeof readTable;
}

describe('build: the Node core loads its parsers on first use', () => {
  let dir: string;
  let core: BuiltCore;
  const chunksLoaded = () => Object.keys(require.cache).filter((file) => file.startsWith(path.join(dir, 'chunks'))).map((file) => path.basename(file)).sort();

  before(async function () {
    this.timeout(60000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-core-'));
    const wanted = builds.filter((b) => b.outfile === 'dist/core.js' || b.outfile?.startsWith('dist/chunks/'));
    assert.ok(wanted.length >= 3, 'esbuild.js builds dist/core.js and its chunks');
    await Promise.all(wanted.map((b) => esbuild.build({ ...b, absWorkingDir: ROOT, sourcemap: false, outfile: path.join(dir, path.relative('dist', b.outfile!)) })));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    core = require(path.join(dir, 'core.js')) as BuiltCore;
  });

  after(() => {
    for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads no chunk on require, nor for plain CSV and JSON rows', () => {
    assert.deepEqual(chunksLoaded(), []);
    assert.deepEqual(core.readTable(PLAIN_CSV), readTable(PLAIN_CSV));
    assert.deepEqual(core.readTable(JSON_ROWS), readTable(JSON_ROWS));
    assert.deepEqual(chunksLoaded(), []);
  });

  it('loads papaparse for quoted CSV and jsonc-parser for JSON with comments, and reads them as the source does', () => {
    assert.deepEqual(core.readTable(QUOTED_CSV), readTable(QUOTED_CSV));
    assert.deepEqual(chunksLoaded(), ['papaparse.js']);
    assert.deepEqual(core.readTable(COMMENTED_JSON), readTable(COMMENTED_JSON));
    assert.deepEqual(chunksLoaded(), ['jsonc-parser.js', 'papaparse.js']);
  });
});
