// What a new user trips over (issue 15), each checked where it happens: in VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { done, openEditor, run, selectAll } from './commandsSupport.test';
import { withSettings } from './settings';

const EVALUATE = 'marketingMetrics.evaluateSelection';

async function openWorkspaceFile(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
  return vscode.window.showTextDocument(document, { preview: false });
}

describe('a data file never receives a table in another format', () => {
  before(activated);

  for (const [file, format] of [
    ['campaigns.csv', 'markdown'],
    ['campaigns.csv', 'json'],
    ['campaigns.json', 'markdown'],
    ['campaigns.json', 'json'],
  ] as const) {
    it(`${file}: Insert below as ${format} is refused, the file untouched`, async () => {
      const editor = await openWorkspaceFile(file);
      const before = editor.document.getText();
      selectAll(editor);
      const outcome = await run(EVALUATE, { table: { format, to: 'below' } });
      assert.equal(outcome.status, 'refused', JSON.stringify(outcome));
      assert.match(
        (outcome as { message: string }).message,
        new RegExp(
          `^Nothing was inserted: ${file.replace('.', '\\.')} is a data file, and a (Markdown|JSON) table below its rows would break it\\.`,
        ),
      );
      assert.equal(editor.document.getText(), before);
      assert.equal(editor.document.isDirty, false);
    });
  }

  it('an untitled CSV is scratch text: the Markdown table goes below it', async () => {
    const document = await vscode.workspace.openTextDocument({
      content: 'clicks,impressions\n1,10\n3,30',
      language: 'csv',
    });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    selectAll(editor);
    const outcome = await run(EVALUATE, { table: { format: 'markdown', to: 'below' } });
    assert.equal(outcome.status, 'done', JSON.stringify(outcome));
    assert.match(document.getText(), /\| CTR \|/);
  });
});

describe('€ in, € out', () => {
  before(activated);

  it('amounts written in euros under de-DE give a CPC in euros, whatever the currency setting', async () => {
    await withSettings({ numberLocale: 'de-DE', currency: 'USD' }, async () => {
      const text = 'cost: 1.234,50 €\nclicks: 1.000';
      const editor = await openEditor(text);
      selectAll(editor);
      done(await run(EVALUATE));
      assert.equal(editor.document.getText(), `${text}\ncpc: 1,23\u00a0€`);
    });
  });
});
