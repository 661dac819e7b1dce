// Debian's Chromium driven by playwright-core: the window of the web workbench.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type LaunchOptions as PlaywrightLaunchOptions,
  type Page,
} from 'playwright-core';
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
  const browser = await chromium.launch(launchSettings(options));
  const unregister = onCleanup(async () => browser.close().catch(() => undefined));
  browser.once('disconnected', unregister);
  return browser;
}

/**
 * VS Code for the Web serves each webview from its own origin, http://<uuid>.localhost:<port>,
 * where it registers a service worker; Chromium refuses that ("The user denied permission to
 * use Service Worker") while its profile blocks third-party cookies, as a fresh one does.
 */
const WEBVIEW_PREFERENCES = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };

/**
 * Launches headless Chromium with a profile of its own in `profileDir` (created), one that lets
 * webviews of VS Code for the Web start; it is closed on exit or signal if the caller does not.
 */
export async function launchChromiumProfile(profileDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  fs.mkdirSync(path.join(profileDir, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify(WEBVIEW_PREFERENCES));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...launchSettings(options),
    viewport: VIEWPORT,
  });
  const unregister = onCleanup(async () => context.close().catch(() => undefined));
  context.once('close', unregister);
  return context;
}

function launchSettings(options: LaunchOptions): PlaywrightLaunchOptions {
  const handleSignals = options.handleSignals ?? true;
  return {
    executablePath: CHROMIUM,
    headless: true,
    // A German run's browser speaks German too, as a German user's does (navigator.language, Intl).
    args: process.env.MMX_LOCALE ? [...CHROMIUM_ARGS, `--lang=${process.env.MMX_LOCALE}`] : CHROMIUM_ARGS,
    env: (options.env ?? process.env) as Record<string, string>,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  };
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
export async function openWorkbench(
  browser: Browser | BrowserContext,
  url: string,
  hooks: AutomationHooks = {},
): Promise<Page> {
  // A persistent profile's context has its viewport already; a browser makes a context per page.
  const page = 'newContext' in browser ? await browser.newPage({ viewport: VIEWPORT }) : await browser.newPage();
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    // `args` is printf-style, as the extension host's console.log received it.
    hooks.onLog?.(type, format(...(Array.isArray(args) ? args : [args])));
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => hooks.onExit?.(code));
  await page.goto(url);
  return page;
}
