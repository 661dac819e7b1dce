// Evaluate Selection, and Evaluate Selection and Replace It, on real documents: the exact text
// that results, one undo restoring the original, multi-cursor all-or-nothing, and failures
// that leave the document as it was.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';
import { withSettings } from './settings';
import { done, failedWith, openEditor, run, sample, selectAll, selectTexts, undo } from './commandsSupport.test';

const EVALUATE = 'marketingMetrics.evaluateSelection';
const REPLACE = 'marketingMetrics.evaluateAndReplaceSelection';

describe('Evaluate Selection: formulas', () => {
  before(activated);

  it('appends the value of a metric call in Markdown, and one undo takes it back', async () => {
    const original = 'Test placement: ctr(clicks=1200, impressions=45000) last week.\n';
    const editor = await openEditor(original, 'markdown');
    selectTexts(editor, 'ctr(clicks=1200, impressions=45000)');
    assert.deepEqual(await run(EVALUATE), { status: 'done', edits: 1, tables: 0 });
    assert.equal(editor.document.getText(), 'Test placement: ctr(clicks=1200, impressions=45000) = 2.67% last week.\n');
    await undo(editor);
    assert.equal(editor.document.getText(), original);
  });

  it('replaces the selection with its value', async () => {
    const editor = await openEditor('x = roas(50000, 10000)\n', 'python');
    selectTexts(editor, 'roas(50000, 10000)');
    done(await run(REPLACE));
    assert.equal(editor.document.getText(), 'x = 5.00x\n');
  });

  it('evaluates every selection of a multi-cursor in one undoable edit', async () => {
    const original = 'a: ctr(1200, 45000)\nb: roas(50000, 10000)\nc: (120 + 80) / 4\n';
    const editor = await openEditor(original);
    selectTexts(editor, 'ctr(1200, 45000)', 'roas(50000, 10000)', '(120 + 80) / 4');
    assert.deepEqual(await run(EVALUATE), { status: 'done', edits: 3, tables: 0 });
    assert.equal(
      editor.document.getText(),
      'a: ctr(1200, 45000) = 2.67%\nb: roas(50000, 10000) = 5.00x\nc: (120 + 80) / 4 = 50.00\n',
    );
    await undo(editor);
    assert.equal(editor.document.getText(), original);
  });

  it('replaces every selection of a multi-cursor', async () => {
    const editor = await openEditor('ctr(1200, 45000) | roas(50000, 10000)');
    selectTexts(editor, 'ctr(1200, 45000)', 'roas(50000, 10000)');
    done(await run(REPLACE));
    assert.equal(editor.document.getText(), '2.67% | 5.00x');
  });

  // A copy: in VS Code for the Web (code-server) files.autoSave defaults to afterDelay, so an
  // edit to the sample file itself could reach the disk before the undo.
  it('evaluates a formula in a copy of the sample report, then undoes it', async () => {
    const original = await sample('report.md');
    const editor = await openEditor(original, 'markdown');
    selectTexts(editor, 'ctr(clicks=1200, impressions=45000)');
    done(await run(EVALUATE));
    assert.equal(
      editor.document.getText(),
      original.replace(
        '```ctr(clicks=1200, impressions=45000)```',
        '```ctr(clicks=1200, impressions=45000) = 2.67%```',
      ),
    );
    await undo(editor);
    assert.equal(editor.document.getText(), original);
  });
});

describe('Evaluate Selection: name: value lines', () => {
  before(activated);

  it('writes every KPI below the lines, and lists the fields it did not use', async () => {
    const editor = await openEditor('clicks: 1200\nimpressions: 45000\ncampaign: Spring\n');
    selectTexts(editor, 'clicks: 1200\nimpressions: 45000\ncampaign: Spring\n');
    done(await run(EVALUATE));
    assert.equal(
      editor.document.getText(),
      'clicks: 1200\nimpressions: 45000\ncampaign: Spring\nctr: 2.67%\n# not used, no quantity of that name: campaign\n',
    );
  });

  it('inserts right after the last selected line when the selection ends inside it', async () => {
    const editor = await openEditor('clicks = 1200\nimpressions = 45000\nnext line');
    selectTexts(editor, 'clicks = 1200\nimpressions = 45000');
    done(await run(EVALUATE));
    assert.equal(editor.document.getText(), 'clicks = 1200\nimpressions = 45000\nctr = 2.67%\nnext line');
  });

  it("uses the language's comment in TypeScript", async () => {
    const editor = await openEditor('// clicks: 1200\nconst x = 1;\n', 'typescript');
    const text = 'cost: 600\nclicks: 1200\nregion: EU';
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), text));
    selectTexts(editor, text);
    done(await run(EVALUATE));
    assert.equal(
      editor.document.getText(),
      `// clicks: 1200\nconst x = 1;\n${text}\ncpc: $0.50\n// not used, no quantity of that name: region`,
    );
  });

  it('replaces the lines with the KPIs (Evaluate Selection and Replace It)', async () => {
    const editor = await openEditor('revenue: 50000\ncost: 10000');
    selectAll(editor);
    done(await run(REPLACE));
    assert.equal(
      editor.document.getText(),
      "roas: 5.00x\n# MER equals ROAS here (revenue / cost), shown once as ROAS; MER counts all marketing spend, ROAS one channel's",
    );
  });

  it('keeps a CRLF document CRLF', async () => {
    const editor = await openEditor('x');
    await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.CRLF));
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 0, 1), 'clicks: 1\r\nimpressions: 4'));
    selectAll(editor);
    done(await run(EVALUATE));
    assert.equal(editor.document.getText(), 'clicks: 1\r\nimpressions: 4\r\nctr: 25.00%');
  });
});

