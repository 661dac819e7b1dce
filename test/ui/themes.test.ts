// What a theme can hide (issue 15, items 4 and 5), checked in every theme the UI suite runs
// (light, dark, high contrast): the calculator's formula line is readable, and a hover's
// cautions wrap inside the hover, each ⚠ on the line of its text.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { theme, workbench } from './setup';

/**
 * WCAG contrast of the element's text on the first background behind it that is not
 * transparent. (No named functions inside the page function: the test build names them with a
 * helper the page does not have.)
 */
async function contrastOf(
  frame: Frame,
  selector: string,
): Promise<{ ratio: number; color: string; background: string }> {
  const colors = await frame.$eval(selector, (node) => {
    // Backgrounds from the element outwards; the page's own is the editor background's variable.
    const layers: string[] = [];
    for (let at: Element | null = node; at; at = at.parentElement) {
      const value = getComputedStyle(at).backgroundColor;
      if (value !== 'transparent' && !/,\s*0\)$/.test(value)) layers.push(value);
      if (/^rgb\(/.test(value)) break;
    }
    const page = getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim();
    return { color: getComputedStyle(node).color, layers, page };
  });
  const background = composite([
    ...colors.layers,
    ...(colors.layers.some((l) => l.startsWith('rgb(')) ? [] : [rgbOf(colors.page)]),
  ]);
  const [hi, lo] = [luminance(parse(colors.color)), luminance(background)].sort((a, b) => b - a) as [number, number];
  return {
    ratio: (hi + 0.05) / (lo + 0.05),
    color: colors.color,
    background: `rgb(${background.map(Math.round).join(', ')})`,
  };
}

/** rgb(a) text as [r, g, b, a]. */
function parse(css: string): number[] {
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** A #rrggbb variable as rgb(). */
function rgbOf(hex: string): string {
  const value = /^#([0-9a-f]{6})/i.exec(hex)?.[1] ?? 'ffffff';
  return `rgb(${[0, 2, 4].map((i) => Number.parseInt(value.slice(i, i + 2), 16)).join(', ')})`;
}

/** Layers from the front one back: each translucent one laid over what is behind it. */
function composite(layers: readonly string[]): number[] {
  let result = parse(layers[layers.length - 1] ?? 'rgb(255, 255, 255)');
  for (let i = layers.length - 2; i >= 0; i--) {
    const [r = 0, g = 0, b = 0, a = 1] = parse(layers[i]!);
    result = [r * a + result[0]! * (1 - a), g * a + result[1]! * (1 - a), b * a + result[2]! * (1 - a), 1];
  }
  return result;
}

function luminance([r = 0, g = 0, b = 0]: readonly number[]): number {
  const [lr = 0, lg = 0, lb = 0] = [r, g, b]
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

describe(`what the ${theme} theme shows`, () => {
  after(async () => {
    const ui = workbench();
    await ui.dismiss();
    await ui.runCommand('View: Close All Editors').catch(() => undefined);
  });

  it("the calculator's formula line is readable: contrast of at least 4.5:1", async () => {
    const ui = workbench();
    await ui.runCommand('Marketing Metrics: Open Calculator');
    const frame = await ui.findFrame('#formula');
    await frame.waitForFunction(() => (document.querySelector('#formula')?.textContent ?? '').length > 0);
    const contrast = await contrastOf(frame, '#formula');
    assert.ok(
      contrast.ratio >= 4.5,
      `#formula: ${contrast.color} on ${contrast.background} is ${contrast.ratio.toFixed(2)}:1`,
    );
    await ui.screenshot('calculator-formula');
  });

  it("a hover's cautions wrap inside it, each ⚠ on the line of its text", async () => {
    const ui = workbench();
    await ui.runCommand('File: New Untitled Text File');
    await ui.page.locator('.monaco-editor textarea').first().waitFor({ state: 'attached' });
    await ui.page.keyboard.type('CTR');
    await ui.page.locator('.monaco-editor .view-line span', { hasText: 'CTR' }).last().hover();
    const hover = ui.page.locator('.monaco-hover-content').filter({ hasText: '⚠' });
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const layout = await hover.evaluate((content) => {
      const scroller = content.closest('.monaco-scrollable-element') ?? content;
      const items = Array.from(content.querySelectorAll('li')).filter((li) => (li.textContent ?? '').startsWith('⚠'));
      const alone = items.filter((li) => {
        const text = li.firstChild?.nodeType === Node.TEXT_NODE ? li.firstChild : li.querySelector('p')?.firstChild;
        if (!text || !text.textContent || text.textContent.length < 3) return true;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const mark = range.getBoundingClientRect().top;
        range.setStart(text, 2);
        range.setEnd(text, 3);
        return Math.abs(range.getBoundingClientRect().top - mark) > 2;
      });
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        cautions: items.length,
        alone: alone.length,
      };
    });
    assert.ok(layout.cautions > 0, JSON.stringify(layout));
    assert.ok(
      layout.scrollWidth <= layout.clientWidth + 1,
      `the hover's content is ${layout.scrollWidth} px wide in ${layout.clientWidth} px: ${JSON.stringify(layout)}`,
    );
    assert.equal(layout.alone, 0, `a ⚠ stands alone on its line: ${JSON.stringify(layout)}`);
    await ui.screenshot('hover-cautions');
    await ui.page.keyboard.press('Escape');
    await ui.runCommand('View: Revert and Close Editor');
  });
});
