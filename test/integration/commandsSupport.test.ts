// Shared by the commands*.test.ts suites: open a document, select text in it, run a command
// and read its Outcome. (A .test.ts name so it sits with the suites that own it; it declares
// no tests itself.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Outcome } from '../../src/commands/outcome';

export type { Outcome };

export async function openEditor(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  let document = await vscode.workspace.openTextDocument({ content, language });
  // Twice in full CI runs the new document held an earlier test's text ("CTR: \nend"): an
  // untitled document that test closed was still known to this host under the name the new one
  // got (Untitled-1), and came back instead. Wait until the host has closed it, then ask again.
  if (document.getText() !== content && document.isUntitled) {
    const stale = document;
    await until(() => stale.isClosed, `${stale.uri.toString()} from an earlier test never closed`);
    document = await vscode.workspace.openTextDocument({ content, language });
  }
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  // Wait for the content a moment, and say what the document held if it never does.
  for (let tries = 0; tries < 20 && editor.document.getText() !== content; tries++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(
    editor.document.getText(),
    content,
    `the new ${language} document holds ${JSON.stringify(editor.document.getText().slice(0, 200))}`,
  );
  return editor;
}

/** Selects each needle (in order, each found after the previous one): a multi-cursor. */
export function selectTexts(editor: vscode.TextEditor, ...needles: string[]): void {
  const text = editor.document.getText();
  let from = 0;
  editor.selections = needles.map((needle) => {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, `${JSON.stringify(needle)} is not in the document`);
    from = start + needle.length;
    return new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(from));
  });
}

export function selectAll(editor: vscode.TextEditor): void {
  const document = editor.document;
  editor.selection = new vscode.Selection(new vscode.Position(0, 0), document.positionAt(document.getText().length));
}

export function cursorAt(editor: vscode.TextEditor, ...offsets: number[]): void {
  editor.selections = offsets.map((offset) => {
    const position = editor.document.positionAt(offset);
    return new vscode.Selection(position, position);
  });
}

export async function run(command: string, ...args: unknown[]): Promise<Outcome> {
  const outcome = await vscode.commands.executeCommand<Outcome>(command, ...args);
  assert.ok(
    outcome && typeof outcome === 'object' && 'status' in outcome,
    `${command} returned ${JSON.stringify(outcome)}`,
  );
  return outcome;
}

/** One undo in the editor, the way a person presses Ctrl+Z. */
export async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand('undo');
}

export function done(outcome: Outcome): Extract<Outcome, { status: 'done' }> {
  assert.equal(outcome.status, 'done', JSON.stringify(outcome));
  return outcome as Extract<Outcome, { status: 'done' }>;
}

export function failedWith(outcome: Outcome, pattern: RegExp): void {
  assert.equal(outcome.status, 'failed', JSON.stringify(outcome));
  assert.match((outcome as { message: string }).message, pattern);
}

/** The text of a sample file, for an untitled copy the tests may edit. */
export async function sample(name: string): Promise<string> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples folder is not open');
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, name)));
}

export function resultsTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('marketingMetrics.results'),
    );
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls until `condition` holds; fails with `failure` (a function when it should describe the
 * state at the time) once `timeoutMs` have passed.
 */
export async function until(
  condition: () => boolean,
  failure: string | (() => string),
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(typeof failure === 'string' ? failure : failure());
    await delay(50);
  }
}
