// The web suite's entry, loaded by VS Code for the Web's web-worker extension host as
// `extensionTestsPath` (scripts/vscode/runWeb.ts). scripts/vscode/webSuite.ts bundles it with
// mocha and every *.test.ts of this folder into one file; a rejected promise makes the
// workbench report exit code 1.
import { mocha } from './mocha';
import 'mmx:web-tests';
import { RESULT_TAG } from '../shared/hostLog';

export async function run(): Promise<void> {
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() =>
      resolve(runner.stats ?? { suites: 0, tests: 0, passes: 0, pending: 0, failures: 1 }),
    );
  });
  console.log(`${RESULT_TAG} ${JSON.stringify({ passed: stats.passes, failed: stats.failures })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} web test(s) failed`);
}
