/**
 * The benchmark proper, bundled by bench/run.ts with the production build's settings so that the
 * figures are those of shipped code. Modes:
 *   node suite.js timing <sizes…>         interleaved medians at each size, JSON then CSV
 *   node suite.js rss <format> <variant> <file>   one run of one variant, then its peak RSS
 *   node suite.js cold <core.js>          require + first evaluate in this fresh process
 */
import * as fs from 'node:fs';
import { random, type FieldRow } from './data';
import { DATA_SETS, rowsOf, textOf, type DataSet } from './dataSets';
import { handLoop, handLoopCsv, KPI_IDS, mathjsPeer, type KpiResult } from './peers';
import { papa, runsOn, VARIANTS, type Format, type Inputs, type Variant } from './variants';
import type { Timing } from './budgets';

// mathjs is a devDependency, loaded at run time (its types are an ES module's).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const { compile } = require('mathjs') as { compile: Parameters<typeof mathjsPeer>[0] };
const mathjs = mathjsPeer(compile);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function inputsFor(format: Format, text: string): Inputs {
  return { text, mathjs };
}

/**
 * Wall time and CPU time of one run. No forced GC between runs: a full GC ages code, and V8
 * then flushes or deoptimises the functions of JavaScript-heavy variants (ours, the peers),
 * which made them look several times slower than they are while JSON.parse was unaffected.
 */
function timeOnce(variant: Variant, inputs: Inputs): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  variant.run(inputs);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Warm-ups and timed rounds per size and phase. The formula work at 1e6 takes tens of
 * milliseconds beside garbage collections of a million live objects that take a hundred or
 * more, so where a pause lands decides a run: it gets 15 rounds (a few seconds) where the end
 * to end variants, seconds each, get 5.
 */
function runsFor(size: number, endToEnd: boolean): { warmups: number; runs: number } {
  if (size <= 1e3) return { warmups: 20, runs: 41 };
  if (size <= 1e5) return { warmups: 4, runs: 9 };
  return endToEnd ? { warmups: 1, runs: 5 } : { warmups: 2, runs: 15 };
}

