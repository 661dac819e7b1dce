// Evaluate Selection on rows (JSON, CSV, TSV): the results view, and the tables inserted below
// the selection as Markdown, CSV or JSON (what the view's buttons do, given as arguments here).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import {
  done,
  openEditor,
  resultsTabs,
  run,
  sample,
  selectAll,
  selectTexts,
  undo,
  until,
} from './commandsSupport.test';

const EVALUATE = 'marketingMetrics.evaluateSelection';
const TOTAL_NOTE =
  '*TOTAL computes each KPI from the column sums (a ratio of sums, such as Σclicks ÷ Σimpressions), not as an average of the rows.*';
const CSV = 'campaign,clicks,impressions\nA,10,1000\nB,5,5000\n';

describe('Evaluate Selection: rows', () => {
  before(activated);

  it('opens the results view for the sample campaigns.json', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'campaigns.json'));
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    selectAll(editor);
    assert.deepEqual(await run(EVALUATE), { status: 'done', edits: 0, tables: 1 });
    await until(() => resultsTabs().length > 0, 'the results view never opened', 4_000);
    assert.equal(resultsTabs().length, 1, 'the results view is open');
    assert.equal(document.isDirty, false, 'the sample was not edited');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the editor kept the focus');
  });

  it('inserts a Markdown table with the TOTAL row below a CSV selection, as one undoable edit', async () => {
    const editor = await openEditor(`${CSV}after\n`);
    selectTexts(editor, CSV);
    done(await run(EVALUATE, { table: { format: 'markdown', to: 'below' } }));
    const table = [
      '| campaign | CTR | clicks | impressions |',
      '| :-- | --: | --: | --: |',
      '| A | 1.00% | 10 | 1,000 |',
      '| B | 0.10% | 5 | 5,000 |',
      '| **TOTAL** | **0.25%** | **15** | **6,000** |',
      '',
      TOTAL_NOTE,
    ].join('\n');
    assert.equal(editor.document.getText(), `${CSV}\n${table}\nafter\n`);
    await undo(editor);
    assert.equal(editor.document.getText(), `${CSV}after\n`);
  });

  it('inserts CSV below TSV rows (the selection ending inside its last line)', async () => {
    const editor = await openEditor('clicks\timpressions\n1\t10\n3\t30');
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'csv', to: 'below' } }));
    assert.equal(
      editor.document.getText(),
      'clicks\timpressions\n1\t10\n3\t30\n,ctr,clicks,impressions\n,0.1,1,10\n,0.1,3,30\nTOTAL,0.1,4,40',
    );
  });

  // Quoted cells and comments are what send a selection through papaparse and jsonc-parser.
  it('reads quoted CSV cells and JSON with comments, through papaparse and jsonc-parser', async () => {
    const csv = 'campaign,clicks,impressions\n"Spring, EU",10,1000\n"Summer ""Max""",5,5000';
    const jsonc = '[\n  // spring\n  {"clicks": 10, "impressions": 1000},\n  {"clicks": 5, "impressions": 5000},\n]';
    for (const text of [csv, jsonc]) {
      const editor = await openEditor(text);
      selectAll(editor);
      done(await run(EVALUATE, { table: { format: 'json', to: 'below' } }));
      const json = JSON.parse(editor.document.getText().slice(text.length)) as {
        rows: Record<string, unknown>[];
        total: Record<string, number>;
      };
      assert.equal(json.rows.length, 2, text);
      assert.equal(json.total.ctr, 0.0025, text);
      if (text === csv)
        assert.deepEqual(
          json.rows.map((row) => row.campaign),
          ['Spring, EU', 'Summer "Max"'],
        );
    }
  });

  it('inserts JSON below the sample campaigns: rows, total as a ratio of sums; campaign is a dimension, not unmatched', async () => {
    const editor = await openEditor(await sample('campaigns.json'), 'json');
    const original = editor.document.getText();
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'json', to: 'below' } }));
    const inserted = editor.document.getText().slice(original.length);
    const json = JSON.parse(inserted) as {
      rows: Record<string, unknown>[];
      total: Record<string, number>;
      unmatched: string[];
    };
    assert.equal(json.rows.length, 8);
    assert.equal(json.rows[0]?.campaign, 'Spring Sale - Search');
    assert.equal(json.rows[0]?.ctr, 0.04);
    assert.equal(json.total.clicks, 41260);
    assert.equal(json.total.ctr, 0.0119007787713, 'Σclicks / Σimpressions, not the mean of the rows');
    assert.equal(json.unmatched, undefined);
  });

  it('one JSON object: a one-row table without TOTAL', async () => {
    const editor = await openEditor('{"clicks": 1200, "impressions": 45000}', 'json');
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'csv', to: 'below' } }));
    assert.equal(
      editor.document.getText(),
      '{"clicks": 1200, "impressions": 45000}\nctr,clicks,impressions\n0.0266666666667,1200,45000',
    );
  });

  it('a table and a formula in one multi-cursor: the formula edited, the table below its own selection', async () => {
    const editor = await openEditor(`ctr(1, 4)\n${CSV}`);
    selectTexts(editor, 'ctr(1, 4)', CSV);
    done(await run(EVALUATE, { table: { format: 'csv', to: 'below' } }));
    assert.equal(
      editor.document.getText(),
      `ctr(1, 4) = 25.00%\n${CSV}campaign,ctr,clicks,impressions\nA,0.01,10,1000\nB,0.001,5,5000\nTOTAL,0.0025,15,6000\n`,
    );
  });

  it('copies the table to the clipboard', async () => {
    const editor = await openEditor(CSV);
    selectAll(editor);
    await vscode.env.clipboard.writeText('');
    done(await run(EVALUATE, { table: { format: 'csv', to: 'clipboard' } }));
    assert.equal(
      await vscode.env.clipboard.readText(),
      'campaign,ctr,clicks,impressions\nA,0.01,10,1000\nB,0.001,5,5000\nTOTAL,0.0025,15,6000',
    );
    assert.equal(editor.document.getText(), CSV);
  });

  // Issue 16: a total that keeps a head count every row shares rests on an assumption, stated under the table.
  it('states the one-population assumption under a total that keeps a shared head count', async () => {
    const csv = 'segment,customers at start,customers lost\nNew,1000,40\nReturning,1000,50\n';
    const editor = await openEditor(csv);
    selectAll(editor);
    done(await run(EVALUATE, { table: { format: 'markdown', to: 'below' } }));
    const text = editor.document.getText();
    assert.match(text, /\| \*\*TOTAL\*\* \| \*\*9\.00%\*\*/);
    assert.ok(
      text.includes(
        "Churn rate's total takes customersStart (1,000 in every row) as one population shared by every row; if the rows are separate populations, customersStart is 2,000 and Churn rate is 4.50%",
      ),
      text,
    );
    await undo(editor);
    assert.equal(editor.document.getText(), csv);
  });
});
