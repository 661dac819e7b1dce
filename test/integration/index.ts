// The integration suite's entry, loaded by VS Code's extension host as `extensionTestsPath`
// (under code-server by scripts/vscode/runIntegration.ts, under desktop VS Code by
// @vscode/test-electron in scripts/vscode/runDesktop.ts). It runs every bundled *.test.js
// next to it with mocha; a rejected promise makes VS Code exit with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { RESULT_TAG } from '../shared/hostLog';

export async function run(): Promise<void> {
  // MMX_GREP narrows the run while working on one feature (it reaches the host through code-server's environment).
  const grep = process.env.MMX_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, ...(grep ? { grep } : {}) });
  for (const file of findTests(__dirname)) mocha.addFile(file);

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? emptyStats()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  console.log(`${RESULT_TAG} ${JSON.stringify({ passed: stats.passes, failed: stats.failures })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
}

function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

function emptyStats(): Mocha.Stats {
  return { suites: 0, tests: 0, passes: 0, pending: 0, failures: 1 };
}
