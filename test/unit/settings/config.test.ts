import assert from 'node:assert/strict';
import Module from 'node:module';
import * as path from 'node:path';
import type * as ConfigModule from '../../../src/settings/config';
import type * as StoreModule from '../../../src/settings/store';
import type { Log } from '../../../src/log';

/**
 * The settings as the extension reads them, in plain Node: `vscode` is a fake that holds a
 * display language and settings.json's values. Modules that merely touch the API as they load
 * (the features bundle makes icons and the like) get a stand-in class for anything else.
 */
class StandIn {}
const disposable = { dispose: (): void => undefined };
const fake = {
  env: { language: 'en' },
  settings: {} as Record<string, unknown>,
  workspace: {
    getConfiguration: () => ({ get: (key: string) => fake.settings[key] }),
    onDidChangeConfiguration: () => disposable,
  },
  window: { showWarningMessage: async (): Promise<undefined> => undefined },
  // Some modules word messages as they load; English is what l10n gives without a bundle.
  l10n: {
    t: (message: string | { message: string }, ...args: unknown[]) =>
      (typeof message === 'string' ? message : message.message).replace(/\{(\d+)\}/g, (_, i) => String(args[+i])),
  },
  EventEmitter: class {
    readonly event = () => disposable;
    fire(): void {}
    dispose(): void {}
  },
};
const vscode = new Proxy(fake, { get: (target, key) => (key in target ? Reflect.get(target, key) : StandIn) });

type Resolve = (this: unknown, request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const FAKE_PATH = path.join(__dirname, '__fake_vscode__.js');

describe('settings: the catalog follows VS Code’s display language', () => {
  let original: Resolve;
  let readConfig: typeof ConfigModule.readConfig;
  let ConfigStore: typeof StoreModule.ConfigStore;

  before(function () {
    this.timeout(60000);
    original = loader._resolveFilename;
    loader._resolveFilename = function (request, ...rest) {
      return request === 'vscode' ? FAKE_PATH : original.call(this, request, ...rest);
    };
    const module = new Module(FAKE_PATH);
    Object.assign(module, { filename: FAKE_PATH, loaded: true, exports: vscode });
    require.cache[FAKE_PATH] = module;
    // The catalog is built by the features' code, loaded on first use: loaded here, once, not inside a test's time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../../src/features');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    readConfig = (require('../../../src/settings/config') as typeof ConfigModule).readConfig;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ConfigStore = (require('../../../src/settings/store') as typeof StoreModule).ConfigStore;
  });

  after(() => {
    loader._resolveFilename = original;
    delete require.cache[FAKE_PATH];
  });

  afterEach(() => {
    fake.env.language = 'en';
    fake.settings = {};
  });

  it('builds the German catalog when VS Code runs in German', () => {
    for (const language of ['de', 'de-DE', 'de-AT', 'de-CH']) {
      fake.env.language = language;
      const config = readConfig();
      assert.equal(config.catalog.language, 'de', language);
      assert.equal(config.catalog.metrics.get('ctr')!.name, 'Klickrate');
      assert.equal(config.catalog.categories[0]!.name, 'Digitale Werbung');
      // What every view computes with is that catalog: the results read German names too.
      assert.equal(config.coreOptions.catalog, config.catalog);
    }
  });

  it('builds the English catalog for English and for languages without a translation', () => {
    for (const language of ['en', 'fr', 'ja']) {
      fake.env.language = language;
      assert.equal(readConfig().catalog.metrics.get('ctr')!.name, 'Click-through rate', language);
    }
  });

  it("keeps custom metrics' own text and writes what they lack in German", () => {
    fake.env.language = 'de';
    fake.settings = {
      customMetrics: [
        { id: 'costPerSession', name: 'Cost per session', formula: 'cost / sessions', category: 'Webanalyse' },
      ],
    };
    const { catalog, customMetricProblems } = readConfig();
    assert.deepEqual(customMetricProblems, []);
    const metric = catalog.metrics.get('costPerSession')!;
    assert.equal(metric.name, 'Cost per session');
    assert.equal(metric.description, 'Cost per session, in Ihren Einstellungen definiert als cost / sessions.');
    assert.ok(catalog.categories.find((c) => c.name === 'Webanalyse')!.metrics.includes('costPerSession'));
  });

  it('gives the store, which every feature reads, the German catalog', () => {
    fake.env.language = 'de';
    const log: Log = { info() {}, warn() {}, error() {}, show() {} };
    const store = new ConfigStore(log);
    try {
      assert.equal(store.current.catalog.metrics.get('cac')!.name, 'Kundenakquisitionskosten');
      assert.equal(store.current.catalog.nameOf('cost'), 'Kosten');
    } finally {
      store.dispose();
    }
  });
});
