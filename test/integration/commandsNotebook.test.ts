// The editor commands in Jupyter notebook cells: results as a new Markdown cell below the
// current one, and pandas code in a Python cell.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { cursorAt, done, run, selectAll } from './commandsSupport.test';

const CSV = 'campaign,clicks,impressions\nA,10,1000\nB,5,5000';

async function notebook(cells: vscode.NotebookCellData[]): Promise<vscode.NotebookDocument> {
  const document = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData(cells));
  await vscode.window.showNotebookDocument(document);
  return document;
}

/** The cell's editor, active, as when the user clicks into the cell. */
async function cellEditor(document: vscode.NotebookDocument, index: number): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document.cellAt(index).document);
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.cellAt(index).document.uri.toString());
  return editor;
}

const code = (text: string) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, text, 'python');
const markdown = (text: string) => new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, text, 'markdown');

function cells(document: vscode.NotebookDocument): string[] {
  return document
    .getCells()
    .map((cell) => `${cell.kind === vscode.NotebookCellKind.Markup ? 'md' : 'py'}: ${cell.document.getText()}`);
}

describe('the editor commands in a notebook', () => {
  before(activated);

  it('name = value lines in a Python cell: the KPIs go into a new Markdown cell below', async () => {
    const document = await notebook([
      markdown('# Report'),
      code('clicks = 1200\nimpressions = 45000'),
      code('print(clicks)'),
    ]);
    const editor = await cellEditor(document, 1);
    selectAll(editor);
    assert.deepEqual(await run('marketingMetrics.evaluateSelection'), { status: 'done', edits: 1, tables: 0 });
    assert.deepEqual(cells(document), [
      'md: # Report',
      'py: clicks = 1200\nimpressions = 45000',
      'md: | KPI | Value |\n| :-- | --: |\n| CTR | 2.67% |',
      'py: print(clicks)',
    ]);
  });

  it('rows in a cell: the table as a new Markdown cell below', async () => {
    const document = await notebook([markdown(CSV), code('')]);
    const editor = await cellEditor(document, 0);
    selectAll(editor);
    done(await run('marketingMetrics.evaluateSelection', { table: { format: 'markdown', to: 'cell' } }));
    assert.equal(document.cellCount, 3);
    const added = document.cellAt(1);
    assert.equal(added.kind, vscode.NotebookCellKind.Markup);
    assert.match(added.document.getText(), /^\| campaign \| CTR \| clicks \| impressions \|\n/);
    assert.match(added.document.getText(), /\| \*\*TOTAL\*\* \| \*\*0\.25%\*\* \| \*\*15\*\* \| \*\*6,000\*\* \|/);
    assert.equal(document.cellAt(0).document.getText(), CSV, 'the source cell is unchanged');
  });

  it('CSV for a cell comes in a fenced block', async () => {
    const document = await notebook([markdown(CSV)]);
    const editor = await cellEditor(document, 0);
    selectAll(editor);
    done(await run('marketingMetrics.evaluateSelection', { table: { format: 'csv', to: 'cell' } }));
    assert.equal(
      document.cellAt(1).document.getText(),
      '```csv\ncampaign,ctr,clicks,impressions\nA,0.01,10,1000\nB,0.001,5,5000\nTOTAL,0.0025,15,6000\n```',
    );
  });

  it('a formula in a Python cell: the value appended in the cell', async () => {
    const document = await notebook([code('# ctr(clicks=1200, impressions=45000)')]);
    const editor = await cellEditor(document, 0);
    editor.selection = new vscode.Selection(0, 2, 0, 37);
    done(await run('marketingMetrics.evaluateSelection'));
    assert.equal(document.cellAt(0).document.getText(), '# ctr(clicks=1200, impressions=45000) = 2.67%');
  });

  it('Insert Formula as Code in a Python cell writes pandas', async () => {
    const document = await notebook([code('import pandas as pd\n')]);
    const editor = await cellEditor(document, 0);
    cursorAt(editor, editor.document.getText().length);
    done(await run('marketingMetrics.insertFormulaAsCode', 'roas'));
    assert.equal(
      document.cellAt(0).document.getText(),
      'import pandas as pd\ndf["roas"] = df["revenue"] / df["cost"].where(df["cost"] != 0)',
    );
  });
});
