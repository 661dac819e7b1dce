// `npm test`: every check in sequence — type-check, install (code-server, Chromium, ripgrep,
// pandas), unit tests, build (.vsix), integration tests, UI tests, web tests (the web-worker host). It goes
// on past a failing stage so everything is reported, prints each stage's duration, exits
// non-zero if anything failed, and ends with one line `N passed, M failed` (tests of unit +
// integration + UI + web; a stage that fails without counting its tests counts as one failure).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, bin } from './paths';
import { onCleanup, runMain, seconds, spawnGroup, withTimeout } from './proc';
import { RESULT_FILE_ENV, readCounts, type Counts } from './results';
import { vsixPath } from './vsix';

interface Stage {
  name: string;
  command: string;
  args: string[];
  timeoutMinutes: number;
  /** The stage writes its test counts to MMX_RESULT_FILE. */
  counts: boolean;
  /** Stages that must have passed for this one to mean anything. */
  needs?: string[];
  env?: NodeJS.ProcessEnv;
}

interface Outcome {
  name: string;
  ok: boolean;
  duration: string;
  counts?: Counts;
  note?: string;
}

const tsx = (script: string) => ({ command: bin('tsx'), args: [path.join('scripts', 'vscode', script)] });

const STAGES: readonly Stage[] = [
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'], timeoutMinutes: 5, counts: false },
  // Before the unit tests: they run generated pandas code with Debian's pandas, which this installs.
  { name: 'install', ...tsx('install.ts'), timeoutMinutes: 30, counts: false },
  {
    name: 'unit',
    command: bin('mocha'),
    args: ['--config', 'test/unit/.mocharc.json', '--reporter', './test/reporters/count.js'],
    timeoutMinutes: 10,
    counts: true,
  },
  { name: 'build', ...tsx('vsix.ts'), timeoutMinutes: 5, counts: false },
  {
    name: 'integration',
    ...tsx('runIntegration.ts'),
    timeoutMinutes: 10,
    counts: true,
    needs: ['install', 'build'],
    env: { MMX_VSIX: vsixPath() },
  },
  {
    name: 'ui',
    ...tsx('runUi.ts'),
    timeoutMinutes: 15,
    counts: true,
    needs: ['install', 'build'],
    env: { MMX_VSIX: vsixPath() },
  },
  {
    name: 'web',
    ...tsx('runWeb.ts'),
    timeoutMinutes: 10,
    counts: true,
    // code-server unpacks the .vsix for it, as for the integration suite.
    needs: ['install', 'build'],
    env: { MMX_VSIX: vsixPath() },
  },
];

async function runStage(stage: Stage, resultFile: string): Promise<Outcome> {
  const started = Date.now();
  fs.rmSync(resultFile, { force: true });
  console.log(`\n▶ ${stage.name}`);
  const child = spawnGroup(stage.command, stage.args, {
    cwd: ROOT,
    env: { ...process.env, ...stage.env, [RESULT_FILE_ENV]: resultFile },
  });
  // A stage stops its own servers on SIGTERM: give it time before SIGKILL.
  const unregister = onCleanup(() => child.stop(15_000));
  let note: string | undefined;
  const code = await withTimeout(child.exited, stage.timeoutMinutes * 60_000, stage.name).catch((error: Error) => {
    note = error.message;
    return 1;
  });
  await child.stop(15_000);
  unregister();

  const ok = code === 0;
  const outcome: Outcome = { name: stage.name, ok, duration: seconds(started), note };
  if (stage.counts) {
    const counts = readCounts(resultFile) ?? { passed: 0, failed: 0 };
    outcome.counts = !ok && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
  }
  console.log(`◀ ${stage.name}: ${ok ? 'ok' : `FAILED (exit ${code})`} in ${outcome.duration}`);
  return outcome;
}

function summarize(outcomes: readonly Outcome[], started: number): Counts {
  const total: Counts = { passed: 0, failed: 0 };
  console.log('\nSummary');
  for (const o of outcomes) {
    const counts = o.counts ?? (o.ok ? undefined : { passed: 0, failed: 1 });
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
    }
    const tests = o.counts ? `${o.counts.passed} passed, ${o.counts.failed} failed` : '';
    const status = o.ok ? 'ok' : 'FAILED';
    console.log(
      `  ${o.name.padEnd(12)} ${status.padEnd(7)} ${o.duration.padStart(8)}  ${tests}${o.note ? `  (${o.note})` : ''}`,
    );
  }
  console.log(`  total ${seconds(started)}`);
  return total;
}

async function main(): Promise<number> {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-test-'));
  onCleanup(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  const outcomes: Outcome[] = [];
  for (const stage of STAGES) {
    const unmet = (stage.needs ?? []).filter((name) => !outcomes.find((o) => o.name === name)?.ok);
    if (unmet.length > 0) {
      outcomes.push({ name: stage.name, ok: false, duration: '0.0 s', note: `not run: ${unmet.join(', ')} failed` });
      continue;
    }
    outcomes.push(await runStage(stage, path.join(tmp, `${stage.name}.json`)));
  }
  const total = summarize(outcomes, started);
  const failed = outcomes.some((o) => !o.ok) || total.failed > 0;
  // The last line, read by CI: nothing may be printed after it.
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return failed ? 1 : 0;
}

runMain(main);
