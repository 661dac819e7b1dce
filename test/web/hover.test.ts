// The formula hover, asked through VS Code as the editor asks it when the pointer rests on a word.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from '../integration/extension';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1'); // Markdown escapes undone: the text as the user reads it
}

describe('the formula hover in the web host', () => {
  before(activated);

  it('shows the CTR formula in a Markdown document', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Our CTR rose last week.',
    });
    const text = await hoverText(document.uri, new vscode.Position(0, 5));
    assert.match(text, /CTR — Click-through rate/);
    assert.match(text, /ctr = clicks \/ impressions/);
  });

  it('says nothing on a word that names no metric', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Nothing to see here.' });
    assert.equal(await hoverText(document.uri, new vscode.Position(0, 3)), '');
  });
});
