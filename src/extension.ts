import type * as vscode from 'vscode';

/** The table of contents of the extension: each feature registers its own disposables. */
export function activate(_context: vscode.ExtensionContext): void {
  // Features arrive with their issues (tree, calculator, commands, hover, settings).
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions, which VS Code disposes.
}
