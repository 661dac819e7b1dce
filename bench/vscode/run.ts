/**
 * `npm run bench:vscode`: the in-editor figures, through the integration harness's pieces
 * (scripts/vscode): the packaged extension in code-server, driven by headless Chromium, with
 * bench/vscode/suite.ts as the extensionTestsPath. It prints the suite's MMX-BENCH figures.
 * The data (a 5 MB Markdown file, a 100,000-row JSON file) is generated under .bench/vscode/data;
 * the folder VS Code opens is an empty one beside it, so no activation event fires before the
 * suite times activate(). MMX_BENCH=activation,hover,evaluate narrows the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { runSuiteInHost } from '../../scripts/vscode/hostSuite';
import { ensureInstalled } from '../../scripts/vscode/install';
import { ROOT } from '../../scripts/vscode/paths';
import { runMain, seconds } from '../../scripts/vscode/proc';
import { startWorkbench } from '../../scripts/vscode/server';
import { buildVsix } from '../../scripts/vscode/vsix';
import { campaignRows, toJson } from '../data';

const OUT = path.join(ROOT, '.bench', 'vscode');
const WORKSPACE = path.join(OUT, 'empty');
const DATA = path.join(OUT, 'data');
const TIMEOUT_MS = 10 * 60_000;
const TAG = 'MMX-BENCH';

async function main(): Promise<number> {
  const started = Date.now();
  await ensureInstalled();
  makeWorkspace();
  // Its own .vsix path: the integration runner's may be in use by another run.
  const vsix = process.env.MMX_VSIX ?? (await buildVsix(path.join(OUT, 'bench.vsix')));
  const suite = await bundleSuite();
  const workbench = await startWorkbench({ vsix, theme: 'light', folder: WORKSPACE });
  withoutActivationEvents(workbench.extensionFolder);
  const figures: Record<string, unknown>[] = [];
  let exitCode: number;
  try {
    exitCode = await runSuiteInHost(workbench, {
      suite,
      timeoutMs: TIMEOUT_MS,
      what: 'the VS Code bench',
      onLine: (line) => {
        if (line.startsWith(`${TAG} `)) figures.push(JSON.parse(line.slice(TAG.length + 1)) as Record<string, unknown>);
      },
    });
  } finally {
    await workbench.stop();
  }
  report(figures);
  console.log(`bench:vscode done in ${seconds(started)} (suite exit code ${exitCode})`);
  return exitCode;
}

function makeWorkspace(): void {
  fs.mkdirSync(WORKSPACE, { recursive: true });
  fs.mkdirSync(DATA, { recursive: true });
  const json = path.join(DATA, 'rows-100k.json');
  if (!fs.existsSync(json)) fs.writeFileSync(json, toJson(campaignRows(100_000)));
  const markdown = path.join(DATA, 'hover-5mb.md');
  if (!fs.existsSync(markdown)) {
    const paragraph =
      'Our CTR rose last week while the cost per click fell; ROAS held at 4.2x and the conversion rate was flat.\n\n';
    fs.writeFileSync(markdown, `# Weekly report\n\n${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}`);
  }
}

/**
 * The workbench itself fires `onLanguage:plaintext` at startup, with no editor open (code-server
 * 4.100's extension host log says so), which would activate the extension before the suite
 * could time it. The unpacked copy the bench loads is therefore told of no activation events;
 * its bundle is the shipped one, and the suite's activate() call is then the first.
 */
function withoutActivationEvents(extensionFolder: string): void {
  const file = path.join(extensionFolder, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, JSON.stringify({ ...manifest, activationEvents: [] }, null, 2));
}

async function bundleSuite(): Promise<string> {
  const outfile = path.join(OUT, 'suite', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // The suite bundles the command's own code (src/): the same choice of builds as esbuild.js.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return outfile;
}

function report(figures: readonly Record<string, unknown>[]): void {
  console.log('\n# In VS Code (code-server, extension host timings)');
  for (const f of figures) {
    const line = describe(f);
    if (line) console.log(`  ${line}`);
  }
  if (figures.length === 0) console.log('  no figures: the suite did not run (see the log above)');
}

const ms = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(value < 10 ? 3 : 1)} ms` : 'n/a');

function describe(f: Record<string, unknown>): string | undefined {
  switch (f.figure) {
    case 'activation':
      if (f.ms === undefined) return `activation: ${String(f.note)}`;
      return `activation, first extension.activate() from the suite: ${ms(f.ms)} (VS Code's marks: loading the code ${ms(f.codeLoadMs)}, activate() ${ms(f.activateCallMs)})`;
    case 'bundleLoad':
      return `load of dist/extension.js alone (fresh copy, median of ${String(f.loads)}): ${ms(f.ms)}; a file holding only require('vscode'): ${ms(f.vscodeOnlyMs)}; the bundle's own part: ${ms(f.ownMs)}`;
    case 'hover': {
      const s = (x: unknown) => {
        const v = x as { medianMs: number; p95Ms: number; shown: number };
        return `median ${ms(v.medianMs)}, p95 ${ms(v.p95Ms)}, ${v.shown} with a hover`;
      };
      return [
        `hover, ${String(f.hovers)} on ${((f.bytes as number) / 1e6).toFixed(1)} MB Markdown:`,
        `    our provider in the host (api.formulaHover): ${s(f.provider)}`,
        `    same, a word that is no metric:              ${s(f.providerNoMetric)}`,
        `    vscode.executeHoverProvider (round trip):    ${s(f.command)}`,
        `    same, a word that is no metric:              ${s(f.commandNoMetric)}`,
      ].join('\n');
    }
    case 'evaluateSelection':
      return `Evaluate Selection (command), run ${String(f.run)}, ${String(f.rows)} JSON rows (${((f.bytes as number) / 1e6).toFixed(1)} MB): ${ms(f.ms)} → ${String(f.outcome)}${f.message ? ` (${String(f.message)})` : ''}`;
    case 'evaluateStages': {
      const stages = (f.stages as { stage: string; ms: number }[])
        .map((s) => `${s.stage} ${Math.round(s.ms)}`)
        .join(', ');
      return `Evaluate Selection (same code, staged), run ${String(f.run)}: ${ms(f.ms)} → ${String(f.outcome)}; stages (ms): ${stages}`;
    }
    case 'reportPaint':
      return `results view, first paint of a report with ${String(f.groups)} groups (Break Down by…), run ${String(f.run)}: in the page ${ms(f.pageMs)} (budget 200 ms: ${(f.pageMs as number) <= 200 ? 'met' : 'NOT met'}), from the command ${ms(f.hostMs)}; ${String(f.rows)} table rows drawn → ${String(f.outcome)}`;
    default:
      return undefined;
  }
}

if (require.main === module) runMain(main);
