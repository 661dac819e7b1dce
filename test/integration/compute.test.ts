import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activated } from './extension';

/** The part of the `marketingMetrics.compute` result these tests read. */
interface ComputeResult {
  ok: boolean;
  text?: string;
}

describe('marketingMetrics.compute (the core through a command)', () => {
  before(activated);

  it('computes CTR from clicks and impressions', async () => {
    const result = await vscode.commands.executeCommand<ComputeResult>('marketingMetrics.compute', 'ctr', {
      clicks: 120,
      impressions: 4000,
    });
    assert.equal(result?.ok, true, JSON.stringify(result));
    assert.equal(result.text, '3.00%');
  });
});
