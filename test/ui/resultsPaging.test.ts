// A table larger than a page: the results view shows one page of rows with the TOTAL row, and
// the pager fetches any other page from the extension (src/webview/results/pager.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { workbench } from './setup';

const ROWS = 1200;
/**
 * Written into the opened folder (MMX_WORKSPACE: the runner's copy of samples/) when mocha
 * loads this file, before the browser opens the workbench: Quick Open lists the folder's files
 * once and would not find a file added later. Removed after the test, or when the run ends if
 * the test was filtered out.
 */
const FILE = path.join(process.env.MMX_WORKSPACE ?? path.join(__dirname, '..', '..', 'samples'), 'ui-paging-1200.csv');
writeTable();
process.once('exit', () => fs.rmSync(FILE, { force: true }));

function writeTable(): void {
  const lines = ['campaign,clicks,impressions'];
  for (let i = 1; i <= ROWS; i++) lines.push(`Campaign ${i},${i},${i * 100}`);
  fs.writeFileSync(FILE, `${lines.join('\n')}\n`);
}

describe('the results view pages through a large table', () => {
  after(async () => {
    fs.rmSync(FILE, { force: true });
    await workbench()
      .runCommand('View: Close All Editors')
      .catch(() => undefined);
  });

  it('shows rows 1–500 with TOTAL, goes to the next page and to any row, TOTAL kept', async () => {
    const ui = workbench();
    await ui.openAndSelectAll(path.basename(FILE));
    await ui.runCommand('Marketing Metrics: Evaluate Selection');

    const frame: Frame = await ui.findFrame('nav.pager');
    const range = () => frame.$eval('nav.pager .range', (span) => span.textContent ?? '');
    const firstLabel = () => frame.$eval('.scroll tbody tr:not(.total) td', (td) => td.textContent ?? '');
    const bodyRows = () => frame.$$eval('.scroll tbody tr:not(.total)', (rows) => rows.length);
    const total = () => frame.$$eval('tr.total td', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.equal(await range(), 'Rows 1–500 of 1,200');
    assert.equal(await bodyRows(), 500);
    assert.equal((await total())[0], 'TOTAL');

    await frame.click('nav.pager button[aria-label="Next rows"]');
    await frame.waitForFunction(
      () => document.querySelector('nav.pager .range')?.textContent === 'Rows 501–1,000 of 1,200',
    );
    assert.equal(await firstLabel(), 'Campaign 501');
    assert.equal((await total())[0], 'TOTAL', 'TOTAL stays under every page');

    await frame.fill('form.goto input', '1150');
    await frame.click('form.goto button');
    await frame.waitForFunction(
      () => document.querySelector('nav.pager .range')?.textContent === 'Rows 1,001–1,200 of 1,200',
    );
    assert.equal(await firstLabel(), 'Campaign 1001');
    assert.equal(await bodyRows(), 200);
    assert.equal(
      await frame.$eval('nav.pager button[aria-label="Next rows"]', (b) => (b as HTMLButtonElement).disabled),
      true,
    );
    // The row asked for is marked and scrolled into the view.
    assert.equal(await frame.$eval('tr.wanted td', (td) => td.textContent ?? ''), 'Campaign 1150');
    assert.ok(
      await frame.$eval('tr.wanted', (tr) => {
        const box = tr.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
      'row 1,150 is in view',
    );
    await ui.screenshot('results-paging-last-page');
  });
});
