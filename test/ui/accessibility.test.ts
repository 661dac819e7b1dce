// The results view as assistive technology gets it (issue 20): one polite live region that
// says a sentence per table when what is shown changes, with no table inside it; the reason of
// a '—' cell reached with the keyboard, given as the cell's description and shown beside it;
// and axe-core's audit of the page with no serious or critical violation. Run in every theme
// the suite runs (light, dark, high contrast), with screenshots of the focused reason.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { countByImpact, focusedAxNode, runAxe, type Violation } from './helpers/accessibility';
import { theme, workbench } from './setup';

const SAMPLE = 'meta-campaigns-by-day.csv';
const NO_LEADS = 'no leads: it is 0, and the formula divides by it';
const SUMMARY =
  /^meta-campaigns-by-day\.csv, lines 1–\d+: 5 KPIs over 7 rows, by Campaign name › month, 6 groups; some cells of CPL and Average frequency have no value\.$/;

const summary = (frame: Frame) => frame.$eval('#summary', (region) => region.textContent ?? '');

/** The focused element of the frame: its tag, the text it shows, its label. */
const focused = (frame: Frame) =>
  frame.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      text: active instanceof HTMLTableCellElement ? (active.firstChild?.textContent ?? '') : '',
      label: active?.getAttribute('aria-label') ?? '',
      group: active?.closest('tr')?.querySelector('td.group')?.textContent?.replace(/^[▸▾]/, '') ?? '',
    };
  });

/** axe-core's audit: serious and critical violations fail; moderate and minor are printed. */
async function audit(frame: Frame, where: string): Promise<void> {
  const violations = await runAxe(frame);
  const counts = countByImpact(violations);
  console.log(`      axe, ${where}, ${theme}: ${JSON.stringify(counts)}`);
  const lesser = violations.filter((v) => v.impact === 'moderate' || v.impact === 'minor');
  for (const v of lesser) console.log(`        ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(' | ')}`);
  const blocking: Violation[] = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking, [], JSON.stringify(blocking, null, 2));
}

