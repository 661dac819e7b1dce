// Insert Formula as Code, Quick Calculate given its answers as arguments, and the
// programmatic compute/solve commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { cursorAt, done, failedWith, openEditor, run, undo } from './commandsSupport.test';
import { withSettings } from './settings';

/** A quick pick opens a moment after the command starts; there is no event for it. */
async function waitForPicker(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 700));
}

/** Moves down `steps` items of the open quick pick and accepts, as ↓ … Enter. */
async function pickNth(steps: number): Promise<void> {
  await waitForPicker();
  for (let i = 0; i < steps; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

const INSERT_CODE = 'marketingMetrics.insertFormulaAsCode';
const QUICK = 'marketingMetrics.quickCalculate';

describe('Insert Formula as Code', () => {
  before(activated);

  const byLanguage: { language: string; code: string }[] = [
    { language: 'python', code: 'df["ctr"] = df["clicks"] / df["impressions"].where(df["impressions"] != 0)' },
    { language: 'sql', code: '1.0e0 * SUM(clicks) / NULLIF(SUM(impressions), 0) AS ctr' },
    {
      language: 'typescript',
      code: 'const ctr = ({ clicks, impressions }) => (clicks == null || impressions == null || impressions === 0 ? null : clicks / impressions);',
    },
    { language: 'latex', code: '\\mathrm{CTR} = \\frac{\\mathrm{clicks}}{\\mathrm{impressions}}' },
  ];
  for (const { language, code } of byLanguage) {
    it(`writes the document's own language: ${language}`, async () => {
      await withSettings({ sqlDialect: 'portable' }, async () => {
        const editor = await openEditor('before\n\nafter', language);
        cursorAt(editor, 7);
        assert.deepEqual(await run(INSERT_CODE, 'ctr'), { status: 'done', edits: 1, tables: 0 });
        assert.equal(editor.document.getText(), `before\n${code}\nafter`);
        await undo(editor);
        assert.equal(editor.document.getText(), 'before\n\nafter');
      });
    });
  }

  it('pandas with a total row: picked from the list where the document has no code language, one undoable edit', async () => {
    const editor = await openEditor('', 'markdown');
    const running = run(INSERT_CODE, 'ctr');
    // The list: pandas, then pandas with a total row (↓ Enter).
    await pickNth(1);
    done(await running);
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], 'df["ctr"] = df["clicks"] / df["impressions"].where(df["impressions"] != 0)');
    assert.ok(lines.includes('total = df[["clicks", "impressions"]].sum(skipna=False).to_frame().T'), lines.join('\n'));
    assert.equal(lines[lines.length - 1], 'df = pd.concat([df, total.set_axis(["Total"])])');
    await undo(editor);
    assert.equal(editor.document.getText(), '');
  });

  it('API callers ask for the total row with { totalRow: true }; a wrong value is refused', async () => {
    const editor = await openEditor('', 'python');
    done(await run(INSERT_CODE, 'frequency', 'pandas', { totalRow: true }));
    assert.match(
      editor.document.getText(),
      /^df\["frequency"\] = .*\n# No total row: reach cannot be summed across rows$/,
    );
    await undo(editor);
    failedWith(
      await run(INSERT_CODE, 'ctr', 'pandas', { totalRow: 'yes' }),
      /totalRow must be true or false, not "yes"/,
    );
    assert.equal(editor.document.getText(), '');
  });

  describe('SQL dialect: asked once, kept in marketingMetrics.sqlDialect', () => {
    const section = () => vscode.workspace.getConfiguration('marketingMetrics');
    afterEach(async () => {
      await section().update('sqlDialect', undefined, vscode.ConfigurationTarget.Workspace);
      await section().update('sqlDialect', undefined, vscode.ConfigurationTarget.Global);
    });

    it('the first SQL insert asks for the engine; the answer is written to the workspace setting and used from then on', async () => {
      const editor = await openEditor('', 'sql');
      const running = run(INSERT_CODE, 'roas');
      // The picker lists Portable SQL, PostgreSQL, BigQuery…: two steps down is BigQuery, as a person would press ↓ ↓ Enter.
      await pickNth(2);
      done(await running);
      const bigquery = editor.document.getText();
      assert.match(bigquery, /AS roas/);
      assert.equal(section().inspect('sqlDialect')?.workspaceValue, 'bigquery');
      await undo(editor);
      // Asked once: the second insert writes BigQuery's SQL again without a picker.
      done(await run(INSERT_CODE, 'roas'));
      assert.equal(editor.document.getText(), bigquery);
      await undo(editor);
      done(await run(INSERT_CODE, 'roas', 'sql', 'portable'));
      assert.equal(editor.document.getText(), '1.0e0 * SUM(revenue) / NULLIF(SUM(cost), 0) AS roas');
      assert.notEqual(bigquery, editor.document.getText(), "BigQuery's SQL is its own, not the portable form");
    });

    it('Escape at the picker inserts nothing and keeps asking', async () => {
      const editor = await openEditor('', 'sql');
      const running = run(INSERT_CODE, 'ctr');
      await waitForPicker();
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal((await running).status, 'cancelled');
      assert.equal(editor.document.getText(), '');
      assert.equal(section().inspect('sqlDialect')?.workspaceValue, undefined);
    });

    it('refuses a dialect it does not know, changing nothing', async () => {
      const editor = await openEditor('', 'sql');
      failedWith(
        await run(INSERT_CODE, 'ctr', 'sql', 'oracle'),
        /unknown SQL dialect 'oracle'; choose portable, postgresql/,
      );
      assert.equal(editor.document.getText(), '');
    });
  });

  it('takes a tree node and an explicit target, at every cursor in one edit', async () => {
    const editor = await openEditor('A: \nB: ', 'markdown');
    cursorAt(editor, 3, 7);
    done(await run(INSERT_CODE, { kind: 'metric', metric: { id: 'roas' } }, 'excel'));
    assert.equal(
      editor.document.getText(),
      'A: =IF(SUM(cost)=0, NA(), SUM(revenue) / SUM(cost))\nB: =IF(SUM(cost)=0, NA(), SUM(revenue) / SUM(cost))',
    );
    await undo(editor);
    assert.equal(editor.document.getText(), 'A: \nB: ');
  });

  it('refuses an unknown target or metric, changing nothing', async () => {
    const editor = await openEditor('x', 'python');
    cursorAt(editor, 1);
    failedWith(
      await run(INSERT_CODE, 'ctr', 'cobol'),
      /unknown target 'cobol'; choose pandas, sql, javascript, excel, latex/,
    );
    failedWith(await run(INSERT_CODE, 'ctrr', 'sql'), /unknown metric 'ctrr' — did you mean 'ctr'\?/);
    assert.equal(editor.document.getText(), 'x');
  });
});

