// Runs a mocha suite inside the extension host of a started workbench and waits for its exit
// code: the piece the integration tests and the in-editor benchmark share.
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
    let onExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (onExit = resolve));
    const url = workbench.urlWith([
      // The unpacked .vsix, so the suite runs against what ships.
      ['extensionDevelopmentPath', workbench.remoteUri(workbench.extensionFolder)],
      ['extensionTestsPath', workbench.remoteUri(options.suite)],
    ]);
    const onLog = (_type: string, text: string): void => {
      for (const line of text.split('\n')) options.onLine(line);
    };
    await openWorkbench(browser, url, { onLog, onExit });
    const code = await withTimeout(exited, options.timeoutMs, options.what);
    await delay(100); // let the last relayed log lines arrive
    return code;
  } finally {
    await browser.close();
  }
}
