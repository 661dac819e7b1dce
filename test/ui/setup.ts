// Root hooks for the UI suite: one Chromium window on the workbench that the launcher
// (scripts/vscode/runUi.ts) started, shared by every scenario, and a screenshot of any failure.
//
// MMX_WORKBENCH_URL  the workbench to open (required)
// MMX_THEME          names the screenshot folder: test-results/ui/<theme>/
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openWorkbench } from '../../scripts/vscode/browser';
import { UI_RESULTS_DIR } from '../../scripts/vscode/paths';
import { EXTENSION_CONTAINER, Workbench } from './helpers/workbench';

let browser: Browser | undefined;
let current: Workbench | undefined;

/** The workbench every scenario drives. */
export function workbench(): Workbench {
  if (!current) throw new Error('the workbench is not open (see test/ui/setup.ts)');
  return current;
}

export const theme = process.env.MMX_THEME ?? 'light';

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    this.timeout(120_000);
    const url = process.env.MMX_WORKBENCH_URL;
    if (!url) throw new Error('MMX_WORKBENCH_URL is not set: run the UI tests with `npm run test:ui`');
    browser = await launchChromium();
    // runUi.ts names the folder: the theme, or de-<theme> in a German run.
    const folder = process.env.MMX_RESULTS_FOLDER ?? theme;
    current = new Workbench(await openWorkbench(browser, url), path.join(UI_RESULTS_DIR, folder));
    await current.waitUntilLoaded();
    // The extension's icon appears once its contributions are loaded: act only after that.
    await current.waitForActivityBarItem(EXTENSION_CONTAINER, 60_000);
  },

  async afterEach(this: Mocha.Context): Promise<void> {
    const test = this.currentTest;
    if (current && test?.state === 'failed') {
      const name = test.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      await current.screenshot(`failed-${name}`).catch(() => undefined);
    }
  },

  async afterAll(): Promise<void> {
    await browser?.close();
  },
};
