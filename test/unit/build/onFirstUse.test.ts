import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

// The Node extension bundle leaves the formula core and the features' code out, and requires
// dist/core.js or dist/features/*.js the first time one of their names is used (esbuild.js,
// ON_FIRST_USE).
const ROOT = path.join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds, firstUseStub } = require(path.join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[]; firstUseStub(request: string, names: string[]): string };

/** A build of the extension's, minified in memory: what it would write to `outfile`. */
async function built(outfile: string, dir: string): Promise<string> {
  const options = builds.find((b) => b.outfile === outfile)!;
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, sourcemap: false, minify: true, outfile: path.join(dir, path.basename(outfile)) });
  return result.outputFiles[0]!.text;
}

describe('build: the Node extension loads the core and its features on first use', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-stub-'));
  });

  after(() => {
    for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bundles the extension without the core or the features, requiring them beside it', async function () {
    this.timeout(60000);
    const text = await built('dist/extension.js', dir);
    assert.match(text, /require\("\.\/core\.js"\)/);
    assert.match(text, /require\("\.\/features\/commands\.js"\)/);
    assert.match(text, /require\("\.\/features\/calculator\.js"\)/);
    // A metric's description (catalog data) and a total's reason (totals.ts) are the core's.
    assert.doesNotMatch(text, /Dealerships typically close/);
    assert.doesNotMatch(text, /audiences of different rows overlap/);
    // The results view's title, the calculator's page script, and zod (its error class) are the features'.
    assert.doesNotMatch(text, /KPI Results/);
    assert.doesNotMatch(text, /"webview","calculator\.js"/);
    assert.doesNotMatch(text, /ZodMini|\$ZodError/);
  });

  it('takes the vscode module as it is, not copied into a namespace object per importing module', async function () {
    this.timeout(60000);
    for (const outfile of ['dist/extension.js', 'dist/features/commands.js', 'dist/features/calculator.js']) {
      const text = await built(outfile, dir);
      const requires = [...text.matchAll(/(.)require\("vscode"\)/g)];
      assert.ok(requires.length > 0, outfile);
      // `x=require("vscode")`, never `x=toESM(require("vscode"))`.
      assert.deepEqual(requires.map((m) => m[1]), requires.map(() => '='), outfile);
    }
  });

  it('bundles each feature without the core or the other feature, requiring them from dist/features/', async function () {
    this.timeout(60000);
    const commands = await built('dist/features/commands.js', dir);
    const calculator = await built('dist/features/calculator.js', dir);
    for (const text of [commands, calculator]) {
      assert.match(text, /require\("\.\.\/core\.js"\)/);
      assert.doesNotMatch(text, /Dealerships typically close/);
    }
    assert.match(commands, /KPI Results/);
    assert.doesNotMatch(calculator, /KPI Results/);
    assert.match(calculator, /"webview","calculator\.js"/);
  });

  it('bundles everything into the web-worker build and the webviews, which have no require', async function () {
    this.timeout(60000);
    const web = await built('dist/web/extension.js', dir);
    assert.deepEqual([...new Set([...web.matchAll(/require\("([^"]*)"\)/g)].map((m) => m[1]))], ['vscode']);
    // The core, the prose and the features are inside.
    for (const text of [/Dealerships typically close/, /KPI Results/, /"webview","calculator\.js"/]) assert.match(web, text);
    for (const page of ['dist/webview/calculator.js', 'dist/webview/results.js']) assert.doesNotMatch(await built(page, dir), /require\(/, page);
  });

  it('loads a module only when one of its names is read, not for interop checks', () => {
    fs.writeFileSync(path.join(dir, 'core.js'), 'globalThis.__mmxCoreLoads = (globalThis.__mmxCoreLoads ?? 0) + 1;\nexports.evaluate = (id) => `evaluated ${id}`;\n');
    fs.writeFileSync(path.join(dir, 'stub.js'), firstUseStub('./core.js', ['evaluate', 'CODE_TARGETS']));
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
