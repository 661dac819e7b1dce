// Runs the UI suite (test/ui, mocha + playwright-core) against a real VS Code with the
// packaged extension installed, once per theme. Screenshots: test-results/ui/<theme>/.
//
//   npm run test:ui
//   MMX_VSIX=<file>   use this package instead of building one (npm test builds it once)
//   --locale de       VS Code in German (npm run test:ui:de; or MMX_LOCALE=de): the scenarios written for it
//                     (test/ui/german.test.ts), light and dark; screenshots in de-<theme>/
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

const THEMES: readonly Theme[] = ['light', 'dark', 'hc'];
/** The display language (`--locale de` or MMX_LOCALE=de); the English run is the default. */
const LOCALE = localeOf(process.argv.slice(2), process.env.MMX_LOCALE);
// MMX_THEMES=light,dark narrows the run (npm run screenshots takes only these two; a German run too).
const THEMES_WANTED = process.env.MMX_THEMES?.split(',') ?? (LOCALE ? ['light', 'dark'] : undefined);
const THEMES_TO_RUN: readonly Theme[] = THEMES_WANTED
  ? THEMES.filter((theme) => THEMES_WANTED.includes(theme))
  : THEMES;
/** The other scenarios find the workbench's words in English: under a locale, those written for it. */
const LOCALE_GREP = 'in German';
/** Where a theme's screenshots go: test-results/ui/<theme>/, or de-<theme>/ in German. */
const resultsFolder = (theme: Theme) => (LOCALE ? `${LOCALE}-${theme}` : theme);
const RUN_TIMEOUT_MS = 5 * 60_000;

async function runTheme(vsix: string, theme: Theme): Promise<Counts> {
  const started = Date.now();
  console.log(`\nUI tests, ${theme} theme`);
  fs.rmSync(path.join(UI_RESULTS_DIR, resultsFolder(theme)), { recursive: true, force: true });
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-ui-')), 'result.json');
  const workbench = await startWorkbench({
    vsix,
    theme,
    // The product's own pictures (npm run screenshots) are taken without the XSS probe metric
    // the other scenarios show everywhere.
    settings: process.env.MMX_PRODUCT_SHOTS ? {} : UI_USER_SETTINGS,
    copyFolder: true,
    ...(LOCALE ? { locale: LOCALE } : {}),
  });
  try {
    // MMX_GREP narrows the run to matching scenarios, as for the integration suite.
    const wanted = process.env.MMX_GREP ?? (LOCALE ? LOCALE_GREP : undefined);
    const grep = wanted ? ['--grep', wanted] : [];
    const mocha = spawnGroup(bin('mocha'), ['--config', 'test/ui/.mocharc.json', ...grep], {
      cwd: ROOT,
      env: {
        ...workbench.env,
        MMX_WORKBENCH_URL: workbench.url,
        MMX_WORKSPACE: workbench.folder,
        MMX_THEME: theme,
        MMX_RESULTS_FOLDER: resultsFolder(theme),
        ...(LOCALE ? { MMX_LOCALE: LOCALE } : {}),
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
  console.log(`screenshots: ${path.relative(ROOT, UI_RESULTS_DIR)}/{${THEMES_TO_RUN.map(resultsFolder).join(',')}}/`);
  return total.failed === 0 ? 0 : 1;
}

function localeOf(args: readonly string[], env: string | undefined): string | undefined {
  const at = args.indexOf('--locale');
  const locale = at >= 0 ? args[at + 1] : env;
  return locale && !locale.startsWith('en') ? locale : undefined;
}

if (require.main === module) runMain(main);
