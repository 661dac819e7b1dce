import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activated, extension } from './extension';

describe('the extension in VS Code', () => {
  it('runs in a real VS Code with the samples workspace open and searchable', async () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.equal(vscode.workspace.workspaceFolders?.[0]?.name, 'samples');
    const found = await vscode.workspace.findFiles('campaigns.*');
    assert.deepEqual(found.map((uri) => path.posix.basename(uri.path)).sort(), ['campaigns.csv', 'campaigns.json']);
  });

  it(`is installed as ${EXTENSION_ID}`, () => {
    assert.equal(extension().id, EXTENSION_ID);
  });

  it('activates', async () => {
    const ext = await activated();
    assert.equal(ext.isActive, true);
  });
});
