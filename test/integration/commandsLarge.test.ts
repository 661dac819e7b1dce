// Large selections: processed in chunks under a cancellable progress notification; a cancel or
// a change to the document meanwhile leaves the document untouched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { evaluateSelection, type EvaluateDeps } from '../../src/commands/evaluateSelection';
import type { Work } from '../../src/commands/evaluate/work';
import type { WorkRunner } from '../../src/commands/progress';
import type { Log } from '../../src/log';
import type { ResultsPanel } from '../../src/results/panel';
import { readConfig } from '../../src/settings/config';
import type { ConfigStore } from '../../src/settings/store';
import { activated } from './extension';
import { delay, done, openEditor, run, selectAll } from './commandsSupport.test';

function rows(count: number): string {
  const lines = ['campaign,clicks,impressions,cost'];
  for (let i = 0; i < count; i++) lines.push(`c${i},${(i % 90) + 10},${1000 + i},${(i % 50) + 1}.5`);
  return `${lines.join('\n')}\n`;
}

/** The command's own code with a runner that records steps and cancels after `cancelAfter` of them. */
function depsCancellingAfter(cancelAfter: number, seen: { steps: number; shown: number }): EvaluateDeps {
  const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
  const runner: WorkRunner = async (_title, large, task) => {
    assert.equal(large, true, 'a large selection runs under the progress notification');
    const work: Work = {
      get cancelled() {
        return seen.steps >= cancelAfter;
      },
      step: async () => {
        seen.steps++;
        await delay(0);
      },
    };
    return task(work);
  };
  const results = { show: () => void seen.shown++ } as unknown as ResultsPanel;
  return { settings: { current: readConfig() } as unknown as ConfigStore, log: silent, results, runWork: runner };
}

describe('large selections', function () {
  this.timeout(180_000);
  before(activated);

  it('cancelling leaves the document untouched and shows nothing', async () => {
    const text = rows(20_000);
    const editor = await openEditor(text);
    selectAll(editor);
    const seen = { steps: 0, shown: 0 };
    const outcome = await evaluateSelection(depsCancellingAfter(3, seen), 'append', {
      table: { format: 'csv', to: 'below' },
    });
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.equal(seen.steps, 3);
    assert.equal(seen.shown, 0);
    assert.equal(editor.document.getText(), text);
  });

  it('a document changed during the evaluation gets no edit, and the user is told', async () => {
    const text = rows(20_000);
    const editor = await openEditor(text);
    selectAll(editor);
    const pending = run('marketingMetrics.evaluateSelection', { table: { format: 'csv', to: 'below' } });
    await delay(50);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# edited meanwhile\n')));
    const outcome = await pending;
    assert.equal(outcome.status, 'refused', JSON.stringify(outcome));
    assert.equal(editor.document.getText(), `# edited meanwhile\n${text}`);
  });

  it('100,000 rows: evaluated with progress, TOTAL over every row', async () => {
    const text = rows(100_000);
    const editor = await openEditor(text);
    selectAll(editor);
    const started = Date.now();
    await vscode.env.clipboard.writeText('');
    done(await run('marketingMetrics.evaluateSelection', { table: { format: 'csv', to: 'clipboard' } }));
    const csv = await vscode.env.clipboard.readText();
    const lines = csv.split('\n');
    assert.equal(lines.length, 100_002, 'header, every row, TOTAL');
    assert.match(lines[lines.length - 1] ?? '', /^TOTAL,/);
    assert.equal(editor.document.getText(), text);
    console.log(`    100,000 rows in ${Date.now() - started} ms`);
  });
});
