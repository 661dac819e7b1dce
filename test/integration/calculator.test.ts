import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { handleCompute, handleComputeAll, validateMessage } from '../../src/calculator/handler';
import { calculatorHtml } from '../../src/calculator/html';
import { LastEditor } from '../../src/calculator/lastEditor';
import type { ComputeRequest } from '../../src/calculator/protocol';
import { readConfig } from '../../src/settings/config';
import { activated } from './extension';

const OPEN = 'marketingMetrics.openCalculator';

function calculatorTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('marketingMetrics.calculator'),
    );
}

/** The tab model reaches the extension host a moment after the panel opens or closes. */
async function tabCountSettles(want: number, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (calculatorTabs().length !== want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // Stays there: a second panel would also take a moment to appear.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(
    calculatorTabs().length,
    want,
    `calculator tabs: ${calculatorTabs()
      .map((t) => t.label)
      .join(', ')}`,
  );
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function compute(metricId: string, values: Record<string, string>, solveFor = metricId): ComputeRequest {
  return { type: 'compute', requestId: 1, metricId, variant: '', values, solveFor };
}

describe('the KPI calculator in VS Code', () => {
  before(activated);
  after(closeAllEditors);

  it('opens one calculator tab per window, however often it is asked', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand(OPEN, 'roas');
    await vscode.commands.executeCommand(OPEN, 'roas');
    await tabCountSettles(1);
    assert.equal(calculatorTabs()[0]?.label, 'KPI Calculator');

    // Another metric, a tree node, or no argument: still the same tab.
    await vscode.commands.executeCommand(OPEN, 'ctr');
    await vscode.commands.executeCommand(OPEN, { kind: 'metric', metric: { id: 'cpc' } });
    await vscode.commands.executeCommand(OPEN);
    await tabCountSettles(1);
    assert.equal(calculatorTabs()[0]?.isActive, true);
  });

  it('opens again after its tab was closed', async () => {
    await closeAllEditors();
    await tabCountSettles(0);
    await vscode.commands.executeCommand(OPEN, 'ctr');
    await tabCountSettles(1);
  });

  it('answers compute and solve requests with the real settings', () => {
    const config = readConfig();
    const revenue = handleCompute(compute('roas', { roas: '4', cost: '10,000' }, 'revenue'), config);
    assert.equal(revenue.ok, true, JSON.stringify(revenue));
    assert.equal(revenue.text, '$40,000.00');
    assert.equal(revenue.formula, 'revenue = roas * cost');

    const ctr = handleCompute(compute('ctr', { clicks: '120', impressions: '4000' }), config);
    assert.equal(ctr.text, '3.00%');
    const impressions = handleCompute(compute('ctr', { ctr: '2.5', clicks: '120' }, 'impressions'), config);
    assert.equal(impressions.text, '4,800');

    const problem = handleCompute(compute('ctr', { clicks: '120', impressions: 'lots' }), config);
    assert.equal(problem.ok, false);
    assert.equal(problem.problems[0]?.field, 'impressions');
    assert.match(problem.problems[0]?.message ?? '', /^Impressions: 'lots' is not a number/);

    const all = handleComputeAll(
      { type: 'computeAll', requestId: 2, values: { clicks: '120', impressions: '4000', cost: '500' } },
      config,
    );
    assert.deepEqual(
      all.results.map((r) => `${r.id} ${r.text}`),
      ['ctr 3.00%', 'cpc $4.17', 'cpm $125.00'],
    );
  });

  it('reads numbers with the number-locale setting as soon as it changes', async () => {
    const section = vscode.workspace.getConfiguration('marketingMetrics');
    await section.update('numberLocale', 'de-DE', vscode.ConfigurationTarget.Global);
    try {
      const config = readConfig();
      assert.equal(config.locale, 'de-DE');
      const revenue = handleCompute(compute('roas', { roas: '2,5', cost: '10.000' }, 'revenue'), config);
      assert.equal(revenue.text, '25.000,00\u00a0$');
    } finally {
      await section.update('numberLocale', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('ignores malformed messages without throwing, logging only their type', () => {
    const warnings: string[] = [];
    const bad: unknown[] = [
      undefined,
      null,
      42,
      'compute',
      [],
      {},
      { type: 'nope' },
      {
        type: 'compute',
        requestId: 'one',
        metricId: 'ctr',
        variant: '',
        values: { clicks: 'secret-120' },
        solveFor: 'ctr',
      },
      { type: 'copy', text: '' },
      JSON.parse('{"type": "computeAll", "requestId": 1, "values": {"__proto__": {"polluted": 1}, "clicks": 5}}'),
    ];
    for (const raw of bad)
      assert.equal(
        validateMessage(raw, (w) => warnings.push(w)),
        undefined,
      );
    assert.equal(warnings.length, bad.length);
    assert.ok(
      warnings.every((w) => !w.includes('secret')),
      warnings.join('\n'),
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(validateMessage({ type: 'ready' }, (w) => warnings.push(w)));
  });

  it('inserts a result at the cursor of the last text editor, as one undoable edit', async function () {
    this.timeout(60_000); // opens and closes several editors: slow on a busy machine
    await closeAllEditors();
    const document = await vscode.workspace.openTextDocument({ content: 'CTR: \nend', language: 'markdown' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    const lastEditor = new LastEditor();
    try {
      // The calculator takes the focus: no text editor is active any more.
      await vscode.commands.executeCommand(OPEN);
      await tabCountSettles(1);
      assert.deepEqual(await lastEditor.insert('3.00%'), { ok: true });
      assert.equal(document.getText(), 'CTR: 3.00%\nend');
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), 'CTR: \nend');

      // Closed (without the save prompt an untitled file would bring up), there is nowhere to insert.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await closeAllEditors();
      // Until this host knows it is closed, a new untitled document may get it back (commandsSupport.test.ts).
      for (let tries = 0; tries < 100 && !document.isClosed; tries++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const none = await lastEditor.insert('3.00%');
      assert.equal(none.ok, false);
      assert.match(none.ok ? '' : none.message, /no text editor to insert into/);
    } finally {
      lastEditor.dispose();
    }
  });

  it('serves a page with a strict CSP, a nonce and no inline styles or handlers', () => {
    const extensionUri = vscode.Uri.parse('file:///ext');
    const webview = {
      cspSource: 'https://webview.test',
      asWebviewUri: (uri: vscode.Uri) => uri,
    } as unknown as vscode.Webview;
    const html = calculatorHtml(webview, extensionUri);
    const nonce = /script-src 'nonce-([0-9a-f]{32})'/.exec(html)?.[1];
    assert.ok(nonce, html);
    assert.match(
      html,
      /default-src 'none'; style-src https:\/\/webview\.test; script-src 'nonce-[0-9a-f]{32}'; img-src https:\/\/webview\.test; font-src https:\/\/webview\.test/,
    );
    assert.equal((html.match(/<script /g) ?? []).length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="file:///ext/dist/webview/calculator.js">`));
    assert.doesNotMatch(html, /style=|<style|\son[a-z]+=/i);
    assert.notEqual(calculatorHtml(webview, extensionUri), html, 'a fresh nonce each time');
  });
});
