// Builds every bundle the extension ships: the Node extension host (`main`), the web-worker
// host (`browser`), the formula core as a CommonJS library (`exports["./core"]`), the chunks
// the Node builds load on first use (`dist/chunks/`), and the webview front end.
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
 * Parsers that only some selections need (quoted CSV, JSON with comments). Each sits behind a
 * module of its own (src/core/read/lazy*.ts) that the browser and webview builds bundle as it
 * is. The Node builds replace that module with a stub which requires the chunk, the same module
 * built alone, on the first call: `require` of the core and activation then skip their code.
 */
const LAZY_CHUNKS = [
  { source: 'src/core/read/lazyPapaparse.ts', chunk: 'papaparse', loader: 'papaparse' },
  { source: 'src/core/read/lazyJsonc.ts', chunk: 'jsonc-parser', loader: 'jsoncParser' },
];

/** The stub: the chunk is required beside the bundle (dist/chunks/…), once, on the first call. */
function stubOf(chunk, loader) {
  return `let chunk;\nexport function ${loader}() {\n  chunk ??= require('./chunks/${chunk}.js');\n  return chunk.${loader}();\n}\n`;
}

/** For the Node builds: each lazy module becomes its stub, and `./chunks/…` stays a run-time require. */
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    const stubs = new Map(LAZY_CHUNKS.map(({ source, chunk, loader }) => [path.join(__dirname, source), stubOf(chunk, loader)]));
    build.onResolve({ filter: /^\.\/chunks\// }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /[\\/]lazy\w+\.ts$/ }, (args) => {
      const contents = stubs.get(args.path);
      return contents === undefined ? undefined : { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * For the Node extension build: the formula core is required from dist/core.js (the library
 * build, shipped beside it) on first use instead of being bundled in. Activation then loads
 * the features' registrations only; the tree's first render, the first hover or command loads
 * the core. The extension imports the core only through src/core/index.ts, whose export names
 * are read from an in-memory build; each is read from the library when it is first used
 * (esbuild turns a named import of a CommonJS module into a property read at each use).
 */
const coreOnFirstUse = {
  name: 'core-on-first-use',
  setup(build) {
    const index = path.join(__dirname, 'src', 'core', 'index.ts');
    // Only the stub's own require: zod, for one, has a './core.js' of its own.
    build.onResolve({ filter: /^\.\/core\.js$/, namespace: 'core-on-first-use' }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /core$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path, 'index.ts');
      const inCore = args.importer.startsWith(path.join(__dirname, 'src', 'core') + path.sep);
      return target === index && !inCore ? { path: index, namespace: 'core-on-first-use' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'core-on-first-use' }, () => ({ contents: coreStub(coreExportNames()), loader: 'js', resolveDir: __dirname }));
  },
};

function coreExportNames() {
  const result = esbuild.buildSync({ ...common, entryPoints: ['src/core/index.ts'], absWorkingDir: __dirname, platform: 'node', format: 'esm', write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent', outdir: 'out/core-exports' });
  return Object.values(result.metafile.outputs)[0].exports;
}

function coreStub(names) {
  return `let core;
const load = () => (core ??= require('./core.js'));
const names = ${JSON.stringify(names)};
module.exports = new Proxy({}, {
  // Only the core's own names load it: the bundle's interop asks for __esModule at load.
  get: (_, key) => (names.includes(key) ? load()[key] : undefined),
  has: (_, key) => names.includes(key),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, key) => (names.includes(key) ? { enumerable: true, configurable: true } : undefined),
});
`;
}

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [lazyChunks, coreOnFirstUse],
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
  },
  {
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'node',
    format: 'cjs',
    plugins: [lazyChunks],
  },
  ...LAZY_CHUNKS.map(({ source, chunk }) => ({
    ...common,
    entryPoints: [source],
    outfile: `dist/chunks/${chunk}.js`,
    platform: 'node',
    format: 'cjs',
  })),
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
    const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...b, plugins: [...(b.plugins ?? []), watchReporter] })));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

// Required by tests (test/unit/build/), it only hands out the build settings and the core stub.
module.exports = { builds, coreStub };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
