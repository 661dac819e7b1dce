// That this suite runs where vscode.dev runs extensions: the web-worker extension host, with
// the package's `browser` bundle active, not the Node host the other suites run in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activated } from '../integration/extension';

describe('the web-worker extension host', () => {
  it('is VS Code for the Web', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('is a web worker without Node: no process, a WorkerGlobalScope', () => {
    // Both fail in the Node extension host, where code-server runs the other suites.
    assert.equal(typeof process, 'undefined', 'process is defined');
    const scope = (globalThis as { WorkerGlobalScope?: new () => unknown }).WorkerGlobalScope;
    assert.ok(scope !== undefined && globalThis instanceof scope, "the global scope is not a web worker's");
  });

  it(`activates ${EXTENSION_ID} from its browser entry`, async () => {
    const ext = await activated();
    assert.equal(ext.isActive, true);
    assert.equal((ext.packageJSON as { browser?: string }).browser, './dist/web/extension.js');
  });

  it('has the samples folder mounted as its workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const entries = await vscode.workspace.fs.readDirectory(folder.uri);
    assert.ok(
      entries.some(([name]) => name === 'campaigns.json'),
      JSON.stringify(entries),
    );
  });
});
