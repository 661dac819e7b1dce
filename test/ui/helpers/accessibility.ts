// What assistive technology gets from a webview: axe-core's audit of its document, and
// Chromium's own accessibility tree (over the DevTools protocol) for the element with focus.
import * as fs from 'node:fs';
import type { CDPSession, Frame } from 'playwright-core';
import type { AxeResults } from 'axe-core';

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface Violation {
  readonly id: string;
  readonly impact: Impact | 'unknown';
  readonly help: string;
  /** The first nodes' selectors and what is wrong with them. */
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core in the frame's document (WCAG 2.x A/AA and best practices). The webview's CSP
 * would refuse a script tag without its nonce; code evaluated through the DevTools protocol,
 * as Playwright's evaluate does, is not subject to it.
 */
export async function runAxe(frame: Frame): Promise<Violation[]> {
  const injected = await frame.evaluate(() => 'axe' in window);
  if (!injected) await frame.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    return JSON.stringify(await axe.run(document, { resultTypes: ['violations'] }));
  });
  const { violations } = JSON.parse(results) as AxeResults;
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
  }));
}

/** Violations counted by impact, all four named (0 where none). */
export function countByImpact(violations: readonly Violation[]): Record<Impact | 'unknown', number> {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0, unknown: 0 };
  for (const v of violations) counts[v.impact]++;
  return counts;
}

export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
}

/**
 * The node of Chromium's accessibility tree that has focus in `frame`: its role, its
 * accessible name and description as a screen reader is given them.
 */
export async function focusedAxNode(frame: Frame): Promise<AxNode | undefined> {
  const page = frame.page();
  // A frame of another origin runs in its own process, with a session of its own; that
  // session's tree may hold other frames too, so the frame is named by its id either way.
  const session: CDPSession = await page
    .context()
    .newCDPSession(frame)
    .catch(() => page.context().newCDPSession(page));
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const place = { url: frame.url(), parentUrl: frame.parentFrame()?.url() };
    const frameId = frameIdOf(frameTree, place);
    if (frameId === undefined) throw new Error(`the protocol lists no frame like ${JSON.stringify(place)}`);
    const { nodes } = await session.send('Accessibility.getFullAXTree', { frameId });
    // The document is focused too (its root web area): the element is the other one.
    const focused = nodes.find(
      (n) =>
        !n.ignored &&
        n.role?.value !== 'RootWebArea' &&
        n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    if (!focused) return undefined;
    const text = (value: { value?: unknown } | undefined) => (typeof value?.value === 'string' ? value.value : '');
    return { role: text(focused.role), name: text(focused.name), description: text(focused.description) };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

interface FrameTree {
  readonly frame: { readonly id: string; readonly url: string };
  readonly childFrames?: readonly FrameTree[];
}

/** Where a frame is: its URL and its parent's. */
interface FramePlace {
  readonly url: string;
  readonly parentUrl: string | undefined;
}

/**
 * The protocol's id of a frame. A webview's inner frame is written into after it loads, so the
 * protocol may still give it its first URL (and another name): it is then its parent's one
 * child frame, the parent being found by its URL, which does not change.
 */
function frameIdOf(tree: FrameTree, place: FramePlace): string | undefined {
  if (tree.frame.url === place.url) return tree.frame.id;
  const children = tree.childFrames ?? [];
  if (tree.frame.url === place.parentUrl && children.length === 1) return children[0]!.frame.id;
  for (const child of children) {
    const id = frameIdOf(child, place);
    if (id !== undefined) return id;
  }
  return undefined;
}