const fmtMs = (ms: number): string => (ms < 10 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const fmtRate = (rows: number, ms: number): string => `${(((rows / ms) * 1000) / 1e6).toFixed(2)} M rows/s`;
const fmtMb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Per size, per data set, per format: the realistic data first, as the budgets are judged on it.
 * Only one text is alive at a time, so one data set's garbage is not marked in the other's runs.
 */
function timing(sizes: readonly number[]): void {
  for (const size of sizes) {
    for (const data of DATA_SETS) {
      for (const format of ['json', 'csv'] as const) timeFormat(data, format, size);
    }
  }
}

/**
 * Two phases, each interleaved: end to end from the text, with only the text alive; then the
 * formula work, with the parsed rows alive. Keeping a million parsed rows alive during the
 * end-to-end runs would make every garbage collection there mark them too.
 */
function timeFormat(data: DataSet, format: Format, size: number): void {
  const text = textOf(format, rowsOf(data, size));
  const variants = VARIANTS.filter(
    (v) => v.format === format && (v.maxRows === undefined || size <= v.maxRows) && runsOn(v, data),
  );
  const times = new Map<Variant, { wall: number; cpu: number }[]>(variants.map((v) => [v, []]));
  const reference = referenceOf(format, text);
  let inputs: Inputs = { text, mathjs };
  for (const phase of [true, false]) {
    if (!phase) inputs = prepare(format, text);
    const { warmups, runs } = runsFor(size, phase);
    const timed = variants.filter((v) => v.endToEnd === phase);
    check(reference, inputs, timed);
    for (let w = 0; w < warmups; w++) for (const v of timed) v.run(inputs);
    // Each round in its own order (seeded): a variant that leaves the collector with work
    // (a large allocation) hands the pause to whichever variant runs next, and in a fixed
    // cyclic order, rotated or not, that is nearly always the same one.
    const shuffle = shuffler(size);
    for (let r = 0; r < runs; r++) {
      for (const v of shuffle(timed)) times.get(v)!.push(timeOnce(v, inputs));
    }
  }
  report(data, format, size, text, variants, times);
}

/** Fisher–Yates with the bench's seeded generator: the same orders on every run. */
function shuffler(seed: number): <T>(items: readonly T[]) => T[] {
  const next = random(seed);
  return (items) => {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
}

/** The hand-written loop's result, against whose total row every variant's is checked. */
function referenceOf(format: Format, text: string): KpiResult {
  return format === 'json' ? handLoop(JSON.parse(text) as FieldRow[]) : handLoopCsv(papa(text));
}

/** The parsed forms the "formula work only" variants start from, made once outside the timing. */
function prepare(format: Format, text: string): Inputs {
  const inputs: Inputs = { text, mathjs };
  if (format === 'json') inputs.parsed = JSON.parse(text) as FieldRow[];
  else inputs.cells = papa(text);
  for (const v of VARIANTS) if (v.format === format) v.prepare?.(inputs);
  return inputs;
}

/**
 * Every variant's total row must equal the hand-written loop's before any time is taken: the
 * same value, or none where the loop has none or where an input had empty cells (peers.ts).
 */
function check(reference: KpiResult, inputs: Inputs, variants: readonly Variant[]): void {
  for (const v of variants) {
    if (!v.totals) continue;
    const totals = v.totals(inputs);
    for (const id of KPI_IDS) {
      const expected = reference.total[id];
      const got = totals.get(id);
      const absentRightly = got === undefined && (Number.isNaN(expected) || reference.incomplete.has(id));
      if (got !== expected && !absentRightly) {
        throw new Error(`${v.name}: total ${id} is ${got}, the hand-written loop gives ${expected}`);
      }
    }
  }
}

function report(
  data: DataSet,
  format: Format,
  size: number,
  text: string,
  variants: readonly Variant[],
  times: Map<Variant, { wall: number; cpu: number }[]>,
): void {
  const runs = (endToEnd: boolean) => runsFor(size, endToEnd).runs;
  console.log(
    `\n## ${format.toUpperCase()}, ${data} data, ${size.toLocaleString('en-US')} rows (${fmtMb(text.length)} of text), medians of ${runs(true)} runs end to end and ${runs(false)} on parsed rows (wall; CPU and the fastest run's wall time in brackets)`,
  );
  const timings = new Map(
    variants.map((v) => {
      const runs = times.get(v)!;
      return [
        v.name,
        {
          wall: median(runs.map((t) => t.wall)),
          cpu: median(runs.map((t) => t.cpu)),
          fastest: Math.min(...runs.map((t) => t.wall)),
        },
      ];
    }),
  );
  const width = Math.max(...variants.map((v) => v.name.length));
  record(variants.map((v) => ({ data, format, rows: size, variant: v.name, ...timings.get(v.name)! })));
  for (const v of variants) {
    const { wall, cpu, fastest } = timings.get(v.name)!;
    const base = v.ratioTo !== undefined ? timings.get(v.ratioTo) : undefined;
    const ratio =
      base !== undefined
        ? `  ${(wall / base.wall).toFixed(2)}× (${(cpu / base.cpu).toFixed(2)}×; fastest ${(fastest / base.fastest).toFixed(2)}×) ${v.ratioTo}`
        : '';
    console.log(
      `  ${v.name.padEnd(width)}  ${fmtMs(wall).padStart(8)} ms (${fmtMs(cpu).padStart(8)}; fastest ${fmtMs(fastest).padStart(8)})  ${fmtRate(size, wall).padStart(16)}${ratio}`,
    );
  }
}

/** Medians for bench/run.ts's budget table, one JSON line each, when it names a file for them. */
function record(timings: readonly Timing[]): void {
  const file = process.env['MMX_BENCH_RESULTS'];
  if (file) fs.appendFileSync(file, timings.map((t) => JSON.stringify(t)).join('\n') + '\n');
}

function rss(format: Format, name: string, file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const inputs = inputsFor(format, text);
  const variant = VARIANTS.find((v) => v.format === format && v.name === name);
  if (!variant) throw new Error(`no variant ${format}/${name}`);
  gc();
  gc();
  // Reset the kernel's high-water mark so the peak is this variant's, text included.
  let reset = true;
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    reset = false;
  }
  const before = statusKb('VmRSS');
  variant.run(inputs);
  const peak = reset ? statusKb('VmHWM') : process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ before: before * 1024, peak: peak * 1024, reset }));
}

function statusKb(field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) : NaN;
}

function cold(corePath: string): void {
  const start = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(corePath) as { evaluate(id: string, inputs: Record<string, number>): { ok: boolean } };
  const loaded = process.hrtime.bigint();
  const result = core.evaluate('ctr', { clicks: 120, impressions: 4000 });
  const done = process.hrtime.bigint();
  if (!result.ok) throw new Error('evaluate failed');
  console.log(JSON.stringify({ import: Number(loaded - start) / 1e6, total: Number(done - start) / 1e6 }));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'timing') timing(args.map(Number));
else if (mode === 'rss') rss(args[0] as Format, args[1]!, args[2]!);
else if (mode === 'cold') cold(args[0]!);
else throw new Error(`unknown mode ${mode}`);
