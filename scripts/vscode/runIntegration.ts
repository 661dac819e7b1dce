// Runs test/integration inside the extension host of a real VS Code (code-server), with the
// packaged extension installed, and carries its result back.
//
//   npm run test:integration
//   MMX_VSIX=<file>   use this package instead of building one (npm test builds it once)
import { ensureInstalled } from './install';
import { runSuiteInHost } from './hostSuite';
import { runMain, seconds } from './proc';
import { countsOfLine, reportSuiteCounts, type Counts } from './results';
import { startWorkbench } from './server';
import { bundleIntegrationSuite } from './suite';
import { buildVsix } from './vsix';

const SUITE_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  await ensureInstalled();
  const vsix = process.env.MMX_VSIX ?? (await buildVsix());
  const suite = await bundleIntegrationSuite();

  const workbench = await startWorkbench({ vsix, theme: 'light', copyFolder: true });
  let counts: Counts | undefined;
  let exitCode: number;
  try {
    exitCode = await runSuiteInHost(workbench, {
      suite,
      timeoutMs: SUITE_TIMEOUT_MS,
      what: 'the integration suite',
      onLine: (line) => {
        const counted = countsOfLine(line);
        if (counted) counts = counted;
        else console.log(`  ${line}`);
      },
    });
  } finally {
    await workbench.stop();
  }

  const result = reportSuiteCounts(exitCode, counts);
  console.log(
    `integration: ${result.passed} passed, ${result.failed} failed, exit code ${exitCode} (${seconds(started)})`,
  );
  return exitCode === 0 && result.failed === 0 ? 0 : 1;
}

if (require.main === module) runMain(main);
