// Runs the UI suite (test/ui, mocha + playwright-core) against a real VS Code with the
// packaged extension installed, once per theme. Screenshots: test-results/ui/<theme>/.
//
//   npm run test:ui
//   MMX_VSIX=<file>   use this package instead of building one (npm test builds it once)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled } from './install';
import { ROOT, UI_RESULTS_DIR, bin } from './paths';
import { onCleanup, runMain, seconds, spawnGroup, withTimeout } from './proc';
import { RESULT_FILE_ENV, addCounts, readCounts, reportCounts, type Counts } from './results';
import { startWorkbench, type Theme } from './server';
import { buildVsix } from './vsix';
import { UI_USER_SETTINGS } from '../../test/ui/userSettings';

const THEMES_TO_RUN: readonly Theme[] = ['light', 'dark', 'hc'];
const RUN_TIMEOUT_MS = 5 * 60_000;

async function runTheme(vsix: string, theme: Theme): Promise<Counts> {
  const started = Date.now();
  console.log(`\nUI tests, ${theme} theme`);
  fs.rmSync(path.join(UI_RESULTS_DIR, theme), { recursive: true, force: true });
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-ui-')), 'result.json');
  const workbench = await startWorkbench({ vsix, theme, settings: UI_USER_SETTINGS, copyFolder: true });
  try {
    // MMX_GREP narrows the run to matching scenarios, as for the integration suite.
    const grep = process.env.MMX_GREP ? ['--grep', process.env.MMX_GREP] : [];
    const mocha = spawnGroup(bin('mocha'), ['--config', 'test/ui/.mocharc.json', ...grep], {
      cwd: ROOT,
      env: {
        ...workbench.env,
        MMX_WORKBENCH_URL: workbench.url,
        MMX_WORKSPACE: workbench.folder,
        MMX_THEME: theme,
        [RESULT_FILE_ENV]: resultFile,
      },
    });
    const unregister = onCleanup(() => mocha.stop());
    try {
      const code = await withTimeout(mocha.exited, RUN_TIMEOUT_MS, `UI tests (${theme})`).catch((error: Error) => {
        console.error(error.message);
        return 1;
      });
      // Mocha that exits before reporting (a crash, no test files) counts as one failure.
      const counts = readCounts(resultFile) ?? { passed: 0, failed: 1 };
      const failed = code !== 0 && counts.failed === 0 ? 1 : counts.failed;
      console.log(`ui (${theme}): ${counts.passed} passed, ${failed} failed (${seconds(started)})`);
      return { passed: counts.passed, failed };
    } finally {
      await mocha.stop();
      unregister();
    }
  } finally {
    await workbench.stop();
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  await ensureInstalled();
  const vsix = process.env.MMX_VSIX ?? (await buildVsix());
  let total: Counts = { passed: 0, failed: 0 };
  for (const theme of THEMES_TO_RUN) {
    total = addCounts(total, await runTheme(vsix, theme));
  }
  reportCounts(total);
  console.log(`ui: ${total.passed} passed, ${total.failed} failed (${seconds(started)})`);
  console.log(`screenshots: ${path.relative(ROOT, UI_RESULTS_DIR)}/{${THEMES_TO_RUN.join(',')}}/`);
  return total.failed === 0 ? 0 : 1;
}

if (require.main === module) runMain(main);
