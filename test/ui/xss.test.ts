// Names from settings are data: a custom metric called <img src=x onerror=alert(1)> shows as
// that text in the tree and in the hover, and no <img> element appears.
import * as assert from 'node:assert/strict';
import { EXTENSION_CONTAINER as CONTAINER } from './helpers/workbench';
import { workbench } from './setup';
import { XSS_ALIAS, XSS_NAME } from './userSettings';

describe('a custom metric named like markup', () => {
  afterEach(async () => workbench().dismiss());

  it('is shown as text in the Metrics tree', async () => {
    const ui = workbench();
    await ui.clickActivityBarItem(CONTAINER);
    await ui.expandTreeItem('Custom');
    await ui.treeItem(XSS_NAME).waitFor({ state: 'visible' });
    const rows = await ui.readTree();
    assert.ok(
      rows.some((row) => row.label === XSS_NAME),
      JSON.stringify(rows.slice(-3)),
    );
    assert.equal(await ui.page.locator('.monaco-list-row img[src="x"]').count(), 0);
    await ui.treeItem(XSS_NAME).scrollIntoViewIfNeeded();
    await ui.screenshot('xss-tree');
  });

  it('is shown as text in the formula hover', async () => {
    const ui = workbench();
    await ui.runCommand('File: New Untitled Text File');
    await ui.page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached' });
    await ui.page.keyboard.type(`Our ${XSS_ALIAS} rose.`);
    const word = ui.page.locator('.monaco-editor .view-line span', { hasText: 'probe' }).last();
    await word.hover();
    const hover = ui.page.locator('.monaco-hover-content').filter({ hasText: 'clicks / impressions' });
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    // The hover writes spaces of escaped text as no-break spaces: compare what the user reads.
    const text = ((await hover.textContent()) ?? '').replace(/\u00a0/g, ' ');
    assert.ok(text.includes(XSS_NAME), text);
    assert.equal(await ui.page.locator('.monaco-hover img[src="x"]').count(), 0);
    await ui.screenshot('xss-hover');
    await ui.page.keyboard.press('Escape');
    await ui.runCommand('View: Revert and Close Editor');
  });
});
