// The extension in a German VS Code (npm run test:ui:de, MMX_LOCALE=de): the calculator and a
// results view speak German and write numbers as German users do, 1.234,5. The workbench's own
// words stay English (scripts/vscode/server.ts: no language pack can be fetched here); the
// extension's come from package.nls.de.json and l10n/bundle.l10n.de.json. In any other run
// these scenarios are not registered: their German words would not be on the screen.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { workbench } from './setup';

/** Waits until the element shows the text, or fails saying what it shows. */
async function waitForText(frame: Frame, selector: string, want: string | RegExp, timeout = 10_000): Promise<void> {
  const pattern = typeof want === 'string' ? `^${want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : want.source;
  try {
    await frame.waitForFunction(
      ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
      [selector, pattern] as const,
      { timeout },
    );
  } catch {
    const shown = await frame.$eval(selector, (n) => n.textContent).catch(() => '(missing)');
    assert.fail(`${selector} shows ${JSON.stringify(shown)}, expected ${String(want)}`);
  }
}

const texts = (frame: Frame, selector: string) =>
  frame.$$eval(selector, (nodes) => nodes.map((n) => (n.textContent ?? '').trim()));

if (process.env.MMX_LOCALE === 'de') {
  describe('Marketing Metrics in German', () => {
    after(async () => {
      const ui = workbench();
      await ui.dismiss();
      await ui.runCommand('View: Close All Editors').catch(() => undefined);
    });

    it('opens the calculator in German, with German numbers', async () => {
      const ui = workbench();
      await ui.runCommand('Marketing-Kennzahlen: Rechner öffnen');
      const frame = await ui.findFrame('#metric-picker');
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
      assert.deepEqual(await texts(frame, '.tabs .tab'), ['Rechner', 'Alle berechnen']);
      assert.equal(await frame.$eval('label[for="metric-picker"]', (n) => n.textContent), 'Kennzahl');
      assert.deepEqual(await texts(frame, '.calc .actions button'), [
        'Beispiel laden',
        'Ergebnis kopieren',
        'An Cursorposition einfügen',
        'Felder leeren',
      ]);
      assert.equal(await frame.$eval('.solve-for legend', (n) => n.textContent), 'Auflösen nach');
      // CTR's example: its clicks and impressions typed in, the result written the German way.
      await frame.click('#load-example');
      await waitForText(frame, '#result-value', /^\d+,\d{2}\s%$/);
      await waitForText(frame, '#notice', /^Beispiel: /);
      await ui.screenshot('calculator-german');

      await frame.click('#tab-all');
      await waitForText(frame, '#all-summary', 'Zahlen werden gelesen, wie de sie schreibt (1.234,5).');
      assert.equal(await frame.$eval('label[for="all-input"]', (n) => n.textContent), 'Ihre Größen');
      // German names and numbers as a German export writes them.
      await frame.fill('#all-input', 'Kosten: 1.234,5\nKlicks: 10');
      await waitForText(frame, '#all-summary', /aus diesen Größen:$/);
      assert.deepEqual(await texts(frame, '#all-results thead th'), ['Kennzahl', 'Wert', 'Formel']);
      const values = await texts(frame, '#all-results td.value');
      assert.ok(values.includes('123,45\u00a0$'), `CPC is 1.234,5 / 10 in German numbers: ${JSON.stringify(values)}`);
      assert.deepEqual(await texts(frame, '.read-as h3'), ['Gelesen als']);
      await ui.screenshot('calculator-compute-all-german');
    });

    it('shows a results view in German, with German numbers', async () => {
      const ui = workbench();
      await ui.runCommand('View: Close All Editors');
      await ui.openAndSelectAll('campaigns.json');
      await ui.runCommand('Marketing-Kennzahlen: Auswahl auswerten');
      const frame = await ui.findFrame('tr.total');
      // The table's title names the selected lines (src/commands/evaluateSelection.ts).
      const title = await frame.$eval('section.result h2', (n) => n.textContent ?? '');
      assert.match(title, /^campaigns\.json, Zeilen 1–\d+$/);
      const total = await frame.$$eval('tr.total td', (cells) => cells.map((c) => c.textContent ?? ''));
      assert.ok(total.includes('1,19\u00a0%'), `TOTAL CTR in German: ${JSON.stringify(total)}`);
      assert.ok(
        total.some((cell) => /^\d{1,3}(\.\d{3})+(,\d+)?(\u00a0\$)?$/.test(cell)),
        `totals grouped with dots: ${JSON.stringify(total)}`,
      );
      await ui.page.mouse.move(700, 870);
      await ui.screenshot('results-german');
    });
  });
}
