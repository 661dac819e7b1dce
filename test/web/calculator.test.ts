// The KPI calculator's webview in VS Code for the Web. The suite opens it from a Markdown
// editor and asks the launcher to type into it as a person would (scripts/vscode/webSteps.ts):
// the webview asks the extension to compute, shows the answer, and its "Insert at cursor"
// button has the extension write it into the editor, which is what this test waits for.
import * as vscode from 'vscode';
import { COMMANDS, METRICS_VIEW_ID } from '../../src/commandIds';
import { STEP_TAG } from '../shared/hostLog';
import { activated } from '../integration/extension';
import { openEditor, until } from '../integration/commandsSupport.test';

describe('the KPI calculator in the web host', () => {
  before(activated);

  it('computes CTR from what is typed into it and inserts the result at the cursor', async function () {
    this.timeout(90_000);
    // The Metrics view beside it, as a person who opened the calculator from there sees it.
    await vscode.commands.executeCommand(`${METRICS_VIEW_ID}.focus`);
    const editor = await openEditor('CTR: \n', 'markdown');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    await vscode.commands.executeCommand(COMMANDS.openCalculator, 'ctr');
    console.log(`${STEP_TAG} calculator`);
    const want = 'CTR: 3.00%\n';
    await until(
      () => editor.document.getText() === want,
      () =>
        `the editor holds ${JSON.stringify(editor.document.getText())}, not ${JSON.stringify(want)} (see the launcher's calculator step above)`,
      80_000,
    );
  });
});
