import * as vscode from 'vscode';

/** Runs `body` with some marketingMetrics.* settings changed, then puts them back. */
export async function withSettings(
  values: Readonly<Record<string, unknown>>,
  body: () => Promise<void>,
): Promise<void> {
  const section = vscode.workspace.getConfiguration('marketingMetrics');
  const previous = Object.keys(values).map((key) => [key, section.inspect(key)?.globalValue] as const);
  try {
    for (const [key, value] of Object.entries(values))
      await section.update(key, value, vscode.ConfigurationTarget.Global);
    await settled();
    await body();
  } finally {
    for (const [key, value] of previous) await section.update(key, value, vscode.ConfigurationTarget.Global);
    await settled();
  }
}

/** Configuration events reach the extension a moment after update() resolves. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}
