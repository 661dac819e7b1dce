// What the integration tests share: the extension under test and its manifest, as shipped.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'marketing-metrics.marketing-metrics-explorer';

export interface Contributes {
  commands?: ReadonlyArray<{ command: string; title: string; category?: string }>;
  viewsContainers?: { activitybar?: ReadonlyArray<{ id: string; title: string; icon: string }> };
  views?: Readonly<Record<string, ReadonlyArray<{ id: string; name: string }>>>;
}

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed`);
  return found;
}

export async function activated(): Promise<vscode.Extension<unknown>> {
  const ext = extension();
  await ext.activate();
  return ext;
}

/** `contributes` of the package.json that shipped in the .vsix (not the one in the checkout). */
export function contributes(): Contributes {
  const manifest = extension().packageJSON as { contributes?: Contributes };
  return manifest.contributes ?? {};
}
