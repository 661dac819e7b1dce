import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated, contributes } from './extension';

describe('contributions', () => {
  before(activated);

  it('registers every command that package.json contributes', async () => {
    const declared = (contributes().commands ?? []).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      declared.filter((id) => !registered.has(id)),
      [],
      'declared but not registered',
    );
  });

  it('puts the Marketing Metrics container in the activity bar', () => {
    const container = contributes().viewsContainers?.activitybar?.find((c) => c.id === 'marketingMetrics');
    assert.equal(container?.title, 'Marketing Metrics');
  });

  it('contributes the Metrics tree to that container, and the workbench registered it', async () => {
    const views = contributes().views?.['marketingMetrics'] ?? [];
    assert.ok(
      views.some((v) => v.id === 'marketingMetrics.metrics' && v.name === 'Metrics'),
      `views in marketingMetrics: ${JSON.stringify(views)}`,
    );
    // The workbench adds a `<view id>.focus` command for every view it knows.
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const view of views) assert.ok(registered.has(`${view.id}.focus`), `${view.id} is not registered`);
    await vscode.commands.executeCommand('workbench.view.extension.marketingMetrics');
  });
});
