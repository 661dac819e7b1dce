// Bundles the integration suite (test/integration/index.ts and every *.test.ts) into
// out/integration/, so TypeScript tests run in the extension host as plain CommonJS.
// `vscode` is the host's API and `mocha` is loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INTEGRATION_OUT_DIR, ROOT } from './paths';

const SUITE_DIR = path.join(ROOT, 'test', 'integration');

/** Returns the bundled `index.js`, the module to pass as extensionTestsPath. */
export async function bundleIntegrationSuite(): Promise<string> {
  const tests = fs
    .readdirSync(SUITE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join(SUITE_DIR, file));
  fs.rmSync(INTEGRATION_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(SUITE_DIR, 'index.ts'), ...tests],
    outdir: INTEGRATION_OUT_DIR,
    outbase: SUITE_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // DuckDB is native: required from node_modules at run time, as the extension requires it from dist/.
    external: ['vscode', 'mocha', '@duckdb/node-api'],
    // Prefer packages' ES builds: some UMD builds (jsonc-parser's) hide their requires from esbuild.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return path.join(INTEGRATION_OUT_DIR, 'index.js');
}

if (require.main === module) {
  bundleIntegrationSuite().then(
    (index) => console.log(`Bundled the integration suite: ${path.relative(ROOT, index)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