describe('Quick Calculate KPI, answered by arguments', () => {
  before(activated);

  it('inserts the value at the cursor', async () => {
    const editor = await openEditor('CTR was  last week');
    cursorAt(editor, 8);
    assert.deepEqual(await run(QUICK, 'ctr', { clicks: 1200, impressions: 45000 }, 'insert'), {
      status: 'done',
      edits: 1,
      tables: 0,
    });
    assert.equal(editor.document.getText(), 'CTR was 2.67% last week');
  });

  it('copies the value, reading text inputs as the user types them', async () => {
    await openEditor('');
    const outcome = done(await run(QUICK, 'cpc', { cost: '$1,200', clicks: '1,500' }, 'copy'));
    assert.equal(outcome.copied, '$0.80');
  });

  it('names the input the formula refuses', async () => {
    const editor = await openEditor('');
    failedWith(
      await run(QUICK, 'ctr', { clicks: 50, impressions: 10 }, 'copy'),
      /^CTR: clicks \(50\) is larger than impressions \(10\)/,
    );
    assert.equal(editor.document.getText(), '');
  });

  it('says which metric was meant for a misspelt one', async () => {
    failedWith(await run(QUICK, 'roass', {}, 'copy'), /unknown metric 'roass' — did you mean 'roas'\?/);
  });
});

describe('programmatic use: marketingMetrics.compute and marketingMetrics.solve', () => {
  let api: unknown;
  before(async () => {
    api = (await activated()).exports;
  });

  it('compute returns the core result object', async () => {
    const result = await vscode.commands.executeCommand<{
      ok: boolean;
      id: string;
      value: number;
      text: string;
      unit: string;
    }>('marketingMetrics.compute', 'ctr', { clicks: 1200, impressions: 45000 });
    assert.equal(result.ok, true);
    assert.equal(result.id, 'ctr');
    assert.equal(result.text, '2.67%');
    assert.equal(result.unit, 'percent');
    assert.ok(Math.abs(result.value - 1200 / 45000) < 1e-15);
  });

  it('compute answers bad input with the core error shape, not an exception', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; error: { code: string; message: string } }>(
      'marketingMetrics.compute',
      'ctr',
      { clicks: 50, impressions: 10 },
    );
    assert.equal(result.ok, false);
    assert.equal(result.error.code, 'partExceedsWhole');
    // Wrong arguments get no answer from the core: the guard refuses them (commandGuard.test.ts).
    const usage = await vscode.commands.executeCommand<{ status: string; code: string; message: string }>(
      'marketingMetrics.compute',
      42,
    );
    assert.equal(usage.status, 'failed');
    assert.equal(usage.code, 'invalidArguments');
    assert.match(usage.message, /argument 1 \(id\) cannot be 42; it takes a metric id/);
  });

  it('solve finds the missing input', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; value?: number }>(
      'marketingMetrics.solve',
      'ctr',
      { ctr: 0.04, impressions: 10000 },
      'clicks',
    );
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(Math.abs((result.value ?? 0) - 400) < 1e-9, JSON.stringify(result));
  });

  it('activate returns the same API', () => {
    const { evaluate } = api as {
      evaluate: (id: string, inputs: Record<string, number>) => { ok: boolean; text?: string };
    };
    assert.equal(evaluate('roas', { revenue: 50000, cost: 10000 }).text, '5.00x');
  });
});
