// What a person does in the VS Code window, as Playwright steps: open the command palette
// and run a command by its title, click an activity-bar icon or a tree item, read the tree,
// find a webview's frame, and keep a screenshot of what they would see.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';

/** The extension's view container: its activity-bar icon's label (package.nls.de.json's in a German run). */
export const EXTENSION_CONTAINER = process.env.MMX_LOCALE === 'de' ? 'Marketing-Kennzahlen' : 'Marketing Metrics';

export interface TreeRow {
  label: string;
  /** 1 for top-level items. */
  level: number;
  /** undefined for leaves. */
  expanded: boolean | undefined;
}

export class Workbench {
  constructor(
    readonly page: Page,
    /** Screenshots go to `<screenshotDir>/<scenario>.png`. */
    readonly screenshotDir: string,
  ) {}

  /** Resolves once the workbench has laid out its parts (not yet every contribution). */
  async waitUntilLoaded(): Promise<void> {
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  }

  activityBarItem(label: string): Locator {
    return this.page.locator('.part.activitybar').getByRole('tab', { name: label });
  }

  /** An extension's icon appears once its contributions are loaded: wait for it before acting. */
  async waitForActivityBarItem(label: string, timeout = 30_000): Promise<void> {
    await this.activityBarItem(label).waitFor({ state: 'visible', timeout });
  }

  /**
   * Shows the view container of that icon. A click on the container already showing would
   * hide the side bar, so the icon is clicked only when its container is not showing.
   */
  async clickActivityBarItem(label: string): Promise<void> {
    await this.waitForActivityBarItem(label);
    const item = this.activityBarItem(label);
    if ((await item.getAttribute('aria-selected')) !== 'true') await item.click();
    await item.and(this.page.locator('[aria-selected="true"]')).waitFor();
  }

  /** Opens the palette (Control+Shift+P), types the title and runs the matching command. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.quickInput().locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = this.quickInputRows().filter({ hasText: title }).first();
    await row.click();
    // The palette closes before the command runs; a quick pick it opens reuses the widget.
    await row.waitFor({ state: 'hidden' });
  }

  /** Opens a file of the workspace through Quick Open (Control+P) and selects all its text; returns its editor. */
  async openAndSelectAll(fileName: string): Promise<Locator> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput().locator('input').fill(fileName);
    await this.quickInputRows().filter({ hasText: fileName }).first().click();
    const editor = this.page.locator('.editor-instance .monaco-editor').first();
    await editor.waitFor({ state: 'visible' });
    await editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+A');
    return editor;
  }

  quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  quickInputRows(): Locator {
    return this.quickInput().locator('.monaco-list-row');
  }

  /** Types into the open QuickPick once it shows the item, then presses the keys. */
  async answerPicker(typed: string, item: string, keys: readonly string[]): Promise<void> {
    await this.quickInputRows().filter({ hasText: item }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.type(typed);
    await this.quickInputRows().filter({ hasText: item }).first().waitFor({ state: 'visible' });
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The labels of the open quick pick's items, as listed. */
  async quickPickLabels(): Promise<string[]> {
    await this.quickInputRows().first().waitFor({ state: 'visible' });
    return this.quickInputRows().locator('.label-name').allInnerTexts();
  }

  treeRows(): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]');
  }

  treeItem(label: string): Locator {
    // The whole label, exactly: 'Custom' must not find 'Brand and customer'.
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.treeRows()
      .filter({ has: this.page.locator('.label-name', { hasText: exact }) })
      .first();
  }

  /** The rows of the side bar's trees, top to bottom, as the user reads them. */
  async readTree(): Promise<TreeRow[]> {
    return this.treeRows().evaluateAll((rows) =>
      rows.map((row) => {
        const expanded = row.getAttribute('aria-expanded');
        return {
          label: (row.querySelector('.label-name')?.textContent ?? row.getAttribute('aria-label') ?? '').trim(),
          level: Number(row.getAttribute('aria-level') ?? '1'),
          expanded: expanded === null ? undefined : expanded === 'true',
        };
      }),
    );
  }

  /** Expands a tree item unless it is expanded already (a click would collapse it). */
  async expandTreeItem(label: string): Promise<void> {
    const item = this.treeItem(label);
    await item.waitFor({ state: 'visible' });
    if ((await item.getAttribute('aria-expanded')) === 'false') await item.locator('.monaco-tl-twistie').click();
    await item.and(this.page.locator('[aria-expanded="true"]')).waitFor();
  }

  /** Clicks a tree item: selects it, and toggles a collapsible one (VS Code's single-click mode). */
  async clickTreeItem(label: string): Promise<void> {
    const item = this.treeItem(label);
    await item.waitFor({ state: 'visible' });
    await item.click();
  }

  /**
   * The frame that contains `selector`. A webview is an iframe inside an iframe, created when
   * the panel opens, so the frames are searched again until one matches.
   */
  async findFrame(selector: string, timeout = 20_000): Promise<Frame> {
    const deadline = Date.now() + timeout;
    for (;;) {
      for (const frame of this.page.frames()) {
        const found = await frame.$(selector).catch(() => null); // a frame may detach meanwhile
        if (found) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no frame contains ${selector} after ${timeout} ms`);
      await this.page.waitForTimeout(250);
    }
  }

  /** Saves `<screenshotDir>/<scenario>.png` and returns its path. */
  async screenshot(scenario: string): Promise<string> {
    const file = path.join(this.screenshotDir, `${scenario}.png`);
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes whatever quick input or menu is open. */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}

/** The group labels of the results view's report grid, top to bottom, without their twisties. */
export function reportGroupLabels(frame: Frame): Promise<string[]> {
  return frame.$$eval('table.report-grid tbody tr[data-group] td.group', (cells) =>
    cells.map((c) => (c.textContent ?? '').replace(/^[▸▾]/, '')),
  );
}