describe('accessibility of the results view', () => {
  let frame: Frame;

  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    // The breakdown is remembered for the workspace: forget it for the scenarios after this one.
    await ui.runCommand('Marketing Metrics: Break Down by…').catch(() => undefined);
    await workbench()
      .answerPicker('no breakdown', 'No breakdown', ['ArrowDown', 'Space', 'Enter'])
      .catch(() => undefined);
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  it('a report by campaign and month: its summary in the one live region, and no table in a live region', async () => {
    const ui = workbench();
    await ui.openAndSelectAll(SAMPLE);
    await ui.runCommand('Marketing Metrics: Evaluate Selection');
    await ui.findFrame('section.result');
    await ui.runCommand('Marketing Metrics: Break Down by…');
    await workbench().answerPicker('campaign', 'Campaign name', ['Enter']);
    await ui.findFrame('table.report-grid');
    await ui.runCommand('Marketing Metrics: Break Down by…');
    await workbench().answerPicker('month', 'Month', ['ArrowDown', 'Space', 'Enter']);
    frame = await ui.findFrame('table.report-grid tr[aria-level="2"]');
    await frame.waitForFunction(() => / › month, 6 groups/.test(document.getElementById('summary')?.textContent ?? ''));
    assert.match(await summary(frame), SUMMARY);

    // The accessibility tree: the summary is the text of a status (polite) region.
    const snapshot = await frame.locator('main').ariaSnapshot();
    const status = snapshot.split('\n').find((line) => line.includes('- status'));
    assert.ok(status?.includes('5 KPIs over 7 rows, by Campaign name › month, 6 groups'), snapshot);

    const live = await frame.$$eval('[aria-live], [role=status], [role=log], [role=alert], [role=timer]', (regions) =>
      regions.map((region) => ({
        id: region.id,
        polite: (region.getAttribute('aria-live') ?? 'polite') === 'polite',
        tables: region.querySelectorAll('table, [role=grid], [role=treegrid], [role=tree]').length,
        text: region.textContent ?? '',
      })),
    );
    assert.deepEqual(
      live.filter((region) => region.tables > 0),
      [],
      'no table, grid or tree inside a live region',
    );
    // The other live regions are the tables' statuses of actions (Copy, Save…): empty until one is done.
    assert.deepEqual(
      live.filter((region) => region.text !== ''),
      [{ id: 'summary', polite: true, tables: 0, text: await summary(frame) }],
    );
    await audit(frame, 'report');
  });

  it('the reason of a "—" cell: Tab into the tree grid, ↓ to the group, → into its cells; its description, shown beside it', async () => {
    const ui = workbench();
    // Tab from the last column's sort button enters the grid at its tab stop, the first group.
    await frame.locator('table.report-grid thead th button').last().focus();
    await ui.page.keyboard.press('Tab');
    assert.deepEqual(await focused(frame), {
      tag: 'tr',
      text: '',
      label: '',
      group: 'Lead Gen - Webinar',
    });
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await ui.page.keyboard.press(key);
    assert.equal((await focused(frame)).group, '2024-02', "Retargeting's February");
    // → into the row's cells: its label, CTR, CPC, then CPL, which has no value (no leads).
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await ui.page.keyboard.press(key);
    assert.deepEqual(await focused(frame), { tag: 'td', text: '—', label: 'No value', group: '2024-02' });

    // What Chromium gives a screen reader for the focused cell.
    assert.deepEqual(await focusedAxNode(frame), { role: 'gridcell', name: 'No value', description: NO_LEADS });
    // Playwright's own reading of the accessibility tree agrees.
    const cell = frame.getByRole('gridcell', { name: 'No value', description: NO_LEADS, exact: true });
    assert.equal(await cell.count(), 1);
    assert.equal(await cell.evaluate((td) => td === document.activeElement), true);
    // The row reads "No value" where it shows '—', and that cell is a gridcell of that name.
    const snapshot = await frame.locator('table.report-grid').ariaSnapshot();
    assert.match(
      snapshot,
      /- row "2024-02 2\.00% \$0\.75 No value \$15\.00 [^"]*" \[level=2\]:\n(?: +- gridcell "[^"]*"\n){3} +- gridcell "No value": —\n/,
      snapshot,
    );

    // Seen, not only heard: the reason beside the cell while it has focus, with no mouse on it.
    await ui.page.mouse.move(5, 5);
    const tip = frame.locator('.reason-tip');
    await tip.waitFor({ state: 'visible' });
    assert.equal(await tip.textContent(), NO_LEADS);
    const cellBox = await cell.boundingBox();
    const tipBox = await tip.boundingBox();
    assert.ok(cellBox && tipBox, 'both are laid out');
    assert.ok(
      Math.abs(tipBox.y - (cellBox.y + cellBox.height)) <= 8,
      `below the cell: ${JSON.stringify({ cellBox, tipBox })}`,
    );
    await ui.screenshot('results-a11y-focus-reason');
    await audit(frame, 'report, a reason shown');

    // One tab stop: Shift+Tab leaves the grid, Tab returns to the same cell.
    await ui.page.keyboard.press('Shift+Tab');
    assert.equal((await focused(frame)).tag, 'button');
    assert.equal(await tip.isVisible(), false, 'the reason goes with the focus');
    await ui.page.keyboard.press('Tab');
    assert.deepEqual(await focused(frame), { tag: 'td', text: '—', label: 'No value', group: '2024-02' });
    // ↓ to March's CPL, which has a value; ← from the first cell back to the row.
    await ui.page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(frame), { tag: 'td', text: '$24.00', label: '', group: '2024-03' });
    for (const key of ['Home', 'ArrowLeft']) await ui.page.keyboard.press(key);
    assert.deepEqual(await focused(frame), { tag: 'tr', text: '', label: '', group: '2024-03' });
  });

  it('the summary says a sort and a filter once each; opening and closing groups say nothing', async () => {
    const ui = workbench();
    // Each text the live region is given, as a screen reader would be told it.
    await frame.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(document.getElementById('summary')?.textContent ?? '')).observe(
        document.getElementById('summary')!,
        { childList: true, characterData: true, subtree: true },
      );
    });
    const said = () => frame.evaluate(() => (window as unknown as { said: string[] }).said);

    // Closing and opening Retargeting (Enter, Enter) changes no meaning.
    await ui.page.keyboard.press('ArrowUp');
    await ui.page.keyboard.press('ArrowUp');
    await ui.page.keyboard.press('Enter');
    await ui.page.keyboard.press('Enter');
    const cpl = frame.locator('table.report-grid th', { hasText: /^CPL/ }).first().locator('button');
    await cpl.focus();
    await ui.page.keyboard.press('Enter');
    await frame.waitForFunction(() =>
      /sorted by CPL, descending/.test(document.getElementById('summary')?.textContent ?? ''),
    );
    await frame.locator('input[type=search]').focus();
    await ui.page.keyboard.type('2024-03');
    await frame.waitForFunction(() => /match “2024-03”/.test(document.getElementById('summary')?.textContent ?? ''));
    await ui.page.waitForTimeout(1000);
    const texts = await said();
    assert.equal(texts.length, 2, JSON.stringify(texts));
    assert.match(texts[0]!, /, 6 groups, sorted by CPL, descending; /);
    assert.match(texts[1]!, /, 2 of 6 groups match “2024-03”, sorted by CPL, descending; /);
    await ui.screenshot('results-a11y-filtered');
    await audit(frame, 'report, sorted and filtered');
    await frame.locator('input[type=search]').fill('');
  });

  it('a flat table: one tab stop, the arrow keys to the "—" cell, its reason as its description', async () => {
    const ui = workbench();
    await ui.runCommand('Marketing Metrics: Break Down by…');
    await workbench().answerPicker('no breakdown', 'No breakdown', ['ArrowDown', 'Space', 'Enter']);
    const flat = await ui.findFrame('table[role=grid]');
    await flat.waitForFunction(() =>
      /: 5 KPIs over 7 rows; /.test(document.getElementById('summary')?.textContent ?? ''),
    );
    await flat.locator('table[role=grid] thead').scrollIntoViewIfNeeded();
    // The first cell is the table's tab stop; the third row is Retargeting's February, whose CPL has no value.
    await flat.locator('table[role=grid] tbody td[tabindex="0"]').focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight'])
      await ui.page.keyboard.press(key);
    assert.deepEqual(await focusedAxNode(flat), { role: 'gridcell', name: 'No value', description: NO_LEADS });
    await ui.page.mouse.move(5, 5);
    await flat.locator('.reason-tip').waitFor({ state: 'visible' });
    await ui.screenshot('results-a11y-flat-focus-reason');
    await audit(flat, 'flat table');
    // Focus back on the editor, out of the view, for the scenarios after this one.
    await ui.page.locator('.monaco-editor').first().click();
  });
});
