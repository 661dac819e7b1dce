// Debian's Chromium driven by playwright-core: the window of the web workbench.
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';
import { onCleanup } from './proc';

/** Without the background-networking flags Chromium keeps trying hosts it cannot reach. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1400, height: 900 };

export interface LaunchOptions {
  /** XDG_* folders and the like; process.env unless told. */
  env?: NodeJS.ProcessEnv;
  /**
   * Whether Playwright closes the browser and exits the process on SIGINT/SIGTERM/SIGHUP.
   * Pass false from a script that runs under `runMain`, whose own cleanup closes the browser
   * after it has stopped everything else.
   */
  handleSignals?: boolean;
}

/** Launches headless Chromium; it is closed on exit or signal if the caller does not. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const handleSignals = options.handleSignals ?? true;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: (options.env ?? process.env) as Record<string, string>,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
  const unregister = onCleanup(async () => browser.close().catch(() => undefined));
  browser.once('disconnected', unregister);
  return browser;
}

export interface AutomationHooks {
  /** The extension host's console, one formatted line at a time. */
  onLog?(type: string, text: string): void;
  /** Called once when an `extensionTestsPath` suite finishes: 0 = passed. */
  onExit?(code: number): void;
}

/**
 * Opens the workbench in a new page. The workbench calls `window.codeAutomationLog` and
 * `window.codeAutomationExit` when they exist, so they are exposed before navigating.
 */
export async function openWorkbench(browser: Browser, url: string, hooks: AutomationHooks = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    // `args` is printf-style, as the extension host's console.log received it.
    hooks.onLog?.(type, format(...(Array.isArray(args) ? args : [args])));
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => hooks.onExit?.(code));
  await page.goto(url);
  return page;
}
