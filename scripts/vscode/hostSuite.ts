// Runs a mocha suite inside the extension host of a started workbench and waits for its exit
// code: the piece the integration tests, the web tests and the in-editor benchmark share.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWorkbench } from './browser';
import { delay, withTimeout } from './proc';
import type { Workbench } from './server';

export interface HostSuiteOptions {
  /** The bundled suite's index.js (its `run()` is the extensionTestsPath). */
  readonly suite: string;
  readonly timeoutMs: number;
  /** Names the suite in a timeout message. */
  readonly what: string;
  /** Each line the extension host logs. */
  readonly onLine: (line: string) => void;
}

/** Opens the workbench with the suite as extensionTestsPath; resolves with the suite's exit code. */
export async function runSuiteInHost(workbench: Workbench, options: HostSuiteOptions): Promise<number> {
  const browser = await launchChromium({ env: workbench.env, handleSignals: false });
  try {
    const url = workbench.urlWith([
      // The unpacked .vsix, so the suite runs against what ships.
      ['extensionDevelopmentPath', workbench.remoteUri(workbench.extensionFolder)],
      ['extensionTestsPath', workbench.remoteUri(options.suite)],
    ]);
    const { code } = await runSuiteInPage(browser, url, options);
    return code;
  } finally {
    await browser.close();
  }
}

export interface SuiteRun {
  /** The suite's exit code: 0 = passed. */
  readonly code: number;
  /** The workbench, still open, as the suite left it. */
  readonly page: Page;
}

/**
 * Opens `url`, a workbench that runs a suite on load, in a new page of `browser`, relaying the
 * extension host's log line by line; resolves when the suite has finished.
 */
export async function runSuiteInPage(
  browser: Browser | BrowserContext,
  url: string,
  options: Omit<HostSuiteOptions, 'suite'>,
): Promise<SuiteRun> {
  let onExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (onExit = resolve));
  const onLog = (_type: string, text: string): void => {
    for (const line of text.split('\n')) options.onLine(line);
  };
  const page = await openWorkbench(browser, url, { onLog, onExit });
  const code = await withTimeout(exited, options.timeoutMs, options.what);
  await delay(100); // let the last relayed log lines arrive
  return { code, page };
}
