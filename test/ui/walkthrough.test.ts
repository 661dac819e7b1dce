// The walkthrough as a new user walks it: Welcome: Open Walkthrough… → "Get Started with
// Marketing Metrics", then each step in turn, its button clicked, and what it opened checked.
// Screenshots per step: `walkthrough-<step>` (the walkthrough with the step open) and
// `step-<step>` (what the step's button opened), in every theme; `npm run screenshots` copies the
// light and dark `step-*` into media/walkthrough/, the walkthrough's own images.
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { reportGroupLabels } from './helpers/workbench';
import { workbench } from './setup';

const TITLE = 'Get Started with Marketing Metrics';

/** The walkthrough's page. */
function page(): Locator {
  return workbench().page.locator('.gettingStartedContainer');
}

/** Opens step `title` and clicks its button, named `button`. */
async function runStep(id: string, title: string, button: string): Promise<void> {
  const ui = workbench();
  await showWalkthrough();
  const step = page().locator('.getting-started-step', { hasText: title }).first();
  await step.waitFor({ state: 'visible' });
  if ((await step.getAttribute('aria-expanded')) !== 'true') await step.click();
  const action = step.locator('.button-link, button.button-link, a', { hasText: button }).first();
  await action.waitFor({ state: 'visible' });
  await ui.screenshot(`walkthrough-${id}`);
  await action.click();
}

/** The walkthrough's tab, opened once through the palette and brought back after each step. */
async function showWalkthrough(): Promise<void> {
  const ui = workbench();
  const tab = ui.page.locator('.tabs-container .tab', { hasText: TITLE }).first();
  if (await tab.isVisible().catch(() => false)) {
    await tab.click();
  } else {
    await ui.runCommand('Welcome: Open Walkthrough...');
    await ui.page.keyboard.type(TITLE);
    await ui.quickInputRows().filter({ hasText: TITLE }).first().click();
  }
  await page().locator('.getting-started-step').first().waitFor({ state: 'visible' });
}

describe('the walkthrough', function () {
  this.timeout(120_000);
  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
    // The sample export and the inserted SQL are untitled: VS Code asks whether to save them.
    const dontSave = ui.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
    const asked = await dontSave
      .waitFor({ state: 'visible', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (asked) await dontSave.click();
  });

  it('opens from Welcome: Open Walkthrough… with six steps, each with its image', async () => {
    const ui = workbench();
    await showWalkthrough();
    const titles = await page().locator('.getting-started-step .step-title').allInnerTexts();
    assert.deepEqual(titles, [
      'Browse the metrics',
      'Compute and solve in the calculator',
      'Evaluate an export',
      'Say what a column is',
      'Break it down',
      'Insert the report as code',
    ]);
    await ui.screenshot('walkthrough-opened');
  });

  it('1. Open the Metrics View: the Metrics view and the Get Started view beside it', async () => {
    const ui = workbench();
    await runStep('openMetrics', 'Browse the metrics', 'Open the Metrics View');
    await ui.treeItem('Digital advertising').waitFor({ state: 'visible' });
    await ui.page.locator('.part.sidebar .welcome-view-content', { hasText: 'Try a Sample Export' }).waitFor();
    await ui.screenshot('step-openMetrics');
  });

  it('2. Open Calculator: the calculator, solving for the impressions a 2.5 % CTR needs', async () => {
    const ui = workbench();
    await runStep('calculator', 'Compute and solve in the calculator', 'Open Calculator');
    const frame = await ui.findFrame('#metric-picker');
    await frame.selectOption('#metric-picker', 'ctr');
    await frame.check('#s-impressions');
    await frame.fill('#f-clicks', '120');
    await frame.fill('#f-ctr', '2.5');
    await frame.locator('#result-value', { hasText: '4,800' }).waitFor({ state: 'visible' });
    await ui.screenshot('step-calculator');
  });

  it('3. Try a Sample Export: the KPIs of a Meta Ads export by campaign and day', async () => {
    const ui = workbench();
    await runStep('sampleExport', 'Evaluate an export', 'Try a Sample Export');
    const frame = await ui.findFrame('section.result table');
    const text = await frame.$eval('section.result', (s) => s.textContent ?? '');
    assert.match(text, /Retargeting, "Cart" 7d/);
    assert.match(text, /CPL/);
    await ui.screenshot('step-sampleExport');
  });

  it('4. Use Column as…: the columns of the results, to say what one is', async () => {
    const ui = workbench();
    await runStep('mapColumn', 'Say what a column is', 'Use Column as…');
    const labels = await ui.quickPickLabels();
    assert.ok(
      labels.some((l) => l.includes('Amount spent (USD)')),
      labels.join(' | '),
    );
    await ui.screenshot('step-mapColumn');
    await ui.dismiss();
  });

  it('5. Break Down by…: the picker, then the report by campaign', async () => {
    const ui = workbench();
    await runStep('breakDown', 'Break it down', 'Break Down by…');
    await ui.answerPicker('campaign', 'Campaign name', ['Enter']);
    const frame = await ui.findFrame('table.report-grid tbody tr[data-group]');
    const groups = await reportGroupLabels(frame);
    assert.deepEqual(groups, ['Lead Gen - Webinar', 'Retargeting, "Cart" 7d']);
    await ui.screenshot('step-breakDown');
  });

  it('6. Insert KPI Report as Code: the report as SQL in a new editor', async () => {
    const ui = workbench();
    await runStep('reportAsCode', 'Insert the report as code', 'Insert KPI Report as Code');
    // Where no SQL or Python editor is active, the code goes into a new editor of the language picked.
    await ui.quickInputRows().filter({ hasText: 'SQL' }).first().click();
    await ui.quickInputRows().filter({ hasText: 'DuckDB' }).first().click();
    // Then the table the rows are in, proposed as `exports`.
    await ui.quickInput().filter({ hasText: 'The table that holds the rows' }).waitFor({ state: 'visible' });
    await ui.page.keyboard.press('Enter');
    const editor = ui.page.locator('.editor-instance .monaco-editor .view-lines').first();
    await editor.filter({ hasText: 'ROLLUP' }).waitFor({ state: 'visible' });
    await ui.screenshot('step-reportAsCode');
  });
});
