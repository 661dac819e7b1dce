import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BAD_INPUT_CASES } from '../shared/badInputCases';
import { openEditor, run, selectAll } from './commandsSupport.test';

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

  for (const testCase of BAD_INPUT_CASES) {
    it(testCase.name, async () => {
      const editor = await openEditor(testCase.text, 'plaintext');
      if (testCase.text.trim() !== '') selectAll(editor);
      else editor.selection = new vscode.Selection(0, 0, 0, testCase.text.length);
      const before = editor.document.getText();
      await activeIs(editor.document);
      await vscode.env.clipboard.writeText('');
      const outcome = await run('marketingMetrics.evaluateSelection', { table: { format: 'markdown', to: 'clipboard' } });
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
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});

/** The previous case's large document may still be closing: run the command only on this one. */
async function activeIs(document: vscode.TextDocument): Promise<void> {
  for (let waited = 0; vscode.window.activeTextEditor?.document !== document; waited += 50) {
    assert.ok(waited < 5000, 'the test document never became the active editor');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
