/**
 * `npm run bench:vscode`: the in-editor figures, through the integration harness's pieces
 * (scripts/vscode): the packaged extension in code-server, driven by headless Chromium, with
 * bench/vscode/suite.ts as the extensionTestsPath. It prints the suite's MMX-BENCH figures.
 * The workspace (a 5 MB Markdown file, a 100,000-row JSON file) is generated under .bench/.
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
const WORKSPACE = path.join(OUT, 'workspace');
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
  const figures: Record<string, unknown>[] = [];
  let exitCode = 1;
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
  const json = path.join(WORKSPACE, 'rows-100k.json');
  if (!fs.existsSync(json)) fs.writeFileSync(json, toJson(campaignRows(100_000)));
  const markdown = path.join(WORKSPACE, 'hover-5mb.md');
  if (!fs.existsSync(markdown)) {
    const paragraph = 'Our CTR rose last week while the cost per click fell; ROAS held at 4.2x and the conversion rate was flat.\n\n';
    fs.writeFileSync(markdown, `# Weekly report\n\n${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}`);
  }
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
    logLevel: 'warning',
  });
  return outfile;
}

function report(figures: readonly Record<string, unknown>[]): void {
  console.log('\n# In VS Code (code-server, extension host timings)');
  const ms = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(2)} ms` : 'n/a');
  for (const f of figures) {
    if (f.figure === 'activation') console.log(`  activation (extension.activate()):       ${f.ms !== undefined ? ms(f.ms) : String(f.note)}`);
    if (f.figure === 'bundleLoad') console.log(`  load of dist/extension.js (fresh copy, median of 9): ${ms(f.ms)}`);
    if (f.figure === 'hover') console.log(`  hover, median of ${String(f.hovers)} on ${((f.bytes as number) / 1e6).toFixed(1)} MB Markdown: ${ms(f.medianMs)} (a word that is no metric: ${ms(f.noMetricMedianMs)}; ${String(f.withHover)} showed a hover)`);
    if (f.figure === 'evaluateSelection') console.log(`  Evaluate Selection, ${String(f.rows)} JSON rows (${((f.bytes as number) / 1e6).toFixed(1)} MB): ${ms(f.ms)} → ${String(f.outcome)}${f.message ? ` (${String(f.message)})` : ''}`);
  }
  if (figures.length === 0) console.log('  no figures: the suite did not run (see the log above)');
}

if (require.main === module) runMain(main);
