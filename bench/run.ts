/**
 * `npm run bench`: builds the extension in production mode, bundles the benchmark with the same
 * settings, then runs the timings, the peak-RSS children and the cold-start children, and prints
 * the bundle sizes. Timings and peaks are taken on realistic rows (text beside the numbers, as
 * exports are) and on numbers only; the budgets are judged on the first. It prints; it does not
 * assert. Then the file reports of issue 19 (bench/files.ts, generated files of 1e6 and 1e7
 * rows). `npm run bench -- --quick` stops at 1e5 rows (files: 1e5 and 1e6); `-- --skip-build`
 * times the core alone, without building the extension (no sizes, no cold start): for when it
 * does not build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { DATA_SETS, rowsOf, textOf, type DataSet, type Format } from './dataSets';
import { runsOn, VARIANTS } from './variants';
import { printBudgets, rssKey, type Timing } from './budgets';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, '.bench');
const SUITE = path.join(OUT, 'suite.js');
const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--skip-build');
const SIZES = quick ? [1e3, 1e5] : [1e3, 1e5, 1e6];
const RSS_ROWS = quick ? 1e5 : 1e6;
const COLD_RUNS = 9;
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=16384'];
/** The timing child's medians, one JSON line each, for the budget table. */
const TIMINGS = path.join(OUT, 'timings.jsonl');

async function main(): Promise<void> {
  const started = Date.now();
  machine();
  await bundleSuite();
  const built = skipBuild ? undefined : build();
  console.log(`\n# Timings (interleaved in one process; ratios from the same run)`);
  fs.rmSync(TIMINGS, { force: true });
  const timing = spawnSync(process.execPath, [...NODE_FLAGS, SUITE, 'timing', ...SIZES.map(String)], {
    stdio: 'inherit',
    env: { ...process.env, MMX_BENCH_RESULTS: TIMINGS },
  });
  if (timing.status !== 0) throw new Error('the timing run failed');
  const rss = peakRss();
  // The RSS budget is at 1e6 rows; --quick measures it at 1e5 only.
  printBudgets({
    timings: readTimings(),
    sizes: built?.sizes ?? new Map(),
    ...(built ? { coldStart: built.coldStart } : {}),
    rss: quick ? new Map() : rss,
  });
  fileReports();
  console.log(`\nbench done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Issue 19's part (bench/files.ts), run by tsx so its src/ imports resolve; it never fails the bench. */
function fileReports(): void {
  const files = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'files.ts'), ...(quick ? ['--quick'] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (files.status !== 0)
    console.log(`\n# File reports: bench/files.ts failed (exit ${files.status ?? files.signal}); see above`);
}

/** The production build, its sizes and the cold start of its core. */
function build(): { sizes: Map<string, number>; coldStart: number } {
  console.log('\nBuilding: node esbuild.js --production');
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: ROOT, stdio: 'inherit' });
  return { sizes: sizes(), coldStart: coldStart() };
}

