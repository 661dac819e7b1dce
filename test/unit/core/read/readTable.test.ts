import assert from 'node:assert/strict';
import { readSelection, readSelectionColumns, readTable } from '../../../../src/core';

describe('readTable: a table or a failure, nothing else', () => {
  it('a CSV is a table held by column', () => {
    const reading = readTable('clicks,impressions\n10,1000\n5,500');
    assert.ok(reading.ok);
    assert.deepEqual([reading.kind, reading.rowCount, Array.from(reading.data[0]!)], ['table', 2, [10, 5]]);
  });

  it('numbers, a record or a formula are refused with what they are', () => {
    const cases: [string, RegExp][] = [
      [
        '120 4000',
        /The selection is a list of numbers: a table is CSV or TSV with a header row, or a JSON list of objects/,
      ],
      ['clicks: 120\nimpressions: 4000', /The selection is one record of name: value fields/],
      ['ctr(clicks=1, impressions=2)', /The selection is no table/],
    ];
    for (const [text, message] of cases) {
      const reading = readTable(text);
      assert.equal(reading.ok, false, text);
      assert.match(reading.ok ? '' : reading.error.message, message);
    }
  });

  it('readSelectionColumns still says what any selection is, as readSelection does', () => {
    assert.deepEqual(
      ['120 4000', 'clicks: 120', 'ctr(clicks=1, impressions=2)', 'a,b\n1,2'].map(
        (t) => (readSelectionColumns(t) as { kind: string }).kind,
      ),
      ['numbers', 'record', 'text', 'table'],
    );
    assert.equal((readSelection('a,b\n1,2') as { kind: string }).kind, 'rows');
  });
});