describe('Evaluate Selection: a list of numbers', () => {
  before(activated);

  it('reads 1200 45000 as the metric given in the arguments, and says which', async () => {
    const editor = await openEditor('1200 45000');
    selectAll(editor);
    done(await run(EVALUATE, { metric: 'ctr' }));
    assert.equal(editor.document.getText(), '1200 45000 = 2.67% (CTR)');
  });

  it('replaces the numbers with the value', async () => {
    const editor = await openEditor('50000\n10000');
    selectAll(editor);
    done(await run(REPLACE, { metric: 'ROAS' }));
    assert.equal(editor.document.getText(), '5.00x');
  });

  it('refuses a metric that does not take that many numbers, changing nothing', async () => {
    const editor = await openEditor('1 2 3 4 5');
    selectAll(editor);
    failedWith(await run(EVALUATE, { metric: 'ctr' }), /No metric takes 5 numbers/);
    assert.equal(editor.document.getText(), '1 2 3 4 5');
  });
});

describe('Evaluate Selection: failures leave the document as it was', () => {
  before(activated);

  const cases: { name: string; text: string; select?: string; message: RegExp }[] = [
    {
      name: 'malformed JSON, with line and column',
      text: '{"clicks": 1200,\n "impressions": }',
      message: /The JSON is malformed at line 2, column 17/,
    },
    {
      name: 'an unknown metric, with did you mean',
      text: 'ctrr(clicks=1, impressions=2)',
      message: /unknown metric 'ctrr' at 1:1 — did you mean 'ctr'\?/,
    },
    {
      name: 'an unknown input, naming it',
      text: 'ctr(clickz=1, impressions=2)',
      message: /unknown input of CTR 'clickz'.*did you mean 'clicks'\?/,
    },
    { name: 'a whitespace selection', text: '   \n  ', message: /The selection is empty/ },
    {
      name: 'a part larger than its whole',
      text: 'ctr(clicks=50, impressions=10)',
      message: /clicks \(50\) is larger than impressions \(10\)/,
    },
    { name: 'a spreadsheet error', text: 'ctr(#DIV/0!, 10)', message: /./ },
    { name: 'a zero denominator', text: 'cpc(cost=10, clicks=0)', message: /./ },
    {
      name: 'fields that give no KPI',
      text: 'campaign: Spring\nclicks: 12',
      message: /No KPI can be computed from campaign, clicks: CTR also needs impressions/,
    },
    { name: 'binary junk', text: 'ab\u0000cd', message: /not text/ },
  ];
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const editor = await openEditor(c.text);
      selectAll(editor);
      failedWith(await run(EVALUATE), c.message);
      assert.equal(editor.document.getText(), c.text);
    });
  }

  it('an empty selection (a cursor only)', async () => {
    const editor = await openEditor('ctr(1, 2)');
    editor.selection = new vscode.Selection(0, 3, 0, 3);
    failedWith(await run(EVALUATE), /Nothing is selected/);
    assert.equal(editor.document.getText(), 'ctr(1, 2)');
  });

  it('one bad selection of three: no selection is edited', async () => {
    const text = 'ctr(1200, 45000)\nctr(50, 10)\nroas(50000, 10000)';
    const editor = await openEditor(text);
    selectTexts(editor, 'ctr(1200, 45000)', 'ctr(50, 10)', 'roas(50000, 10000)');
    failedWith(await run(EVALUATE), /^Selection 2 of 3: .*larger than impressions/);
    assert.equal(editor.document.getText(), text);
  });

  it('a selection longer than marketingMetrics.maxSelectionLength, naming the limit and the setting', async () => {
    await withSettings({ maxSelectionLength: 1000 }, async () => {
      const text = `clicks,impressions\n${'1,2\n'.repeat(400)}`;
      const editor = await openEditor(text);
      selectAll(editor);
      failedWith(
        await run(EVALUATE),
        /1,619 characters, more than the limit of 1,000\. Raise the setting marketingMetrics\.maxSelectionLength/,
      );
      assert.equal(editor.document.getText(), text);
    });
  });

  it('wrong arguments from a caller are refused with what is expected', async () => {
    const editor = await openEditor('ctr(1, 2)');
    selectAll(editor);
    failedWith(await run(EVALUATE, { table: { format: 'xml', to: 'below' } }), /wrong arguments \(table\.format\)/);
    assert.equal(editor.document.getText(), 'ctr(1, 2)');
  });

  it('the editor context menu passes the document URI: ignored, the selection is evaluated', async () => {
    const editor = await openEditor('ctr(1, 4)');
    selectAll(editor);
    done(await run(EVALUATE, editor.document.uri, { groupId: 0 }));
    assert.equal(editor.document.getText(), 'ctr(1, 4) = 25.00%');
  });
});
