// The KPI calculator as a person uses it: opened from the Metrics tree, typed into, switched
// to solving for an input and to another metric. Each step is kept as a screenshot.
import * as assert from 'node:assert/strict';
import type { ConsoleMessage, Frame } from 'playwright-core';
import { workbench } from './setup';

const CONTAINER = 'Marketing Metrics';
const CATEGORY = 'Digital advertising';

/** Waits until `selector` shows `want` (as text, or as an input's value), or fails saying what it shows. */
async function waitForText(frame: Frame, selector: string, want: string, timeout = 10_000): Promise<void> {
  try {
    await frame.waitForFunction(
      ([sel, text]) => {
        const node = document.querySelector(sel);
        return node instanceof HTMLInputElement ? node.value === text : node?.textContent === text;
      },
      [selector, want] as const,
      { timeout },
    );
  } catch {
    const shown = await frame
      .$eval(selector, (n) => (n instanceof HTMLInputElement ? n.value : n.textContent))
      .catch(() => '(missing)');
    assert.fail(`${selector} shows ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
  }
}

describe('the KPI calculator', () => {
  let frame: Frame;
  let openedSideBar = false;
  let expandedCategory = false;
  /** What the page reports the CSP blocked (src/webview/calculator/cspReport.ts): zod's JIT would show up here. */
  const cspReports: string[] = [];
  const onConsole = (message: ConsoleMessage): void => {
    if (/the CSP blocked/.test(message.text())) cspReports.push(`${message.location().url}: ${message.text()}`);
  };

  before(() => workbench().page.on('console', onConsole));

  // Leave the window as it was found: the scenarios share it.
  after(async () => {
    const ui = workbench();
    ui.page.off('console', onConsole);
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
    // Compare with what is shown now: a window reload restores the tree its own way.
    const category = ui.treeItem(CATEGORY);
    const visible = await category.isVisible();
    if (visible && expandedCategory && (await category.getAttribute('aria-expanded')) === 'true') {
      await category.click().catch(() => undefined);
    }
    if (visible && openedSideBar) await ui.clickActivityBarItem(CONTAINER).catch(() => undefined);
    if (!visible && !openedSideBar) await ui.clickActivityBarItem(CONTAINER).catch(() => undefined);
  });

  it('opens from the Metrics tree on Click-through rate', async () => {
    const ui = workbench();
    await ui.waitForActivityBarItem(CONTAINER);
    if (!(await ui.treeItem(CATEGORY).isVisible())) {
      await ui.clickActivityBarItem(CONTAINER);
      openedSideBar = true;
    }
    const category = ui.treeItem(CATEGORY);
    await category.waitFor({ state: 'visible' });
    if ((await category.getAttribute('aria-expanded')) !== 'true') {
      await ui.clickTreeItem(CATEGORY);
      expandedCategory = true;
    }
    await ui.clickTreeItem('Click-through rate');

    frame = await ui.findFrame('#metric-picker');
    await waitForText(frame, '#metric-title', 'CTR — Click-through rate');
    await waitForText(frame, '#formula', 'ctr = clicks / impressions');
    const tab = ui.page.locator('.tabs-container .tab', { hasText: 'KPI Calculator' });
    assert.equal(await tab.count(), 1);
    await ui.screenshot('calculator-opened');
  });

  it('computes CTR as the user types clicks and impressions', async () => {
    await frame.check('#s-ctr');
    await frame.fill('#f-clicks', '120');
    await frame.fill('#f-impressions', '4000');
    await waitForText(frame, '#result-value', '3.00%');
    await waitForText(frame, '#f-ctr', '3.00%');
    assert.equal(await frame.$eval('#f-ctr', (n) => (n as HTMLInputElement).readOnly), true);
    await workbench().screenshot('calculator-ctr');
  });

  it('names the field that is not a number', async () => {
    await frame.fill('#f-impressions', 'lots');
    await waitForText(frame, '#e-impressions', "Impressions: 'lots' is not a number");
    assert.equal(await frame.getAttribute('#f-impressions', 'aria-invalid'), 'true');
    assert.equal(await frame.getAttribute('#e-impressions', 'role'), 'alert');
    await workbench().screenshot('calculator-field-error');
    await frame.fill('#f-impressions', '4000');
    await waitForText(frame, '#result-value', '3.00%');
  });

  it('solves for impressions from a CTR and clicks', async () => {
    await frame.check('#s-impressions');
    assert.equal(await frame.$eval('#f-impressions', (n) => (n as HTMLInputElement).readOnly), true);
    await frame.fill('#f-ctr', '2.5');
    await waitForText(frame, '#result-value', '4,800');
    await waitForText(frame, '#f-impressions', '4,800');
    await waitForText(frame, '#result-formula', 'impressions = clicks / ctr');
    await workbench().screenshot('calculator-solve-impressions');
  });

  it('switches to ROAS and finds the revenue a 4x ROAS on $10,000 needs', async () => {
    await frame.selectOption('#metric-picker', 'roas');
    await waitForText(frame, '#metric-title', 'ROAS — Return on ad spend');
    await frame.check('#s-revenue');
    await frame.fill('#f-roas', '4');
    await frame.fill('#f-cost', '10000');
    await waitForText(frame, '#result-value', '$40,000.00');
    await waitForText(frame, '#f-revenue', '$40,000.00');
    await workbench().screenshot('calculator-roas-revenue');
  });

  it('loads the seed example and copies the result', async () => {
    await frame.click('#load-example');
    await waitForText(frame, '#result-value', '5.00x');
    assert.equal(await frame.$eval('#f-revenue', (n) => (n as HTMLInputElement).value), '50000');
    assert.equal(await frame.isChecked('#s-roas'), true);
    await frame.click('#copy-result');
    await waitForText(frame, '#notice', 'Copied to the clipboard.');
  });

  it('comes back after a window reload with its metric and values', async function () {
    this.timeout(150_000);
    const ui = workbench();
    // As a user does it: the workbench shuts down properly and saves the webview's state.
    const reloaded = ui.page.waitForEvent('framenavigated', {
      predicate: (f) => f === ui.page.mainFrame(),
      timeout: 60_000,
    });
    await ui.runCommand('Developer: Reload Window');
    await reloaded;
    await ui.page.waitForLoadState('load');
    await ui.waitUntilLoaded();
    frame = await ui.findFrame('#metric-picker', 60_000);
    await waitForText(frame, '#metric-title', 'ROAS — Return on ad spend', 30_000);
    await waitForText(frame, '#f-cost', '10000');
    await waitForText(frame, '#result-value', '5.00x');
    await ui.screenshot('calculator-after-reload');
  });

  it('lists every KPI a set of quantities determines in compute-all mode', async () => {
    await frame.click('#tab-all');
    await frame.fill('#all-input', 'clicks: 120\nimpressions: 4000\nspend: $500\ncolour: blue');
    await waitForText(frame, '#all-results tr[data-metric="ctr"] td.value', '3.00%');
    await waitForText(frame, '#all-results tr[data-metric="cpc"] td.value', '$4.17');
    await waitForText(frame, '#all-unmatched li', 'colour');
    await workbench().screenshot('calculator-compute-all');
    await frame.click('#tab-single');
  });

  it('runs under its CSP without a single violation', () => {
    assert.deepEqual(cspReports, []);
  });

  // Last, as it replaces the page's metric list: a custom metric named like markup (custom
  // metrics come from workspace settings) is shown as text. The init message is the one the
  // extension would send for such a setting (see test/unit/calculator/fields.test.ts).
  it('shows a custom metric named <img src=x onerror=alert(1)> as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    await frame.evaluate((hostile) => {
      const field = { id: 'xss', label: hostile, unitLabel: 'number' };
      const metric = {
        id: 'xss',
        name: hostile,
        title: hostile,
        category: 'custom',
        field,
        direction: hostile,
        description: hostile,
        cautions: [hostile],
        related: [{ id: 'ctr', title: hostile }],
        defaultVariant: '',
        hasExample: false,
        variants: [
          {
            id: '',
            label: hostile,
            formula: `xss = ${hostile}`,
            inputs: [{ id: 'cost', label: hostile, unitLabel: hostile }],
          },
        ],
      };
      window.postMessage(
        {
          type: 'init',
          metrics: [metric],
          categories: [{ id: 'custom', name: hostile }],
          locale: 'en-US',
          currency: 'USD',
          select: 'xss',
        },
        '*',
      );
    }, name);
    await waitForText(frame, '#metric-title', name);
    await waitForText(frame, '#metric-description', name);
    assert.equal(await frame.$$eval('img', (images) => images.length), 0);
    assert.equal(await frame.$eval('#metric-picker optgroup', (g) => g.getAttribute('label')), name);
    await workbench().screenshot('calculator-xss-name-as-text');
  });
});
