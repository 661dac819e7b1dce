// A breakdown as a person makes it with the keyboard only: Break Down by… from the command
// palette, a column typed in the QuickPick and Enter; Month checked with ↓ and Space; the report
// table sorted from a focused header with Enter, a group closed with Enter; Compare Periods…;
// and the charts. Screenshots in every theme the suite runs (light, dark, high contrast).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reportGroupLabels } from './helpers/workbench';
import { workbench } from './setup';

const SAMPLE = 'meta-campaigns-by-day.csv';

/** Runs a command from the palette with the keyboard only: its title typed, Enter. */
async function runByKeyboard(title: string): Promise<void> {
  const ui = workbench();
  await ui.page.keyboard.press('Control+Shift+P');
  const input = ui.quickInput().locator('input');
  await input.waitFor({ state: 'visible' });
  await ui.page.keyboard.type(title);
  await ui.quickInputRows().filter({ hasText: title }).first().waitFor({ state: 'visible' });
  await ui.page.keyboard.press('Enter');
}

describe('a breakdown in the results view, by keyboard', () => {
  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    // The breakdown is remembered for the workspace: forget it for the scenarios after this one.
    await runByKeyboard('Marketing Metrics: Break Down by…').catch(() => undefined);
    await workbench()
      .answerPicker('no breakdown', 'No breakdown', ['ArrowDown', 'Space', 'Enter'])
      .catch(() => undefined);
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  it('Break Down by…: "campaign" typed and Enter gives a group per campaign', async () => {
    const ui = workbench();
    await ui.openAndSelectAll(SAMPLE);
    await ui.runCommand('Marketing Metrics: Evaluate Selection');
    await ui.findFrame('section.result');
    await runByKeyboard('Marketing Metrics: Break Down by…');
    await workbench().answerPicker('campaign', 'Campaign name', ['Enter']);
    const frame = await ui.findFrame('table.report-grid');
    assert.deepEqual(await reportGroupLabels(frame), ['Lead Gen - Webinar', 'Retargeting, "Cart" 7d']);
    await ui.screenshot('breakdown-by-campaign');
  });

  it('Month checked with ↓ and Space, then the groups sorted by CPL from a focused header with Enter', async () => {
    const ui = workbench();
    await runByKeyboard('Marketing Metrics: Break Down by…');
    await workbench().answerPicker('month', 'Month', ['ArrowDown', 'Space']);
    await ui.screenshot('breakdown-picker');
    await ui.page.keyboard.press('Enter');
    const frame = await ui.findFrame('table.report-grid tr[aria-level="2"]');
    assert.deepEqual(await reportGroupLabels(frame), [
      'Lead Gen - Webinar',
      '2024-02',
      '2024-03',
      'Retargeting, "Cart" 7d',
      '2024-02',
      '2024-03',
    ]);
    // Sorting by keyboard: focus the CPL header's button, Enter (descending first), Enter again.
    const cpl = frame.locator('table.report-grid th', { hasText: /^CPL/ }).first();
    await cpl.locator('button').focus();
    await ui.page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('table.report-grid th[aria-sort="descending"]') !== null);
    assert.deepEqual(await reportGroupLabels(frame), [
      'Retargeting, "Cart" 7d',
      '2024-03',
      '2024-02',
      'Lead Gen - Webinar',
      '2024-03',
      '2024-02',
    ]);
    await ui.page.keyboard.press('Enter');
    await frame.waitForFunction(() => document.querySelector('table.report-grid th[aria-sort="ascending"]') !== null);
    assert.deepEqual((await reportGroupLabels(frame)).slice(0, 3), ['Lead Gen - Webinar', '2024-02', '2024-03']);
    // A group closed with Enter on its focused row; ↓ moves to the next group.
    const first = frame.locator('table.report-grid tbody tr[data-group]').first();
    await first.focus();
    await ui.page.keyboard.press('Enter');
    await frame.waitForFunction(
      () => document.querySelector('table.report-grid tbody tr[data-group]')?.getAttribute('aria-expanded') === 'false',
    );
    // Ascending by CPL: Retargeting's February has no CPL (no leads), so it comes last.
    assert.deepEqual(await reportGroupLabels(frame), [
      'Lead Gen - Webinar',
      'Retargeting, "Cart" 7d',
      '2024-03',
      '2024-02',
    ]);
    await ui.page.keyboard.press('Enter');
    await ui.screenshot('breakdown-sorted-by-cpl');
  });

  it("Compare Periods…: change columns coloured by the KPI's direction, n/a with its reason in the text; a chart per KPI", async () => {
    const ui = workbench();
    await runByKeyboard('Marketing Metrics: Compare Periods…');
    await workbench().answerPicker('previous period', 'Previous period', ['Enter']);
    const frame = await ui.findFrame('td.change.worse');
    const worse = await frame.$$eval('td.change.worse', (cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
    assert.ok(worse.includes('+9.1 %'), JSON.stringify(worse));
    const na = await frame.$eval('td.change.na', (cell) => cell.textContent ?? '');
    assert.match(na, /^n\/a \(no rows for 2024-01\)$/, 'the reason is in the cell, for screen readers');
    const colours = await frame.$$eval('td.change.better, td.change.worse, td.num:not(.change)', (cells) => [
      ...new Set(cells.map((c) => `${c.className}:${getComputedStyle(c).color}`)),
    ]);
    const better = colours.find((c) => c.includes('better'))?.split(':')[1];
    const bad = colours.find((c) => c.includes('worse'))?.split(':')[1];
    assert.ok(better && bad && better !== bad, JSON.stringify(colours));
    const charts = await frame.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        bars: svg.querySelectorAll('rect.chart-bar').length,
        desc: svg.querySelector('desc')?.textContent ?? '',
      })),
    );
    const cplChart = charts.find((c) => c.title === 'CPL by Campaign name');
    assert.ok(cplChart, JSON.stringify(charts));
    assert.equal(cplChart.bars, 2);
    assert.match(cplChart.desc, /Lead Gen - Webinar \$23\.00/);
    await ui.page.mouse.move(5, 5);
    await ui.screenshot('breakdown-compared');
    await frame.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await ui.screenshot('breakdown-charts');
  });

  it('Save… on the CPL chart, by keyboard: the PNG of the chart as shown, where the save dialog says', async () => {
    const ui = workbench();
    const frame = await ui.findFrame('figure.chart[data-metric="cpl"]');
    await frame.locator('figure.chart[data-metric="cpl"] button', { hasText: 'Save…' }).focus();
    await ui.page.keyboard.press('Enter');
    // In the browser, VS Code's save dialog is its own: a path in a quick input.
    const input = ui.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    const dialogShot = await ui.screenshot('breakdown-chart-save-dialog');
    assert.match(await input.inputValue(), /cpl-chart\.png$/, 'the dialog proposes <metric>-chart.png');
    const target = path.join(path.dirname(dialogShot), 'breakdown-chart-cpl-saved.png');
    fs.rmSync(target, { force: true });
    await input.fill(target);
    await ui.quickInput().getByRole('button', { name: 'OK' }).click();
    await frame.waitForFunction(
      () =>
        document.querySelector('section.result .status')?.textContent?.startsWith('Saved the chart as PNG') === true,
    );
    const png = fs.readFileSync(target);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    // IHDR: width and height, big-endian, at bytes 16 and 20; drawn at twice the size shown.
    const shown = await frame.$eval('figure.chart[data-metric="cpl"] svg', (svg) => svg.getBoundingClientRect().width);
    assert.equal(png.readUInt32BE(16), Math.ceil(shown * 2));
    // The height holds the title above the chart (28 px) and the chart.
    const tall = await frame.$eval('figure.chart[data-metric="cpl"] svg', (svg) => svg.getBoundingClientRect().height);
    assert.equal(png.readUInt32BE(20), Math.ceil((tall + 28) * 2));
    // Focus back on the editor, out of the view, for the scenarios after this one.
    await ui.page.locator('.monaco-editor').first().click();
  });
});
