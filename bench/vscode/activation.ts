// Activation, timed from the extension host. The suite starts before the extension is activated
// (run.ts opens an empty folder, no editor, and the bench's copy of the package declares no
// activation events: see there), so activate() here is the first activation, loading included.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, now, print, quantile } from './figures';

const LOADS = 9;

export async function activation(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  if (extension.isActive) {
    const open = vscode.workspace.textDocuments.map((d) => `${d.languageId}:${d.uri.toString()}`);
    print({ figure: 'activation', note: `already active when the suite started; open documents: ${open.join(', ') || 'none'}` });
  } else {
    const start = now();
    await extension.activate();
    print({ figure: 'activation', ms: now() - start, ...hostMarks(EXTENSION_ID) });
  }
  print({ figure: 'bundleLoad', ms: bundleLoad(extension.extensionPath), loads: LOADS });
  return extension;
}

/**
 * The part of activation that is the bundle's own: read, compile and run dist/extension.js in
 * this host, from a fresh copy each time (the loaded one is cached by require). Median.
 */
function bundleLoad(extensionPath: string): number {
  const bundle = path.join(extensionPath, 'dist', 'extension.js');
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const copy = path.join(os.tmpdir(), `mmx-bench-extension-${process.pid}-${i}.js`);
    fs.copyFileSync(bundle, copy);
    const start = now();
    require(copy);
    loads.push(now() - start);
    fs.rmSync(copy, { force: true });
  }
  return quantile(loads, 0.5);
}

/**
 * VS Code's own activation marks (vs/base/common/performance, kept on globalThis in the
 * extension host; millisecond resolution): loading the code, and the activate() call until its
 * result settles. Loading runs alongside the host's own preparation of the extension context.
 */
function hostMarks(id: string): { codeLoadMs?: number; activateCallMs?: number } {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks?.getMarks() ?? [];
  const at = (name: string) => marks.find((m) => m.name === `code/extHost/${name}/${id}`)?.startTime;
  const between = (from: string, to: string) => {
    const a = at(from);
    const b = at(to);
    return a !== undefined && b !== undefined ? b - a : undefined;
  };
  const codeLoadMs = between('willLoadExtensionCode', 'didLoadExtensionCode');
  const activateCallMs = between('willActivateExtension', 'didActivateExtension');
  return { ...(codeLoadMs !== undefined ? { codeLoadMs } : {}), ...(activateCallMs !== undefined ? { activateCallMs } : {}) };
}
