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
 * What the Node builds leave out of a bundle and require the first time it is used, each built
 * as a bundle of its own from a module that stands for it:
 * - the formula core (also the `./core` library) and the extension's features, so that
 *   activation compiles and runs the registrations only: the tree's first render or a hover
 *   loads the core, the first command or calculator its feature;
 * - parts of the core that only some uses need, so that a `require` of the core and its first
 *   `evaluate` skip them: the selection readers, the parsers only some selections need (quoted
 *   CSV, JSON with comments), the catalog's prose (explaining, not computing) and its zod
 *   schemas (custom metrics).
 * The browser and webview builds bundle all of it: a web worker has no `require`.
 */
const ON_FIRST_USE = [
  { source: 'src/core/index.ts', outfile: 'dist/core.js' },
  { source: 'src/commands/firstUse.ts', outfile: 'dist/features/commands.js' },
  { source: 'src/calculator/firstUse.ts', outfile: 'dist/features/calculator.js' },
  { source: 'src/core/read/lazyReaders.ts', outfile: 'dist/chunks/readers.js' },
  { source: 'src/core/read/lazyPapaparse.ts', outfile: 'dist/chunks/papaparse.js' },
  { source: 'src/core/read/lazyJsonc.ts', outfile: 'dist/chunks/jsonc-parser.js' },
  { source: 'src/core/catalog/lazyProse.ts', outfile: 'dist/chunks/prose.js' },
  { source: 'src/core/catalog/lazySchemas.ts', outfile: 'dist/chunks/schemas.js' },
];

/**
 * For the Node build that ships as `outfile`: every module of ON_FIRST_USE but its own becomes
 * a stub requiring that module's bundle, found relative to `outfile`, when one of its exports
 * is first read (esbuild turns a named import of a CommonJS module into a property read at each
 * use, so loading the importer reads nothing).
 */
function onFirstUse(outfile) {
  return {
    name: 'on-first-use',
    setup(build) {
      const from = path.dirname(path.join(__dirname, outfile));
      const requests = new Map(ON_FIRST_USE.filter((m) => m.outfile !== outfile).map((m) => [path.join(__dirname, m.source), requestTo(from, m.outfile)]));
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const request = requests.get(args.path);
        return request === undefined ? undefined : { contents: firstUseStub(request, exportNames(args.path)), loader: 'js', resolveDir: path.dirname(args.path) };
      });
      // Only a stub's own require stays a run-time require: zod, for one, has a './core.js' of its own.
      build.onResolve({ filter: /\.js$/ }, (args) => (requests.get(args.importer) === args.path ? { path: args.path, external: true } : undefined));
    },
  };
}

function requestTo(fromDir, outfile) {
  const relative = path.relative(fromDir, path.join(__dirname, outfile)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** A module's export names, from an in-memory build of it (once per module, but in watch mode). */
const exportNamesCache = new Map();
function exportNames(source) {
  const cached = watch ? undefined : exportNamesCache.get(source);
  if (cached) return cached;
  const result = esbuild.buildSync({ ...common, entryPoints: [source], absWorkingDir: __dirname, platform: 'node', format: 'esm', external: ['vscode'], write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent', outdir: 'out/first-use-exports' });
  const names = Object.values(result.metafile.outputs)[0].exports;
  exportNamesCache.set(source, names);
  return names;
}

/**
 * The stub, a CommonJS module whose every export is a getter that requires the bundle once.
 * The values read are the bundle's own (a zod schema is zod's object itself, a class the class).
 */
function firstUseStub(request, names) {
  return `let module_;
const load = () => (module_ ??= require(${JSON.stringify(request)}));
for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
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
    plugins: [onFirstUse('dist/extension.js')],
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
  // The core, the features and the chunks, each leaving the others out in turn.
  ...ON_FIRST_USE.map(({ source, outfile }) => ({
    ...common,
    entryPoints: [source],
    outfile,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [onFirstUse(outfile)],
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