function machine(): void {
  const cpu = /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  console.log(
    `# Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The suite with the production build's settings (minified, same targets); mathjs stays a dev require. */
async function bundleSuite(): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite.ts')],
    outfile: SUITE,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['module', 'main'],
    external: ['mathjs'],
    logLevel: 'warning',
    legalComments: 'none',
  });
  // mathjs resolves from the repository's node_modules.
  fs.writeFileSync(path.join(OUT, 'package.json'), '{"type":"commonjs"}');
  process.env.NODE_PATH = path.join(ROOT, 'node_modules');
}

function readTimings(): Timing[] {
  return fs
    .readFileSync(TIMINGS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Timing);
}

function sizes(): Map<string, number> {
  console.log('\n# Bundle sizes (minified, production build)');
  const total = (files: readonly string[]) => files.reduce((sum, file) => sum + sizeOf(file), 0);
  const line = (label: string, bytes: number) =>
    console.log(`  ${label.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(7)} KB`);
  for (const file of [
    'dist/extension.js',
    'dist/features.js',
    'dist/web/extension.js',
    'dist/core.js',
    ...jsFilesIn('dist/webview'),
  ])
    line(file, sizeOf(file));
  line('dist/extension.js with the features it loads when used', total(['dist/extension.js', 'dist/features.js']));
  return new Map(['dist/extension.js', 'dist/core.js'].map((file) => [file, sizeOf(file)]));
}

function jsFilesIn(folder: string): string[] {
  const full = path.join(ROOT, folder);
  return fs.existsSync(full)
    ? fs
        .readdirSync(full)
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => `${folder}/${f}`)
    : [];
}

function sizeOf(file: string): number {
  return fs.statSync(path.join(ROOT, file)).size;
}

/** The median of require + first evaluate, in ms. */
function coldStart(): number {
  const core = path.join(ROOT, 'dist', 'core.js');
  const imports: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const out = execFileSync(process.execPath, [SUITE, 'cold', core], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });
    const { import: load, total } = JSON.parse(out) as { import: number; total: number };
    imports.push(load);
    totals.push(total);
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  console.log(`\n# Cold start of dist/core.js (median of ${COLD_RUNS} fresh processes)`);
  console.log(
    `  require: ${med(imports).toFixed(1)} ms; require + first evaluate('ctr'): ${med(totals).toFixed(1)} ms`,
  );
  return med(totals);
}

/**
 * Ours end to end against the floor, peak for peak, by data set and format (keys of rssKey).
 * One child process per variant, since peak RSS is a per-process figure.
 */
function peakRss(): Map<string, number> {
  const ratios = new Map<string, number>();
  console.log(
    `\n# Peak RSS at ${RSS_ROWS.toLocaleString('en-US')} rows (one fresh process per variant; text loaded before the peak is reset)`,
  );
  for (const data of DATA_SETS) {
    const rows = rowsOf(data, RSS_ROWS);
    for (const format of ['json', 'csv'] as const) {
      const file = path.join(OUT, `rows-${RSS_ROWS}.${format}`);
      fs.writeFileSync(file, textOf(format, rows));
      const results = VARIANTS.filter(
        (x) =>
          x.format === format && x.endToEnd && (x.maxRows === undefined || RSS_ROWS <= x.maxRows) && runsOn(x, data),
      ).map((v) => ({ name: v.name, ...rssOf(format, v.name, file) }));
      printRss(data, format, results);
      const ours = results.find((r) => r.name === 'ours, end to end');
      if (ours) ratios.set(rssKey(data, format), ours.peak / results[0]!.peak);
      fs.rmSync(file);
    }
  }
  return ratios;
}

function rssOf(format: Format, variant: string, file: string): { before: number; peak: number } {
  const out = execFileSync(process.execPath, [...NODE_FLAGS, SUITE, 'rss', format, variant, file], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { before: number; peak: number };
}

function printRss(
  data: DataSet,
  format: Format,
  results: readonly { name: string; before: number; peak: number }[],
): void {
  const floor = results[0]!;
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`  ${format.toUpperCase()}, ${data} data (text loaded: ${(floor.before / 1e6).toFixed(0)} MB resident)`);
  for (const r of results) {
    const floorGrowth = floor.peak - floor.before;
    // A floor that did not grow past the text (the kernel's page accounting) gives no growth ratio.
    const growth = floorGrowth >= 1e6 ? `; ${((r.peak - r.before) / floorGrowth).toFixed(2)}× floor's growth` : '';
    const ratio = r === floor ? '' : `  ${(r.peak / floor.peak).toFixed(2)}× floor peak${growth}`;
    console.log(
      `    ${r.name.padEnd(width)}  peak ${(r.peak / 1e6).toFixed(0).padStart(5)} MB (+${((r.peak - r.before) / 1e6).toFixed(0)} MB over the text)${ratio}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
