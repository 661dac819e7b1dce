import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commandIds';
import type { FailureCode } from '../../src/commands/outcome';
import { activated, contributes } from './extension';
import { run, until, type Outcome } from './commandsSupport.test';

/** What a caller gets wrong most: an object of keys the command does not know, a bare number. */
const BAD_FIRST: readonly unknown[] = [{ nonsense: 1 }, 42];

/** Wrong arguments after a right first one, for the commands that take more than one. */
const BAD_LATER: ReadonlyArray<{ command: string; args: unknown[]; argument: string }> = [
  { command: COMMANDS.quickCalculate, args: ['ctr', 42], argument: '2 (inputs)' },
  { command: COMMANDS.quickCalculate, args: ['ctr', { clicks: 1, impressions: 10 }, 'print'], argument: '3 (action)' },
  { command: COMMANDS.insertFormulaAsCode, args: ['ctr', { nonsense: 1 }], argument: '2 (target)' },
  { command: COMMANDS.insertFormulaAsCode, args: ['ctr', 'sql', 42], argument: '3 (form)' },
  { command: COMMANDS.evaluateSelection, args: [{ metric: 'ctr', nonsense: 1 }], argument: '1 (options)' },
  { command: COMMANDS.computeFileKpis, args: [{ uri: 'file:///a.csv', nonsense: 1 }], argument: '1 (file)' },
  { command: COMMANDS.compute, args: ['ctr', 42], argument: '2 (inputs)' },
  {
    command: COMMANDS.compute,
    args: ['ctr', { clicks: 1, impressions: 10 }, { nonsense: 1 }],
    argument: '3 (options)',
  },
  {
    command: COMMANDS.compute,
    args: ['ctr', { clicks: 1, impressions: 10 }, { decimals: '2' }],
    argument: '3 (options)',
  },
  { command: COMMANDS.solve, args: ['ctr', { ctr: 0.04, impressions: 10000 }, 42], argument: '3 (unknown)' },
];

/** A failed Outcome's code and message, or what the command answered instead. */
function failure(outcome: Outcome): { code: FailureCode; message: string } | string {
  return outcome.status === 'failed' ? { code: outcome.code, message: outcome.message } : JSON.stringify(outcome);
}

/** `{ code, message }` where the command did not fail as `invalidArguments` naming `argument`. */
async function wrongAnswer(command: string, args: unknown[], argument: string): Promise<string | undefined> {
  let outcome: Outcome;
  try {
    outcome = await run(command, ...args);
  } catch (error) {
    // Listed with the others rather than ending the test: unregistered, or not answering an Outcome.
    return `${command}(${JSON.stringify(args)}) threw ${String(error)}`;
  }
  const answer = failure(outcome);
  if (typeof answer === 'string') return `${command}(${JSON.stringify(args)}) answered ${answer}`;
  const named = answer.message.includes(`${command}: argument ${argument} `) && answer.message.includes('it takes');
  return answer.code === 'invalidArguments' && named
    ? undefined
    : `${command}(${JSON.stringify(args)}) failed as ${answer.code}: ${answer.message}`;
}

describe('the command guard: every command answers wrong arguments and exceptions the same way', () => {
  before(activated);
  after(() => vscode.commands.executeCommand('notifications.clearAll'));

  // Every command takes arguments from callers, and refuses ones it does not take, naming the
  // argument and what it takes; none ignores them (Show Log and Try a Sample Export take none,
  // Find Metric only the Metrics view's item that its title bar passes).
  for (const bad of BAD_FIRST) {
    it(`every contributed command refuses ${JSON.stringify(bad)} as its first argument as invalidArguments`, async () => {
      const commands = (contributes().commands ?? []).map((c) => c.command);
      assert.ok(commands.includes(COMMANDS.compute) && commands.includes(COMMANDS.solve), commands.join(', '));
      const wrong: string[] = [];
      for (const command of commands) {
        const answer = await wrongAnswer(command, [bad], '1');
        if (answer) wrong.push(answer);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('refuses a wrong argument after a right first one, naming it', async () => {
    const wrong: string[] = [];
    for (const { command, args, argument } of BAD_LATER) {
      const answer = await wrongAnswer(command, args, argument);
      if (answer) wrong.push(answer);
    }
    assert.deepEqual(wrong, []);
  });

  it('tells an API caller what the first argument of compute is', async () => {
    const answer = failure(await run(COMMANDS.compute, 42));
    assert.deepEqual(answer, {
      code: 'invalidArguments',
      message: `${COMMANDS.compute}: argument 1 (id) cannot be 42; it takes a metric id such as "ctr".`,
    });
  });

  it('turns an exception inside a command, answering at once or not, into unexpected, and logs its stack', async () => {
    // A getter that throws reaches the core (compute, which answers at once) and Quick
    // Calculate's reading of its inputs (asynchronous): arguments within one host are passed as they are.
    const throwing = (probe: string) => ({
      impressions: 4000,
      get clicks(): number {
        throw new Error(probe);
      },
    });
    for (const [command, args] of [
      [COMMANDS.compute, ['ctr', throwing('mmx-probe-compute')]],
      [COMMANDS.quickCalculate, ['ctr', throwing('mmx-probe-quick'), 'copy']],
    ] as const) {
      assert.deepEqual(failure(await run(command, ...args)), {
        code: 'unexpected',
        message: `${command} failed unexpectedly. The log has the details.`,
      });
    }
    assert.equal((await run(COMMANDS.showLog)).status, 'done');
    // Shown, the channel is a document of the output scheme this host can read.
    let log: vscode.TextDocument | undefined;
    await until(
      () =>
        (log = vscode.workspace.textDocuments.find(
          (d) => d.uri.scheme === 'output' && d.getText().includes('mmx-probe-quick'),
        )) !== undefined,
      () =>
        `no output document holds the probe: ${vscode.workspace.textDocuments.map((d) => d.uri.toString()).join(', ')}`,
    );
    const text = log?.getText() ?? '';
    assert.match(text, /marketingMetrics\.compute: unexpected: Error: mmx-probe-compute\n\s+at /);
    assert.match(text, /marketingMetrics\.quickCalculate: unexpected: Error: mmx-probe-quick\n\s+at /);
  });
});
