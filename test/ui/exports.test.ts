// A platform export as a person evaluates it: the Meta Ads Manager sample selected, Evaluate
// Selection, the results view's "What was read" header (each column and what it was read as),
// the export's CTR (all) that disagrees with ours in one row, and "Use as…" on the column the
// extension cannot know, answered in the QuickPick and shown at once.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { workbench } from './setup';

describe('a platform export in the results view', () => {
  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  const readLines = (frame: Frame) =>
    frame.$$eval('table.read-lines tr', (rows) =>
      rows.map((r) => ({
        name: r.querySelector('th')?.textContent ?? '',
        meaning: r.querySelector('td.meaning')?.textContent ?? '',
        useAs: r.querySelector('button') !== null,
      })),
    );

  it('shows what was read, the disagreeing CTR (all) and Use as… on the unknown column', async () => {
    const ui = workbench();
    await ui.waitForActivityBarItem('Marketing Metrics');
    await ui.openAndSelectAll('meta-ads-campaigns.csv');
    await ui.runCommand('Marketing Metrics: Evaluate Selection');
    const frame = await ui.findFrame('details.read[open]');
    const lines = await readLines(frame);
    const line = (name: string) => lines.find((l) => l.name === name);
    assert.match(line('Amount spent (USD)')?.meaning ?? '', /^Cost \(money, USD\)/);
    assert.match(line('Link clicks')?.meaning ?? '', /^Clicks \(count\)/);
    assert.match(line('Campaign name')?.meaning ?? '', /^dimension: campaign/);
    assert.match(line('CTR (all)')?.meaning ?? '', /the export's own CTR — all clicks/);
    assert.match(line('Landing page views')?.meaning ?? '', /^not used: no quantity of that name/);
    assert.equal(line('Landing page views')?.useAs, true);
    const notes = await frame.$$eval('ul.notes li', (items) => items.map((i) => i.textContent ?? ''));
    assert.ok(
      notes.some((n) => /^'CTR \(all\)' differs from ours/.test(n)),
      JSON.stringify(notes),
    );
    const problemCells = await frame.$$eval('td.problem', (cells) => cells.map((c) => c.getAttribute('title') ?? ''));
    assert.ok(
      problemCells.some((t) => /The export says 2\.45%; ours \(allClicks \/ impressions\) is 2\.20%/.test(t)),
      JSON.stringify(problemCells),
    );
    const headers = await frame.$$eval('thead th', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.ok(headers.includes('CPC') && headers.includes('ROAS'), JSON.stringify(headers));
    await ui.page.mouse.move(700, 870);
    await ui.screenshot('export-what-was-read');
    // The disagreement note under the table.
    await frame.locator('ul.notes').scrollIntoViewIfNeeded();
    await ui.screenshot('export-disagreement-note');
  });

  it('Use as… on "Landing page views": the QuickPick of quantities, then the table read with it', async () => {
    const ui = workbench();
    const frame = await ui.findFrame('details.read[open]');
    await frame.locator('details.read').scrollIntoViewIfNeeded();
    await frame.click('button[aria-label="Use as… (column Landing page views)"]');
    const input = ui.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill('sessions');
    await ui.quickInputRows().filter({ hasText: 'Sessions' }).first().waitFor({ state: 'visible' });
    await ui.screenshot('export-use-as-pick');
    await ui.page.keyboard.press('Enter');
    await frame.waitForFunction(() =>
      Array.from(document.querySelectorAll('table.read-lines tr')).some(
        (r) =>
          r.querySelector('th')?.textContent === 'Landing page views' &&
          /^Sessions \(count\)/.test(r.querySelector('td.meaning')?.textContent ?? ''),
      ),
    );
    const line = (await readLines(frame)).find((l) => l.name === 'Landing page views');
    assert.match(line?.meaning ?? '', /your mapping/);
    const headers = await frame.$$eval('thead th', (cells) => cells.map((c) => c.textContent ?? ''));
    assert.ok(headers.includes('CVR'), `sessions give the conversion rate: ${JSON.stringify(headers)}`);
    await ui.page.mouse.move(700, 870);
    await ui.screenshot('export-use-as-done');
  });
});
