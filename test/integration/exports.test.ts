// Platform exports as analysts bring them: a Meta Ads Manager export read by its own column
// names (CPC and ROAS from "Amount spent (USD)", "Link clicks", "Purchases conversion value"),
// and a column the extension cannot know mapped with Use Column as… (the results view's
// "Use as…"): the setting is written in the workspace, the table computed again, and the
// document never touched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { done, openEditor, run, selectAll, until, resultsTabs } from './commandsSupport.test';

const EVALUATE = 'marketingMetrics.evaluateSelection';
const USE_COLUMN_AS = 'marketingMetrics.useColumnAs';

interface JsonTable {
  rows: Record<string, unknown>[];
  total: Record<string, number>;
  unmatched?: string[];
  disagreements?: string[];
}

async function clipboardTable(): Promise<JsonTable> {
  return JSON.parse(await vscode.env.clipboard.readText()) as JsonTable;
}

describe('platform exports', () => {
  before(activated);

  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('marketingMetrics')
      .update('columnMappings', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a Meta Ads Manager export: CPC, CPM and ROAS from its own columns; its CTR (all) checked; the file untouched', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'meta-ads-campaigns.csv'));
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const before = document.getText();
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'json', to: 'clipboard' } }));
    const table = await clipboardTable();
    assert.equal(table.rows.length, 5);
    // Σ amount spent 6,720.00 / Σ link clicks 8,730; Σ purchases conversion value 26,370.00.
    assert.equal(table.total.cpc, Number((6720 / 8730).toPrecision(12)));
    assert.equal(table.total.roas, Number((26370 / 6720).toPrecision(12)));
    assert.equal(table.total.cpm, Number(((1000 * 6720) / 446000).toPrecision(12)));
    assert.equal(table.rows[0]?.cpc, 0.75);
    assert.deepEqual(table.unmatched, ['Landing page views'], 'the one column of no known quantity is listed');
    const disagreeing = (table.disagreements ?? []).filter((note) => note.includes('differs from ours'));
    assert.equal(disagreeing.length, 1, JSON.stringify(table.disagreements));
    assert.match(
      disagreeing[0]!,
      /^'CTR \(all\)' differs from ours \(allClicks \/ impressions\) beyond rounding in 1 of 5 rows — row 3: 2\.45% against 2\.20%/,
    );
    assert.equal(document.getText(), before);
    assert.equal(document.isDirty, false);
  });

  it('Use Column as…: an unknown column mapped to cost writes the workspace setting and computes CPC', async () => {
    const csv = 'Campaign,Impressions,Clicks,Kosten netto\n"Brand, DE",10000,400,200\nGeneric,20000,300,450\n';
    const editor = await openEditor(csv, 'csv');
    selectAll(editor);
    done(await run(EVALUATE));
    await until(() => resultsTabs().length > 0, 'the results view never opened', 4_000);

    const outcome = done(await run(USE_COLUMN_AS, { column: 'Kosten netto', as: 'cost' }));
    const inspected = vscode.workspace
      .getConfiguration('marketingMetrics')
      .inspect<Record<string, string>>('columnMappings');
    assert.deepEqual(inspected?.workspaceValue, { 'Kosten netto': 'cost' });
    const table = outcome.table as JsonTable;
    assert.equal(table.total.cpc, Number((650 / 700).toPrecision(12)));
    assert.equal(table.rows[0]?.cpc, 0.5);
    assert.equal(table.unmatched, undefined);
    assert.equal(editor.document.getText(), csv, 'the document is untouched');

    // The mapping stays for the next evaluation of any selection in this workspace.
    done(await run(EVALUATE, { table: { format: 'json', to: 'clipboard' } }));
    assert.equal((await clipboardTable()).total.cpm, Number(((1000 * 650) / 30000).toPrecision(12)));
    assert.equal(editor.document.getText(), csv);
  });

  it('Use Column as…: before the mapping the column is listed as not used, and ignore leaves a known column out', async () => {
    const csv = 'Campaign,Impressions,Clicks,Kosten netto\nA,1000,10,5\n';
    const editor = await openEditor(csv, 'csv');
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'json', to: 'clipboard' } }));
    assert.deepEqual((await clipboardTable()).unmatched, ['Kosten netto']);
    done(await run(EVALUATE));
    const outcome = done(await run(USE_COLUMN_AS, { column: 'Clicks', as: 'ignore' }));
    const table = outcome.table as JsonTable;
    assert.equal(table.total, undefined, 'one row: no TOTAL');
    assert.equal(table.rows[0]?.ctr, undefined, 'no clicks, no CTR');
    assert.equal(editor.document.getText(), csv);
  });

  it('the API command marketingMetrics.compute reads a field by the workspace columnMappings', async () => {
    await vscode.workspace
      .getConfiguration('marketingMetrics')
      .update('columnMappings', { 'Kosten netto': 'cost' }, vscode.ConfigurationTarget.Workspace);
    // The settings reach the API through the configuration event: poll until they have.
    let result: { ok: boolean; value?: number } | undefined;
    for (let tries = 0; tries < 50 && result?.value !== 2; tries++) {
      result = await vscode.commands.executeCommand<{ ok: boolean; value?: number }>(
        'marketingMetrics.compute',
        'cpc',
        { 'Kosten netto': 300, clicks: 150 },
      );
      if (result?.value !== 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(result?.value, 2, JSON.stringify(result));
  });

  it('Use Column as… says what is wrong: no results shown, an unknown column, a misspelt quantity', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const none = await run(USE_COLUMN_AS, { column: 'Spend', as: 'cost' });
    assert.equal(none.status, 'failed');
    assert.match((none as { message: string }).message, /No KPI results are shown/);
    const editor = await openEditor('Campaign,Impressions,Clicks\nA,1000,10\n', 'csv');
    selectAll(editor);
    done(await run(EVALUATE));
    const unknown = await run(USE_COLUMN_AS, { column: 'Spend', as: 'cost' });
    assert.match(
      (unknown as { message: string }).message,
      /No column 'Spend' in the KPI results\. Columns: Impressions, Clicks/,
    );
    const misspelt = await run(USE_COLUMN_AS, { column: 'Clicks', as: 'clikcs' });
    assert.match((misspelt as { message: string }).message, /'clikcs' is no quantity or metric/);
  });
});
