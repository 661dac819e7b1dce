import assert from 'node:assert/strict';
import { Stages } from '../../../src/commands/evaluate/stages';

describe('the stages of Evaluate Selection', () => {
  it('records each stage from the end of the previous one, in order, and words them for the log', async () => {
    const stages = new Stages();
    await new Promise((resolve) => setTimeout(resolve, 20));
    stages.mark('read');
    stages.mark('aggregate');
    assert.deepEqual(
      stages.all.map((s) => s.stage),
      ['read', 'aggregate'],
    );
    assert.ok(stages.all[0]!.ms >= 15, `read took ${stages.all[0]!.ms} ms`);
    assert.ok(stages.all[1]!.ms < 15, 'aggregate starts where read ended');
    assert.match(String(stages), /^read \d+ ms, aggregate \d+ ms$/);
  });
});
