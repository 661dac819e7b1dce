// What a person sees of the extension in VS Code. Scenarios share one window and run in order;
// this file runs first (test/ui/.mocharc.json), on the workbench as it opens.
import * as assert from 'node:assert/strict';
import { CATEGORIES } from '../../src/core/catalog/categories';
import { EXTENSION_CONTAINER as CONTAINER } from './helpers/workbench';
import { workbench } from './setup';

describe('the workbench with Marketing Metrics Explorer', () => {
  afterEach(async () => workbench().dismiss());

  it('shows the Marketing Metrics icon in the activity bar', async () => {
    const ui = workbench();
    await ui.waitForActivityBarItem(CONTAINER);
    await ui.screenshot('activity-bar');
  });

  it('lists metric categories in the Metrics tree, and metrics under them', async () => {
    const ui = workbench();
    await ui.clickActivityBarItem(CONTAINER);
    await ui.treeItem('Digital advertising').waitFor({ state: 'visible' });
    const topLevel = (await ui.readTree()).filter((row) => row.level === 1);
    assert.equal(topLevel[0]?.label, 'Digital advertising', JSON.stringify(topLevel));

    await ui.expandTreeItem('Digital advertising');
    await ui.clickTreeItem('Click-through rate');
    const rows = await ui.readTree();
    assert.ok(
      rows.some((row) => row.label === 'Click-through rate' && row.level === 2),
      JSON.stringify(rows),
    );
    await ui.screenshot('metrics-tree');
  });

  it("shows a category's description when its row is hovered", async () => {
    const ui = workbench();
    await ui.clickActivityBarItem(CONTAINER);
    const row = ui.treeItem('Web analytics');
    await row.waitFor({ state: 'visible' });
    await row.locator('.label-name').hover();
    // The tooltip is resolved on hover (resolveTreeItem), not when the row is drawn.
    const tooltip = ui.page
      .locator('.monaco-hover-content')
      .filter({ hasText: CATEGORIES.find((c) => c.id === 'webAnalytics')!.description });
    await tooltip.waitFor({ state: 'visible', timeout: 15_000 });
    await ui.screenshot('category-tooltip');
    await ui.page.mouse.move(700, 600);
  });

  it('runs "Quick Calculate KPI…" from the command palette', async () => {
    const ui = workbench();
    await ui.runCommand('Marketing Metrics: Quick Calculate KPI…');
    const labels = await ui.quickPickLabels();
    assert.ok(labels.length > 0, 'the quick pick lists nothing');
    await ui.screenshot('quick-calculate');
  });
});
