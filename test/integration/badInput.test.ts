import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BAD_INPUT_CASES } from '../shared/badInputCases';
import { run, selectAll, until } from './commandsSupport.test';

/**
 * The bad-input matrix of the unit tests, run through Evaluate Selection the way a user runs
 * it: a failure edits nothing and says what is wrong, naming the input; a partly usable
 * selection is evaluated and its problems are written where the user reads the results (or,
 * when not one KPI follows from it, refused with the same message).
 */
describe('bad input through Evaluate Selection', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  BAD_INPUT_CASES.forEach((testCase, index) => {
    it(testCase.name, async () => {
      const editor = await openCase(testCase.text, index);
      if (testCase.text.trim() !== '') selectAll(editor);
      else editor.selection = new vscode.Selection(0, 0, 0, testCase.text.length);
      const before = editor.document.getText();
      await activeIs(editor.document);
      await vscode.env.clipboard.writeText('');
      const outcome = await run('marketingMetrics.evaluateSelection', {
        table: { format: 'markdown', to: 'clipboard' },
      });
      const message = testCase.commandMessage ?? testCase.message;
      if (outcome.status === 'failed') {
        // A partly usable selection from which no KPI at all follows is refused too, naming the input.
        assert.match(outcome.message, message);
        assert.equal(editor.document.getText(), before, 'a failed evaluation must not edit the document');
      } else {
        assert.ok(testCase.partial, `expected a failure; got ${JSON.stringify(outcome)}`);
        assert.equal(outcome.status, 'done', JSON.stringify(outcome));
        const shown = `${editor.document.getText()}\n${await vscode.env.clipboard.readText()}`;
        assert.match(shown, message);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      await close(editor.document);
    });
  });
});

/**
 * A document of its own for each case, under a name no other case uses. With
 * `openTextDocument({ content })`, under load, a case was now and then handed an editor on
 * the previous case's text, though that document had been closed (the host reuses the
 * `Untitled-N` names), and was answered with the previous case's message.
 */
async function openCase(text: string, index: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(
    vscode.Uri.from({ scheme: 'untitled', path: `bad-input-${index}.txt` }),
  );
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  assert.ok(
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text)),
    'the case text could not be written',
  );
  assert.equal(document.getText(), text, "the editor holds this case's text, not an earlier document's");
  return editor;
}

/** The previous case's large document may still be closing: run the command only on this one. */
async function activeIs(document: vscode.TextDocument): Promise<void> {
  await until(
    () => vscode.window.activeTextEditor?.document === document,
    'the test document never became the active editor',
  );
}

/** Closes this case's document and waits until the extension host has dropped it. */
async function close(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await activeIs(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await until(() => document.isClosed, 'the test document never closed');
}
