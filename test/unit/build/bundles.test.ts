import assert from 'node:assert/strict';
import { built } from './builds';

/** Budget of the Node extension bundle, minified (issue 17). */
const EXTENSION_KB = 250;

// What each bundle holds, by esbuild's metafile: activation loads dist/extension.js only, and
// the core, its parsers, zod and the catalog's prose must wait in dist/features.js.
describe('build: the bundles and what they hold', () => {
  it('keeps the Node extension bundle to the registrations: no core, no parser, no zod, no prose', async () => {
    const { inputs, requires } = await built('dist/extension.js');
    assert.deepEqual(requires, ['./features', 'vscode']);
    assert.deepEqual(
      inputs.filter((file) => file.startsWith('node_modules/')),
      [],
    );
    // settings/values.ts checks the sqlDialect setting against the dialects' names, a list of ten strings.
    assert.deepEqual(
      inputs.filter((file) => file.startsWith('src/core/')),
      ['src/core/code/sqlDialects.ts'],
    );
    for (const feature of [
      'src/features.ts',
      'src/results/',
      'src/metricText/',
      'src/pickers/',
      'src/calculator/panel.ts',
      'src/commands/evaluateSelection.ts',
    ]) {
      assert.ok(!inputs.some((file) => file.startsWith(feature)), `${feature} is in dist/extension.js`);
    }
    assert.ok(inputs.includes('src/loadFeatures.ts'));
  });

  it(`keeps the minified Node extension bundle within ${EXTENSION_KB} KB`, async function () {
    this.timeout(30000);
    const { bytes } = await built('dist/extension.js', true);
    assert.ok(bytes <= EXTENSION_KB * 1024, `dist/extension.js is ${(bytes / 1024).toFixed(1)} KB`);
  });

  it('puts the core, its parsers, zod, the prose and every feature in dist/features.js', async () => {
    const { inputs, requires } = await built('dist/features.js');
    // DuckDB is native: Compute KPIs for File requires it from dist/node_modules on first use;
    // the Node built-ins read files for it.
    assert.deepEqual(
      requires.filter((r) => !r.startsWith('node:')),
      ['vscode', '@duckdb/node-api'].sort((a, b) => requires.indexOf(a) - requires.indexOf(b)),
    );
    // Bundled here, its require of this very bundle would wrap every module in a lazy initialiser.
    assert.ok(!inputs.includes('src/loadFeatures.ts'), 'dist/features.js holds the loader of itself');
    for (const part of [
      'src/core/index.ts',
      'src/core/catalog/metrics/digitalAdvertising.ts',
      'node_modules/papaparse/',
      'node_modules/jsonc-parser/',
      'node_modules/zod/',
      'src/results/panel.ts',
      'src/calculator/panel.ts',
      'src/hover/findMetricAt.ts',
    ]) {
      assert.ok(
        inputs.some((file) => file.startsWith(part)),
        `${part} is not in dist/features.js`,
      );
    }
  });

  it('bundles everything into the web-worker build, which has no require', async () => {
    const { inputs, requires } = await built('dist/web/extension.js');
    assert.deepEqual(requires, ['vscode']);
    for (const part of ['src/extension.ts', 'src/features.ts', 'src/core/index.ts', 'node_modules/papaparse/']) {
      assert.ok(
        inputs.some((file) => file.startsWith(part)),
        `${part} is not in dist/web/extension.js`,
      );
    }
  });

  it('builds the core library and the webview pages whole, with nothing to require', async () => {
    for (const outfile of ['dist/core.js', 'dist/webview/calculator.js', 'dist/webview/results.js']) {
      assert.deepEqual((await built(outfile)).requires, [], outfile);
    }
  });
});
