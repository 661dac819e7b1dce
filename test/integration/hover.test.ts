import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MarketingMetricsApi } from '../../src/api/register';
import { activated } from './extension';
import { withSettings } from './settings';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.map(plain).join('\n');
}

/** A hover's Markdown as written. */
function raw(hover: vscode.Hover | undefined): string {
  return (hover?.contents ?? []).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** A hover's text as the user reads it: Markdown escapes and entities undone. */
function plain(hover: vscode.Hover | undefined): string {
  return raw(hover)
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function markdownDocument(content: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: 'markdown', content });
}

describe('the formula hover', () => {
  before(async () => {
    await activated();
  });

  it('explains CTR in a Markdown file: formula, unit, direction, example, cautions and command links', async () => {
    const doc = await markdownDocument('Our CTR rose last week.');
    const text = await hoverText(doc.uri, new vscode.Position(0, 5));
    assert.match(text, /CTR — Click-through rate/);
    assert.match(text, /ctr = clicks \/ impressions/);
    assert.match(text, /Unit: percentage · ↑ higher is better/);
    assert.match(text, /Example:/);
    assert.match(text, /⚠/);
    assert.match(text, /command:marketingMetrics\.openCalculator\?/);
    assert.match(text, /command:marketingMetrics\.insertFormulaAsCode\?/);
  });

  it('finds a phrase under the pointer: cost per click', async () => {
    const doc = await markdownDocument('The cost per click fell.');
    const text = await hoverText(doc.uri, new vscode.Position(0, 10));
    assert.match(text, /CPC — Cost per click/);
  });

  it('says nothing on a word that names no metric', async () => {
    const doc = await markdownDocument('Nothing to see here.');
    assert.equal(await hoverText(doc.uri, new vscode.Position(0, 3)), '');
  });

  it('works in a Jupyter notebook cell', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder, 'kpi-report.ipynb'));
    const cell = notebook.getCells().find((c) => /\bROAS\b/.test(c.document.getText()));
    assert.ok(cell, `no cell of ${path.posix.basename(notebook.uri.path)} mentions ROAS`);
    const offset = cell.document.getText().search(/\bROAS\b/);
    const text = await hoverText(cell.document.uri, cell.document.positionAt(offset + 1));
    assert.match(text, /ROAS — Return on ad spend/);
    assert.match(text, /roas = revenue \/ cost/);
  });

  it("the API runs the provider's own code: the same hover in this host, nothing on other words", async () => {
    const api = (await activated()).exports as MarketingMetricsApi;
    const doc = await markdownDocument('Our CTR rose last week.');
    const hover = api.formulaHover(doc, new vscode.Position(0, 5));
    assert.ok(hover, 'a hover on CTR');
    assert.deepEqual([hover.range?.start.character, hover.range?.end.character], [4, 7]);
    assert.equal(plain(hover), await hoverText(doc.uri, new vscode.Position(0, 5)));
    assert.equal(api.formulaHover(doc, new vscode.Position(0, 18)), undefined);
  });

  it('cautions wrap: prose is written with ordinary spaces, each ⚠ beside its text (issue 15.5)', async () => {
    const api = (await activated()).exports as MarketingMetricsApi;
    const doc = await markdownDocument('Our CTR rose.');
    const markdown = raw(api.formulaHover(doc, new vscode.Position(0, 5)));
    assert.doesNotMatch(markdown, /&nbsp;|\u00a0/);
    const cautions = markdown.split('\n').filter((line) => line.includes('⚠'));
    assert.ok(cautions.length > 0);
    for (const line of cautions) assert.match(line, /^- ⚠ \S.{20,}/);
  });

  it('a hover built once per metric still follows a change of settings', async () => {
    const api = (await activated()).exports as MarketingMetricsApi;
    const doc = await markdownDocument('The cost per click fell.');
    const at = new vscode.Position(0, 10);
    assert.match(plain(api.formulaHover(doc, at)), /→ \$1\.50/);
    await withSettings({ currency: 'EUR' }, async () => {
      assert.match(plain(api.formulaHover(doc, at)), /→ €1\.50/);
    });
    const back = plain(api.formulaHover(doc, at));
    assert.match(back, /→ \$1\.50/);
    assert.doesNotMatch(back, /€/);
  });

  it('follows the settings without a reload: off, and limited to chosen languages', async () => {
    const doc = await markdownDocument('Our CTR rose.');
    const at = new vscode.Position(0, 5);
    await withSettings({ 'hover.enabled': false }, async () => {
      assert.equal(await hoverText(doc.uri, at), '');
    });
    await withSettings({ 'hover.languages': ['python'] }, async () => {
      assert.equal(await hoverText(doc.uri, at), '');
    });
    assert.match(await hoverText(doc.uri, at), /Click-through rate/);
  });
});
