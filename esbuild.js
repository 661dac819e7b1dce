// Builds every bundle the extension ships: the Node extension host (`main`) and the features
// it loads when used (`dist/features.js`), the web-worker host (`browser`), the formula core as
// a CommonJS library (`exports["./core"]`), and the webview front ends.
// `--production` minifies; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  target: 'es2022',
  // Prefer ES modules: jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow.
  mainFields: ['module', 'main'],
};

/**
 * The Node extension host loads two bundles: dist/extension.js, the registrations activation
 * runs, and dist/features.js, the core and every feature's code, which src/loadFeatures.ts
 * requires the first time a command runs, a hover is asked for or the tree renders. That one
 * `require` is left to run time; the web-worker build, which has no `require`, bundles both.
 */
const FEATURES = { request: './features', source: 'src/features.ts', outfile: 'dist/features.js' };

/**
 * DuckDB (Compute KPIs for File) is a native module, loaded by src/files/duckdb.ts with a plain
 * `require` on first use: it stays out of the bundle, and its packages — the API, the bindings
 * and the binary npm installed for this platform — are copied beside the bundles, into
 * dist/node_modules, where that `require` finds them in the .vsix. A .vsix therefore holds one
 * platform's binary: it is packaged per target (`vsce package --target linux-x64`, see README).
 */
const DUCKDB = '@duckdb/node-api';

function copyDuckDb() {
  const from = path.join(__dirname, 'node_modules', '@duckdb');
  const to = path.join(__dirname, 'dist', 'node_modules', '@duckdb');
  if (!fs.existsSync(from)) return;
  fs.rmSync(to, { recursive: true, force: true });
  for (const name of fs.readdirSync(from)) fs.cpSync(path.join(from, name), path.join(to, name), { recursive: true });
}

/**
 * The web worker has neither DuckDB nor a disk: there, Compute KPIs for File's engine is the one
 * that streams the file through the core (src/files/fileEngine.web.ts), chosen at build time.
 */
const webFiles = {
  name: 'web-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/fileEngine$/ }, (args) => ({
      path: path.join(args.resolveDir, 'fileEngine.web.ts'),
    }));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    // The source imports it as `import vscode = require('vscode')`, which esbuild leaves a plain
    // require. `import * as vscode` would copy the whole API object into a namespace object
    // once per importing module at load: 14 copies cost ~14 ms of activation in the host.
    external: ['vscode', FEATURES.request],
  },
  {
    ...common,
    entryPoints: [FEATURES.source],
    outfile: FEATURES.outfile,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', DUCKDB],
  },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    define: { global: 'globalThis' },
    plugins: [webFiles],
  },
  {
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'node',
    format: 'cjs',
  },
];

// The webview front ends: one bundle per entry found under src/webview/*/main.ts.
const webviewRoot = path.join(__dirname, 'src', 'webview');
if (fs.existsSync(webviewRoot)) {
  for (const name of fs.readdirSync(webviewRoot)) {
    const entry = path.join('src', 'webview', name, 'main.ts');
    if (!fs.existsSync(entry)) continue;
    builds.push({
      ...common,
      entryPoints: [entry],
      outfile: `dist/webview/${name}.js`,
      platform: 'browser',
      format: 'iife',
    });
  }
}

/** Reports the end of each rebuild in the form the `$esbuild-watch` problem matcher reads. */
const watchReporter = {
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

async function main() {
  if (watch) {
    const contexts = await Promise.all(
      builds.map((b) => esbuild.context({ ...b, plugins: [...(b.plugins ?? []), watchReporter] })),
    );
    await Promise.all(contexts.map((c) => c.watch()));
    copyDuckDb();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  copyDuckDb();
}

// Required by tests (test/unit/build/), it only hands out the build settings.
module.exports = { builds };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
