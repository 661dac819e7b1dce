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
    print({
      figure: 'activation',
      note: `already active when the suite started; open documents: ${open.join(', ') || 'none'}`,
    });
  } else {
    const start = now();
    await extension.activate();
    print({ figure: 'activation', ms: now() - start, ...hostMarks(EXTENSION_ID) });
  }
  print({ figure: 'bundleLoad', ...bundleLoad(extension.extensionPath), loads: LOADS });
  return extension;
}

/**
 * The part of activation that is the bundle's own: read, compile and run dist/extension.js in
 * this host, from a fresh copy each time (the loaded one is cached by require). Each load is
 * paired with that of a fresh file holding only `require('vscode')`: in the extension host that
 * require goes through VS Code's module interceptor, which every extension pays for alike.
 * Medians; `ownMs` is the median of the pairs' differences.
 */
function bundleLoad(extensionPath: string): { ms: number; vscodeOnlyMs: number; ownMs: number } {
  const bundle = fs.readFileSync(path.join(extensionPath, 'dist', 'extension.js'));
  const loads: number[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const baseline = timedRequire(`mmx-bench-vscode-only-${process.pid}-${i}.js`, "require('vscode');\n");
    const load = timedRequire(`mmx-bench-extension-${process.pid}-${i}.js`, bundle);
    baselines.push(baseline);
    loads.push(load);
  }
  return {
    ms: quantile(loads, 0.5),
    vscodeOnlyMs: quantile(baselines, 0.5),
    ownMs: quantile(
      loads.map((load, i) => load - baselines[i]!),
      0.5,
    ),
  };
}

function timedRequire(name: string, contents: string | Buffer): number {
  const file = path.join(os.tmpdir(), name);
  fs.writeFileSync(file, contents);
  const start = now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- timing the load of a bundle is the point
  require(file);
  const ms = now() - start;
  fs.rmSync(file, { force: true });
  return ms;
}

/**
 * VS Code's own activation marks (vs/base/common/performance, kept on globalThis in the
 * extension host; millisecond resolution): loading the code, and the activate() call until its
 * result settles. Loading runs alongside the host's own preparation of the extension context.
 */
function hostMarks(id: string): { codeLoadMs?: number; activateCallMs?: number } {
  const marks =
    (
      globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }
    ).MonacoPerformanceMarks?.getMarks() ?? [];
  const at = (name: string) => marks.find((m) => m.name === `code/extHost/${name}/${id}`)?.startTime;
  const between = (from: string, to: string) => {
    const a = at(from);
    const b = at(to);
    return a !== undefined && b !== undefined ? b - a : undefined;
  };
  const codeLoadMs = between('willLoadExtensionCode', 'didLoadExtensionCode');
  const activateCallMs = between('willActivateExtension', 'didActivateExtension');
  return {
    ...(codeLoadMs !== undefined ? { codeLoadMs } : {}),
    ...(activateCallMs !== undefined ? { activateCallMs } : {}),
  };
}
