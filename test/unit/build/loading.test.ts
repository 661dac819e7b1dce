import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { buildOf, ROOT } from './builds';

class StandIn {}

interface FakeVscode {
  registeredCommands: Map<string, (...args: unknown[]) => unknown>;
}

// The Node bundles, built by esbuild.js's settings into a temporary folder and run in plain
// Node against a fake `vscode` (fakeVscode.ts, found as node_modules/vscode beside them).
describe('build: the Node extension loads its features when used, not when activated', () => {
  let dir: string;
  let fake: FakeVscode;
  /** How often the bundles listed the vscode module's keys: copying it into a namespace object does. */
  let vscodeKeysListed = 0;
  const featuresLoaded = () => require.cache[path.join(dir, 'features.js')] !== undefined;

  before(async function () {
    this.timeout(60000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-load-'));
    await Promise.all(
      ['dist/extension.js', 'dist/features.js'].map((outfile) =>
        esbuild.build({
          ...buildOf(outfile),
          absWorkingDir: ROOT,
          sourcemap: false,
          outfile: path.join(dir, path.basename(outfile)),
        }),
      ),
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fake = require('./fakeVscode') as FakeVscode;
    const counted = new Proxy(fake, {
      ownKeys: (target) => (vscodeKeysListed++, Reflect.ownKeys(target)),
      // The features' modules make icons and the like as they load: any other class is a stand-in.
      get: (target, key) => (key in target ? Reflect.get(target, key) : StandIn),
    });
    (globalThis as { __mmxFakeVscode?: unknown }).__mmxFakeVscode = counted;
    fs.mkdirSync(path.join(dir, 'node_modules', 'vscode'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'node_modules', 'vscode', 'index.js'),
      'module.exports = globalThis.__mmxFakeVscode;\n',
    );
  });

  after(() => {
    for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
    delete (globalThis as { __mmxFakeVscode?: unknown }).__mmxFakeVscode;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('registers every command at activation without loading dist/features.js', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const extension = require(path.join(dir, 'extension.js')) as { activate(context: unknown): unknown };
    assert.equal(featuresLoaded(), false, 'loading dist/extension.js');
    const context = { subscriptions: [] as unknown[], extensionUri: { scheme: 'file', path: dir } };
    extension.activate(context);
    assert.equal(featuresLoaded(), false, 'activate()');
    assert.ok(fake.registeredCommands.has('marketingMetrics.compute'));
    assert.ok(fake.registeredCommands.has('marketingMetrics.evaluateSelection'));
    assert.ok(context.subscriptions.length > 10);
  });

  it('loads dist/features.js when a command runs, and answers from it', () => {
    const compute = fake.registeredCommands.get('marketingMetrics.compute')!;
    const result = compute('ctr', { clicks: 120, impressions: 4000 });
    assert.equal(featuresLoaded(), true);
    assert.deepEqual(result, {
      ok: true,
      id: 'ctr',
      value: 0.03,
      unit: 'percent',
      text: '3.00%',
      formula: 'clicks / impressions',
    });
  });

  // `import vscode = require('vscode')` leaves a plain require; `import * as vscode` would copy
  // the whole API into a namespace object in every importing module as the bundle loads.
  it('takes the vscode module as it is, never copying it', () => {
    assert.equal(vscodeKeysListed, 0);
  });
});
