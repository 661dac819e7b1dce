// Bundles the web suite (test/web/index.ts and every *.test.ts beside it) into one file for the
// web-worker extension host, which loads a single CommonJS module and can require nothing but
// `vscode`: mocha's browser build and the tests are inside it.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

const SUITE_DIR = path.join(ROOT, 'test', 'web');

/** test/web/index.ts imports this name; it stands for every test file of the folder, in order. */
const TESTS_MODULE = 'mmx:web-tests';

/** Writes the suite to `outfile` (the module to pass as extensionTestsPath) and returns it. */
export async function bundleWebSuite(outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [path.join(SUITE_DIR, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    // Node's assert is not there in a worker: the tests' (and test/integration's helpers') stand-in.
    alias: { 'node:assert/strict': path.join(SUITE_DIR, 'assert.ts') },
    plugins: [everyTest()],
    logLevel: 'warning',
  });
  return outfile;
}

/** Resolves TESTS_MODULE to a module importing each *.test.ts, so a new test file needs no listing. */
function everyTest(): esbuild.Plugin {
  return {
    name: 'every-web-test',
    setup(build) {
      build.onResolve({ filter: /^mmx:web-tests$/ }, () => ({ path: TESTS_MODULE, namespace: 'web-tests' }));
      build.onLoad({ filter: /.*/, namespace: 'web-tests' }, () => {
        const tests = fs
          .readdirSync(SUITE_DIR)
          .filter((file) => file.endsWith('.test.ts'))
          .sort();
        return { contents: tests.map((file) => `import './${file}';`).join('\n'), resolveDir: SUITE_DIR, loader: 'ts' };
      });
    },
  };
}
