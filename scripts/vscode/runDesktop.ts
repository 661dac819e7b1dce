// `npm run test:desktop`: the same integration suite under @vscode/test-electron, in a
// desktop VS Code that is already installed (these machines cannot download one).
//
//   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:desktop
//   (macOS: "/Applications/Visual Studio Code.app/Contents/MacOS/Electron";
//    Windows: "C:\Users\<you>\AppData\Local\Programs\Microsoft VS Code\Code.exe")
//
// The extension runs from this checkout (extensionDevelopmentPath = the repository root, with
// the development build in dist/), in a throw-away profile, with samples/ open.
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SAMPLES_DIR } from './paths';
import { run } from './proc';
import { bundleIntegrationSuite } from './suite';

async function main(): Promise<number> {
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    console.error(
      'Set VSCODE_EXECUTABLE to the desktop VS Code executable, e.g.\n' +
        '  VSCODE_EXECUTABLE=/usr/share/code/code npm run test:desktop',
    );
    return 2;
  }
  await run(process.execPath, ['esbuild.js'], { cwd: ROOT });
  const suite = await bundleIntegrationSuite();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-desktop-'));
  fs.mkdirSync(path.join(profile, 'user', 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' }),
  );
  try {
    // Resolves with 0, or rejects with TestRunFailedError when the suite fails.
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [
        SAMPLES_DIR,
        '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// No runMain here: test-electron handles Ctrl-C itself (it closes VS Code gracefully).
void main().then((code) => process.exit(code));
