import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { BUILTIN_CATALOG, buildCatalog, builtinCatalog, evaluate, metricSchema, readTable } from '../../../src/core';

// dist/core.js and its chunks, built with esbuild.js's own settings into a temporary folder
// (the same layout: core.js beside chunks/), so the test needs no earlier build.
const ROOT = path.join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[] };

const PLAIN_CSV = 'clicks,impressions\n120,4000\n80,2000';
const JSON_ROWS = '[{"clicks": 120, "impressions": 4000}, {"clicks": 80, "impressions": 2000}]';
const QUOTED_CSV = 'campaign,clicks,impressions\n"Spring, EU",120,4000\nSummer,80,2000';
const COMMENTED_JSON = '[\n  // spring\n  {"clicks": 120, "impressions": 4000},\n]';
const CUSTOM = [{ id: 'costPerSession', name: 'Cost per session', formula: 'cost / sessions', category: 'Web analytics' }, { id: 'Bad Id', name: 'X', formula: 'clicks' }];

interface BuiltCore {
  readTable: typeof readTable;
  evaluate: typeof evaluate;
  buildCatalog: typeof buildCatalog;
  builtinCatalog: typeof builtinCatalog;
  metricSchema: typeof metricSchema;
  BUILTIN_CATALOG: typeof BUILTIN_CATALOG;
}

describe('build: the Node core loads its chunks on first use', () => {
  let dir: string;
  let coreText: string;
  let core: BuiltCore;
  const chunksLoaded = () => Object.keys(require.cache).filter((file) => file.startsWith(path.join(dir, 'chunks'))).map((file) => path.basename(file)).sort();

  before(async function () {
    this.timeout(60000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-core-'));
    const wanted = builds.filter((b) => b.outfile === 'dist/core.js' || b.outfile?.startsWith('dist/chunks/'));
    assert.ok(wanted.length >= 6, 'esbuild.js builds dist/core.js and its chunks');
    await Promise.all(wanted.map((b) => esbuild.build({ ...b, absWorkingDir: ROOT, sourcemap: false, outfile: path.join(dir, path.relative('dist', b.outfile!)) })));
    coreText = fs.readFileSync(path.join(dir, 'core.js'), 'utf8');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    core = require(path.join(dir, 'core.js')) as BuiltCore;
  });

  after(() => {
    for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the prose, zod and the readers out of the core', () => {
    // A metric's description, a category's, an input's reason; zod's classes; the readers' words.
    for (const text of [/Dealerships typically close/, /Whether acquiring customers pays/, /audiences of different rows overlap/, /\$ZodObject/, /ZodMiniObject/, /The selection is not text/, /close the quoted cell/]) {
      assert.doesNotMatch(coreText, text);
    }
  });

  it('loads no chunk on require, for the first evaluate, nor for a catalog without custom metrics', () => {
    assert.deepEqual(chunksLoaded(), []);
    assert.deepEqual(core.evaluate('ctr', { clicks: 120, impressions: 4000 }), evaluate('ctr', { clicks: 120, impressions: 4000 }));
    assert.equal(core.buildCatalog([]).catalog.metric('ctr')?.formula, 'clicks / impressions');
    assert.deepEqual(chunksLoaded(), []);
  });

  it('loads the readers alone for plain CSV and JSON rows', () => {
    assert.deepEqual(core.readTable(PLAIN_CSV), readTable(PLAIN_CSV));
    assert.deepEqual(core.readTable(JSON_ROWS), readTable(JSON_ROWS));
    assert.deepEqual(chunksLoaded(), ['readers.js']);
  });

  it('loads papaparse for quoted CSV and jsonc-parser for JSON with comments, and reads them as the source does', () => {
    assert.deepEqual(core.readTable(QUOTED_CSV), readTable(QUOTED_CSV));
    assert.deepEqual(chunksLoaded(), ['papaparse.js', 'readers.js']);
    assert.deepEqual(core.readTable(COMMENTED_JSON), readTable(COMMENTED_JSON));
    assert.deepEqual(chunksLoaded(), ['jsonc-parser.js', 'papaparse.js', 'readers.js']);
  });

  it('loads the prose on the first text read, and reads what the source holds', () => {
    const ctr = core.builtinCatalog().metric('ctr')!;
    assert.equal(Object.keys(ctr).join(), Object.keys(builtinCatalog().metric('ctr')!).join());
    assert.deepEqual(chunksLoaded(), ['jsonc-parser.js', 'papaparse.js', 'readers.js']);
    assert.equal(ctr.description, builtinCatalog().metric('ctr')!.description);
    assert.deepEqual(chunksLoaded(), ['jsonc-parser.js', 'papaparse.js', 'prose.js', 'readers.js']);
    assert.equal(JSON.stringify(core.BUILTIN_CATALOG), JSON.stringify(BUILTIN_CATALOG));
  });

  it('loads zod to check custom metrics, and its schemas are zod\'s own', () => {
    const [built, source] = [core.buildCatalog(CUSTOM), buildCatalog(CUSTOM)];
    assert.deepEqual(built.problems, source.problems);
    assert.equal(JSON.stringify(built.catalog.data), JSON.stringify(source.catalog.data));
    assert.deepEqual(chunksLoaded(), ['jsonc-parser.js', 'papaparse.js', 'prose.js', 'readers.js', 'schemas.js']);
    assert.equal(core.metricSchema, core.metricSchema);
    assert.equal(core.metricSchema.safeParse(BUILTIN_CATALOG.metrics[0]).success, true);
    assert.deepEqual(core.metricSchema.safeParse({ id: 'x' }).error?.issues.map((i) => [i.path.join('.'), i.message]), metricSchema.safeParse({ id: 'x' }).error?.issues.map((i) => [i.path.join('.'), i.message]));
  });
});
