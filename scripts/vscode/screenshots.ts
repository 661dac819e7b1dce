// `npm run screenshots`: the product page's and the walkthrough's images, taken by the UI test
// that walks the walkthrough (test/ui/walkthrough.test.ts, light and dark, without the test
// settings' XSS probe metric) and copied into media/, where the README and package.json point.
// Run it after a change that shows in them.
//
//   media/screenshots/<name>.png         the README's three, in the light theme
//   media/walkthrough/<theme>/<step>.png the walkthrough's steps, light and dark
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, UI_RESULTS_DIR } from './paths';
import { run, runMain, seconds } from './proc';

/** README image → the walkthrough test's screenshot (light theme). */
export const README_SHOTS: Readonly<Record<string, string>> = {
  'report-by-campaign': 'step-breakDown',
  'calculator-solve': 'step-calculator',
  'export-what-was-read': 'step-sampleExport',
};

export const WALKTHROUGH_STEPS = [
  'openMetrics',
  'calculator',
  'sampleExport',
  'mapColumn',
  'breakDown',
  'reportAsCode',
] as const;

export const SHOT_THEMES = ['light', 'dark'] as const;

function copy(from: string, to: string): void {
  if (!fs.existsSync(from)) throw new Error(`${path.relative(ROOT, from)} was not taken: did its UI test pass?`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

async function main(): Promise<number> {
  const started = Date.now();
  await run(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'runUi.ts')], {
    cwd: ROOT,
    env: { ...process.env, MMX_THEMES: SHOT_THEMES.join(','), MMX_GREP: 'the walkthrough', MMX_PRODUCT_SHOTS: '1' },
  });
  for (const [name, shot] of Object.entries(README_SHOTS))
    copy(path.join(UI_RESULTS_DIR, 'light', `${shot}.png`), path.join(ROOT, 'media', 'screenshots', `${name}.png`));
  for (const theme of SHOT_THEMES)
    for (const step of WALKTHROUGH_STEPS)
      copy(
        path.join(UI_RESULTS_DIR, theme, `step-${step}.png`),
        path.join(ROOT, 'media', 'walkthrough', theme, `${step}.png`),
      );
  console.log(`media/screenshots and media/walkthrough updated (${seconds(started)})`);
  return 0;
}

if (require.main === module) runMain(main);
