// Break Down by… and Compare Periods… on a Meta Ads export by day (samples/meta-campaigns-by-day.csv):
// the breakdown picked in the QuickPick, remembered for the workspace and applied by the next
// Evaluate Selection, the periods compared, and the report exported as CSV, Markdown and JSON
// (never another format below a CSV file's rows).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { delay, done, openEditor, run, sample, selectAll, type Outcome } from './commandsSupport.test';

const EVALUATE = 'marketingMetrics.evaluateSelection';
const BREAK_DOWN = 'marketingMetrics.breakDown';
const COMPARE = 'marketingMetrics.comparePeriods';
const SAMPLE = 'meta-campaigns-by-day.csv';

interface ReportJson {
  groups: {
    key: Record<string, string>;
    level: number;
    rows: number;
    total: Record<string, number | null>;
    change?: Record<string, { relative: number | null; better?: boolean; reason?: string }>;
  }[];
  total: Record<string, number | null>;
}

/** The QuickPick opens a moment after the command starts; there is no event for it. */
async function whenPickerShows(): Promise<void> {
  await delay(700);
}

async function openSample(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const editor = await vscode.window.showTextDocument(
    await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, SAMPLE)),
    { preview: false },
  );
  selectAll(editor);
  return editor;
}

function reportOf(outcome: Outcome): ReportJson {
  return done(outcome).table as ReportJson;
}

describe('Break Down by… and Compare Periods…', () => {
  before(async () => {
    await activated();
    await openSample();
    done(await run(EVALUATE));
    // A breakdown left by an earlier run of this workspace is forgotten: the flat table first.
    done(await run(BREAK_DOWN, { groupBy: [] }));
  });

  after(async () => {
    // Later suites expect the flat table: nothing stays remembered.
    await openSample();
    done(await run(EVALUATE));
    done(await run(BREAK_DOWN, { groupBy: [] }));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Evaluate Selection without a breakdown shows the flat table, as before', async () => {
    await openSample();
    assert.deepEqual(await run(EVALUATE), { status: 'done', edits: 0, tables: 1 });
  });

  it('breaks down by campaign and month through the QuickPick: ↓↓ Campaign name ✓, ↓↓↓ Month ✓, Enter', async () => {
    await openSample();
    done(await run(EVALUATE));
    const running = run(BREAK_DOWN);
    await whenPickerShows();
    // A multi-select QuickPick opens with no item under the cursor: ↓ goes to the first (No breakdown), ↓ to the next.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await running;
    assert.equal(done(outcome).breakdown, 'Campaign name › month');
    const report = reportOf(outcome);
    assert.deepEqual(
      report.groups.map((g) => [g.level, g.rows, ...Object.values(g.key)]),
      [
        [1, 4, 'Lead Gen - Webinar'],
        [2, 2, 'Lead Gen - Webinar', '2024-02'],
        [2, 2, 'Lead Gen - Webinar', '2024-03'],
        [1, 3, 'Retargeting, "Cart" 7d'],
        [2, 1, 'Retargeting, "Cart" 7d', '2024-02'],
        [2, 2, 'Retargeting, "Cart" 7d', '2024-03'],
      ],
    );
    assert.equal(report.groups[0]!.total.cpl, 23, '460 / 20 leads');
    assert.equal(report.total.cpl, 25.6);
  });

  it('the next Evaluate Selection on a table with those columns applies the remembered breakdown', async () => {
    await openSample();
    const outcome = done(await run(EVALUATE));
    assert.equal(outcome.breakdown, 'Campaign name › month');
    // A table without a campaign column is left flat.
    const other = await openEditor('clicks,impressions\n1,10\n3,30\n', 'plaintext');
    selectAll(other);
    assert.deepEqual(await run(EVALUATE), { status: 'done', edits: 0, tables: 1 });
  });

  it('Compare Periods…: the previous period, picked in the QuickPick; a CPL that rises 9.1 % is worse', async () => {
    await openSample();
    done(await run(EVALUATE));
    const running = run(COMPARE);
    await whenPickerShows();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await running;
    assert.equal(done(outcome).breakdown, 'Campaign name › month, compared with the previous period');
    const march = reportOf(outcome).groups[2]!;
    assert.equal(march.change?.cpl?.relative, 0.0909090909091);
    assert.equal(march.change?.cpl?.better, false);
    assert.equal(reportOf(outcome).groups[1]!.change?.cpl?.reason, 'no rows for 2024-01');
    assert.equal(reportOf(outcome).groups[0]!.change, undefined);
  });

  it('exports the report: CSV to the clipboard (one row per group, inert text), Markdown below an untitled copy, nothing but CSV below the CSV file', async () => {
    const editor = await openSample();
    done(await run(EVALUATE, { table: { format: 'csv', to: 'clipboard' } }));
    const csv = (await vscode.env.clipboard.readText()).split('\n');
    assert.match(csv[0]!, /^Campaign name,month,level,ctr,ctr change,/);
    assert.match(csv[3]!, /^Lead Gen - Webinar,2024-03,2,/);
    assert.match(csv[7]!, /^TOTAL,,0,/);
    const refused = await run(EVALUATE, { table: { format: 'markdown', to: 'below' } });
    assert.equal(refused.status, 'refused', JSON.stringify(refused));
    assert.equal(editor.document.isDirty, false, 'the CSV file was left as it is');

    const copy = await openEditor(await sample(SAMPLE), 'markdown');
    selectAll(copy);
    done(await run(EVALUATE, { table: { format: 'markdown', to: 'below' } }));
    const inserted = copy.document.getText().split('\n');
    assert.ok(
      inserted.some((line) => /^\| Level \| Campaign name › month \| CTR \| Δ CTR \|/.test(line)),
      inserted.join('\n'),
    );
    assert.ok(
      inserted.some((line) => /^\| 2 \| \u00a0+2024-03 \| .*\| \+9\.1 % \|/.test(line)),
      inserted.join('\n'),
    );
  });

  it('the command palette without a report: Compare Periods… asks for a period first', async () => {
    await openSample();
    done(await run(EVALUATE));
    done(await run(BREAK_DOWN, { groupBy: ['Campaign name'] }));
    const outcome = await run(COMPARE, { compare: 'previousPeriod' });
    assert.equal(outcome.status, 'failed');
    assert.match((outcome as { message: string }).message, /needs a breakdown by period/);
    const wrong = await run(BREAK_DOWN, { groupBy: 'Campaign name' });
    assert.equal(wrong.status, 'failed');
  });
});
