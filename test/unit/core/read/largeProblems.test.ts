import assert from 'node:assert/strict';
import { readSelection, readTable } from '../../../../src/core';

describe('a CSV where every row has the wrong number of cells', () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => `${i},10,5`).join('\n');
  const text = `clicks,impressions\n${rows}`;

  for (const [name, read] of [
    ['readTable', readTable],
    ['readSelection', readSelection],
  ] as const) {
    it(`${name} reports all 200,000 rows without exhausting the stack`, () => {
      const reading = read(text);
      assert.ok(reading.ok && 'problems' in reading, JSON.stringify(reading).slice(0, 200));
      assert.equal(reading.problems.length, 200_000);
      assert.match(reading.problems[0]!.message, /Row 1 has 3 cells but the header has 2 columns/);
    });
  }
});
