// What the launcher does in the window when the web suite asks (`MMX-STEP <name>`, see
// test/shared/hostLog.ts): the parts of a scenario only a person at the window can do, such as
// typing into a webview, which the extension host cannot reach.
import type { Frame } from 'playwright-core';
import { Workbench } from '../../test/ui/helpers/workbench';

type Step = (ui: Workbench) => Promise<void>;

/** Waits until `selector` shows exactly `text`. */
async function shows(frame: Frame, selector: string, text: string): Promise<void> {
  const exact = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await frame.locator(selector, { hasText: exact }).waitFor({ timeout: 15_000 });
}

export const WEB_STEPS: Readonly<Record<string, Step>> = {
  /** test/web/calculator.test.ts: CTR from 120 clicks and 4,000 impressions, inserted at the cursor. */
  async calculator(ui) {
    const frame = await ui.findFrame('#metric-picker', 30_000);
    await shows(frame, '#metric-title', 'CTR — Click-through rate');
    await frame.check('#s-ctr');
    await frame.fill('#f-clicks', '120');
    await frame.fill('#f-impressions', '4000');
    await shows(frame, '#result-value', '3.00%');
    // Before the insert: the suite waits for it, so until then nothing else changes the window.
    await ui.screenshot('calculator');
    await frame.click('#insert-result');
  },
};
