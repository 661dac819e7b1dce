// Typing an abbreviation in the metric pickers puts that metric first, as VS Code's own quick
// pick ranks the rows (src/pickers/metricItem.ts says why the rows read as they do), and the
// command palette lists the non-destructive Evaluate Selection before the one that replaces.
import * as assert from 'node:assert/strict';
import { workbench } from './setup';

/** The abbreviations people type, with the name of the metric each one means. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['CTR', 'Click-through rate'],
  ['CPC', 'Cost per click'],
  ['CPM', 'Cost per mille (thousand impressions)'],
  ['CPA', 'Cost per acquisition'],
  ['CPE', 'Cost per engagement'],
  ['CPL', 'Cost per lead'],
  ['CAC', 'Customer acquisition cost'],
  ['ROAS', 'Return on ad spend'],
  ['ROI', 'Return on (marketing) investment'],
  ['MER', 'Marketing efficiency ratio'],
];

const PICKERS = [
  { command: 'Marketing Metrics: Quick Calculate KPI…', screenshot: 'pickers-quick-calculate-cac', needsEditor: false },
  { command: 'Marketing Metrics: Find Metric…', screenshot: 'pickers-find-metric-cac', needsEditor: false },
  {
    command: 'Marketing Metrics: Insert Formula as Code…',
    screenshot: 'pickers-insert-formula-as-code-cac',
    needsEditor: true,
  },
] as const;

interface FirstRow {
  label: string;
  description: string;
  /** The label's highlighted characters, joined: what of the typed text matched the label. */
  highlighted: string;
}

/** Types `query` into the open quick pick and reads its first row once the list is filtered for it. */
async function typeAndReadFirstRow(query: string): Promise<FirstRow> {
  const ui = workbench();
  await ui.quickInput().locator('input').fill(query);
  // Rows are positioned, not ordered, in the DOM: the first one the user sees has index 0.
  const first = ui.quickInput().locator('.monaco-list-row[data-index="0"]');
  const deadline = Date.now() + 5_000;
  for (;;) {
    await first.waitFor({ state: 'visible' });
    const row = await first.evaluate((element) => {
      // The first .label-name is the label; the detail (second line) has one of its own.
      const label = element.querySelector('.label-name');
      return {
        label: label?.textContent?.trim() ?? '',
        description: element.querySelector('.label-description')?.textContent?.trim() ?? '',
        highlighted: Array.from(label?.querySelectorAll('.highlight') ?? [])
          .map((h) => h.textContent ?? '')
          .join(''),
      };
    });
    // Rows are redrawn a moment after the input changes: a row that highlights the whole query
    // was drawn for it. One that never does (a match in its description only) is read as it is.
    if (row.highlighted.toLowerCase() === query.toLowerCase() || Date.now() > deadline) return row;
    await ui.page.waitForTimeout(100);
  }
}

describe('the metric pickers and the palette', () => {
  afterEach(async () => workbench().dismiss());

  after(async () => {
    await workbench()
      .runCommand('View: Close All Editors')
      .catch(() => undefined);
  });

  for (const picker of PICKERS) {
    it(`${picker.command}: typing an abbreviation puts its metric first`, async () => {
      const ui = workbench();
      await ui.waitForActivityBarItem('Marketing Metrics');
      if (picker.needsEditor) await ui.openAndSelectAll('report.md');
      await ui.runCommand(picker.command);
      const seen: string[] = [];
      const wrong: string[] = [];
      for (const [abbreviation, name] of ABBREVIATIONS) {
        const typed = abbreviation.toLowerCase();
        const row = await typeAndReadFirstRow(typed);
        seen.push(`${typed} → ${row.label} (${row.description.split(' · ')[0]})`);
        if (row.label !== abbreviation || !row.description.startsWith(name))
          wrong.push(`${typed}: ${JSON.stringify(row)}`);
      }
      console.log(`      ${picker.command}\n        ${seen.join('\n        ')}`);
      assert.deepEqual(wrong, [], 'the first row is not the metric the abbreviation means');

      await ui.page.mouse.move(700, 600); // no tooltip over the rows
      await typeAndReadFirstRow('cac');
      await ui.screenshot(picker.screenshot);
    });
  }

  it('lists "Evaluate Selection" first when "Marketing Metrics: Evaluate" is typed, with a selection', async () => {
    const ui = workbench();
    // Recently used commands come first in the palette: start from none, so the order is the titles'.
    await ui.runCommand('Clear Command History');
    await ui.page.locator('.monaco-dialog-box').getByRole('button', { name: 'Clear' }).click();
    await ui.page.locator('.monaco-dialog-box').waitFor({ state: 'hidden' });
    await ui.openAndSelectAll('report.md');

    await ui.page.keyboard.press('Control+Shift+P');
    const input = ui.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Marketing Metrics: Evaluate');
    const rows = ui.quickInputRows().filter({ hasText: 'Marketing Metrics: Evaluate Selection and Replace It' });
    await rows.first().waitFor({ state: 'visible' });
    // Each row's label (the first .label-name; a reused row keeps a hidden detail of its own).
    const labels = await ui.quickInputRows().evaluateAll((elements) =>
      elements
        .map((e) => ({
          index: Number(e.getAttribute('data-index')),
          label: e.querySelector('.label-name')?.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.label),
    );
    console.log(`      palette: ${JSON.stringify(labels)}`);
    assert.equal(labels[0], 'Marketing Metrics: Evaluate Selection', JSON.stringify(labels));
    assert.ok(labels.includes('Marketing Metrics: Evaluate Selection and Replace It'), JSON.stringify(labels));
    await ui.page.mouse.move(700, 600);
    await ui.screenshot('palette-evaluate');
  });
});
