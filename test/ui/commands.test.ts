// The editor commands as a person uses them: Quick Calculate from the command palette, typed
// through to its result, and Evaluate Selection on the sample campaigns with the results view.
import * as assert from 'node:assert/strict';
import type { ConsoleMessage, Frame } from 'playwright-core';
import { workbench } from './setup';

describe('the editor commands', () => {
  let resultsFrame: Frame | undefined;
  /** What the results view reports the CSP blocked (src/webview/results/setup.ts). */
  const cspReports: string[] = [];
  const onConsole = (message: ConsoleMessage): void => {
    if (/results view: the CSP blocked/.test(message.text())) cspReports.push(message.text());
  };

  before(() => workbench().page.on('console', onConsole));

  after(async () => {
    const ui = workbench();
    ui.page.off('console', onConsole);
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  it('Quick Calculate KPI…: CTR from 1200 clicks and 45000 impressions is 2.67%', async () => {
    const ui = workbench();
    await ui.waitForActivityBarItem('Marketing Metrics');
    await ui.runCommand('Marketing Metrics: Quick Calculate KPI…');
    const input = ui.quickInput().locator('input');
    await input.fill('CTR');
    await ui.quickInputRows().first().filter({ hasText: 'Click-through rate' }).waitFor({ state: 'visible' });
    await ui.screenshot('quick-calculate-pick');
    await ui.page.keyboard.press('Enter');

    await ui.quickInput().getByText('Clicks (count)').waitFor({ state: 'visible' });
    await input.fill('1200');
    await ui.screenshot('quick-calculate-input');
    await ui.page.keyboard.press('Enter');
    await ui.quickInput().getByText('Impressions (count)').waitFor({ state: 'visible' });
    await input.fill('45000');
    await ui.page.keyboard.press('Enter');

    await ui.quickInputRows().filter({ hasText: 'Copy 2.67%' }).waitFor({ state: 'visible' });
    await ui.page.mouse.move(700, 600); // no tooltip from where the palette row was clicked
    const title = await ui.quickInput().locator('.quick-input-title').innerText();
    assert.match(title, /CTR = 2\.67%/);
    const labels = await ui.quickPickLabels();
    assert.ok(
      labels.some((l) => l.includes('Copy 2.67%')),
      JSON.stringify(labels),
    );
    assert.ok(
      labels.some((l) => l.includes('Open CTR in the calculator')),
      JSON.stringify(labels),
    );
    await ui.screenshot('quick-calculate-result');
    await ui.dismiss();
  });

  it('Quick Calculate says what is wrong with an input, naming it', async () => {
    const ui = workbench();
    await ui.runCommand('Marketing Metrics: Quick Calculate KPI…');
    const input = ui.quickInput().locator('input');
    await input.fill('CTR');
    await ui.quickInputRows().first().filter({ hasText: 'Click-through rate' }).waitFor({ state: 'visible' });
    await ui.page.keyboard.press('Enter');
    await ui.quickInput().getByText('Clicks (count)').waitFor({ state: 'visible' });
    await input.fill('12x');
    await ui.quickInput().getByText("Clicks: '12x' is not a number", { exact: false }).waitFor({ state: 'visible' });
    await ui.screenshot('quick-calculate-invalid');
    await ui.dismiss();
  });

  it('Evaluate Selection on samples/campaigns.json shows every campaign and the TOTAL row', async () => {
    const ui = workbench();
    const editor = await ui.openAndSelectAll('campaigns.json');
    await ui.runCommand('Marketing Metrics: Evaluate Selection');

    const frame: Frame = await ui.findFrame('tr.total');
    const headers = await frame.$$eval('thead th', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.deepEqual(headers.slice(0, 3), ['campaign', 'CTR', 'CPA'], 'the KPIs come right after the labels');
    const total = await frame.$$eval('tr.total td', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.equal(total[0], 'TOTAL');
    assert.ok(total.includes('1.19%'), `TOTAL CTR is the ratio of sums: ${JSON.stringify(total)}`);
    assert.equal(await frame.$$eval('.scroll tbody tr:not(.total)', (rows) => rows.length), 8);
    const read = await frame.$$eval('table.read-lines tr', (rows) => rows.map((r) => r.textContent ?? ''));
    assert.ok(
      read.some((line) => line.startsWith('campaign') && line.includes('dimension: campaign')),
      `the campaign column is read as a dimension: ${JSON.stringify(read)}`,
    );
    // Show the selected JSON from its first line (select-all leaves the editor at the end).
    await editor.hover();
    await ui.page.mouse.wheel(0, -2000);
    await ui.page.mouse.move(700, 870);
    await ui.screenshot('evaluate-selection-results');
    resultsFrame = frame;
  });

  it('the results view runs under its CSP without a single violation', () => {
    assert.deepEqual(cspReports, []);
  });

  // The view gets custom metric names and the user's cells as text: a name like markup stays
  // text. The message is the one the extension sends (src/results/protocol.ts).
  it('shows a custom metric named <img src=x onerror=alert(1)> in the results view as text', async () => {
    assert.ok(resultsFrame, 'the results view is open');
    const hostile = '<img src=x onerror=alert(1)>';
    await resultsFrame.evaluate((name) => {
      const cell = { text: name, problem: name };
      const table = {
        id: 'xss',
        title: name,
        firstRow: 0,
        rowCount: 1,
        notes: [name],
        totalNote: name,
        canInsert: true,
        canInsertCell: false,
        canMap: true,
        read: [{ column: 0, name, role: 'unused', text: name, note: name, canMap: true, mapped: true }],
        columns: [
          { label: name, kind: 'label' },
          { label: name, kind: 'kpi' },
        ],
        rows: [{ cells: [cell, cell] }],
        total: { cells: [{ text: 'TOTAL' }, cell] },
      };
      window.postMessage({ type: 'show', tables: [table] }, '*');
    }, hostile);
    await resultsFrame.waitForFunction((name) => document.querySelector('h2')?.textContent === name, hostile);
    assert.equal(await resultsFrame.$$eval('img', (images) => images.length), 0);
    assert.equal(await resultsFrame.$eval('thead th.kpi', (th) => th.textContent), hostile);
    assert.equal(await resultsFrame.$eval('ul.notes li', (li) => li.textContent), hostile);
    assert.equal(await resultsFrame.$eval('table.read-lines th', (th) => th.textContent), hostile);
    assert.equal(await resultsFrame.$eval('table.read-lines .note', (note) => note.textContent), hostile);
    await workbench().screenshot('results-xss-as-text');
  });
});
