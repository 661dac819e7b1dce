import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

// The Node extension bundle leaves the formula core out and requires dist/core.js the first
// time one of the core's names is used (esbuild.js, plugin core-on-first-use).
const ROOT = path.join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds, coreStub } = require(path.join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[]; coreStub(names: string[]): string };

describe('build: the Node extension loads the core on first use', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-stub-'));
  });

  after(() => {
    for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bundles the extension without the core, requiring ./core.js beside it', async function () {
    this.timeout(60000);
    const extension = builds.find((b) => b.outfile === 'dist/extension.js')!;
    const result = await esbuild.build({ ...extension, absWorkingDir: ROOT, write: false, sourcemap: false, minify: true, outfile: path.join(dir, 'extension.js') });
    const text = result.outputFiles[0]!.text;
    assert.match(text, /require\("\.\/core\.js"\)/);
    // A metric's description (catalog data) and a total's reason (totals.ts) are the core's.
    assert.doesNotMatch(text, /Dealerships typically close/);
    assert.doesNotMatch(text, /audiences of different rows overlap/);
  });

  it('loads the core only when one of its names is read, not for interop checks', () => {
    fs.writeFileSync(path.join(dir, 'core.js'), 'globalThis.__mmxCoreLoads = (globalThis.__mmxCoreLoads ?? 0) + 1;\nexports.evaluate = (id) => `evaluated ${id}`;\n');
    fs.writeFileSync(path.join(dir, 'stub.js'), coreStub(['evaluate', 'CODE_TARGETS']));
    const loads = () => (globalThis as { __mmxCoreLoads?: number }).__mmxCoreLoads ?? 0;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stub = require(path.join(dir, 'stub.js')) as Record<string | symbol, unknown>;
    assert.equal(stub['__esModule'], undefined);
    assert.equal(stub[Symbol.toStringTag], undefined);
    assert.deepEqual(Object.keys(stub), ['evaluate', 'CODE_TARGETS']);
    assert.equal(loads(), 0, 'nothing but the interop was asked');
    assert.equal((stub['evaluate'] as (id: string) => string)('ctr'), 'evaluated ctr');
    assert.equal(loads(), 1);
    assert.equal(stub['CODE_TARGETS'], undefined, 'a name the core lacks reads as undefined');
    assert.equal(loads(), 1, 'loaded once');
  });
});
