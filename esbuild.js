// Builds every bundle the extension ships: the Node extension host (`main`), the web-worker
// host (`browser`), the formula core as a CommonJS library (`exports["./core"]`), the features
// and chunks the Node builds load on first use (`dist/features/`, `dist/chunks/`), and the
// webview front ends.
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
 * What the Node extension build leaves out of dist/extension.js and requires on first use,
 * each built as a bundle of its own: the formula core (also the `./core` library), the editor
 * commands with the results view, and the calculator panel. Activation then compiles and runs
 * the registrations only; the tree's first render or a hover loads the core, the first command
 * or calculator its feature. Every build that bundles an importer of one of these gets a stub
 * for it (see onFirstUse); the web build, which has no `require`, bundles everything.
 */
const ON_FIRST_USE = [
  { source: 'src/core/index.ts', outfile: 'dist/core.js' },
  { source: 'src/commands/firstUse.ts', outfile: 'dist/features/commands.js' },
  { source: 'src/calculator/firstUse.ts', outfile: 'dist/features/calculator.js' },
];

/**
 * Replaces each import of a module in `modules` with a stub that requires its bundle, found
 * relative to `outfile` (the bundle being built, where it ships), when one of its export names is first read (esbuild turns
 * a named import of a CommonJS module into a property read at each use). Export names come from
 * an in-memory build of the module.
 */
function onFirstUse(modules, outfile) {
  return {
    name: 'on-first-use',
    setup(build) {
      const bySource = new Map(modules.map((m) => [path.join(__dirname, m.source), m]));
      const from = path.dirname(path.join(__dirname, outfile));
      // The stub's own require stays a run-time require.
      build.onResolve({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const base = path.resolve(args.resolveDir, args.path);
        const source = [base, `${base}.ts`, path.join(base, 'index.ts')].find((candidate) => bySource.has(candidate));
        return source === undefined ? undefined : { path: source, namespace: 'on-first-use' };
      });
      build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => {
        const request = `./${path.relative(from, path.join(__dirname, bySource.get(args.path).outfile)).replaceAll(path.sep, '/')}`;
        return { contents: firstUseStub(request.replace(/^\.\/\.\./, '..'), exportNames(args.path)), loader: 'js', resolveDir: __dirname };
      });
    },
  };
}

function exportNames(source) {
  const result = esbuild.buildSync({ ...common, entryPoints: [source], absWorkingDir: __dirname, platform: 'node', format: 'esm', external: ['vscode'], write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent', outdir: 'out/first-use-exports' });
  return Object.values(result.metafile.outputs)[0].exports;
}

function firstUseStub(request, names) {
  return `let module_;
const load = () => (module_ ??= require(${JSON.stringify(request)}));
const names = ${JSON.stringify(names)};
module.exports = new Proxy({}, {
  // Only the module's own names load it: the bundle's interop asks for __esModule at load.
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
    // The source imports it as `import vscode = require('vscode')`, which esbuild leaves a plain
    // require. `import * as vscode` would copy the whole API object into a namespace object
    // once per importing module at load: 14 copies cost ~14 ms of activation in the host.
    external: ['vscode'],
    plugins: [lazyChunks, onFirstUse(ON_FIRST_USE, 'dist/extension.js')],
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
  // The features' bundles, each with the core (and the other features) left out in turn.
  ...ON_FIRST_USE.slice(1).map(({ source, outfile }) => ({
    ...common,
    entryPoints: [source],
    outfile,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [onFirstUse(ON_FIRST_USE.filter((m) => m.source !== source), outfile)],
  })),
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

// Required by tests (test/unit/build/), it only hands out the build settings and the stub.
module.exports = { builds, firstUseStub };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
