import assert from 'node:assert/strict';
import { TextCells } from '../../../../src/core/read/textCells';

describe('TextCells: the text cells of a column, each distinct text kept once', () => {
  it('reads as a map from row to text, in row order, whatever order the rows were set in', () => {
    const texts = new TextCells(2);
    texts.set(5, 'Meta');
    texts.set(1, 'Google Ads');
    texts.set(3, 'Meta');
    texts.set(40, 'N/A'); // past the capacity: the rows grow
    assert.equal(texts.size, 4);
    assert.deepStrictEqual(
      [...texts],
      [
        [1, 'Google Ads'],
        [3, 'Meta'],
        [5, 'Meta'],
        [40, 'N/A'],
      ],
    );
    assert.deepStrictEqual([...texts.keys()], [1, 3, 5, 40]);
    assert.deepStrictEqual([...texts.values()], ['Google Ads', 'Meta', 'Meta', 'N/A']);
    assert.deepStrictEqual(
      [texts.get(3), texts.get(2), texts.get(1000), texts.has(5), texts.has(0)],
      ['Meta', undefined, undefined, true, false],
    );
  });

  it('keeps each text once, and finds the rows of one by its index', () => {
    const texts = new TextCells(16);
    for (let r = 0; r < 10; r++) texts.set(r, r % 2 === 0 ? 'Brand' : 'Retargeting');
    assert.deepStrictEqual(texts.distinct, ['Brand', 'Retargeting']);
    assert.deepStrictEqual([texts.indexAt(4), texts.indexAt(7), texts.indexAt(12)], [0, 1, -1]);
    assert.deepStrictEqual([texts.find('Retargeting'), texts.find('Meta')], [1, -1]);
    texts.setIndex(12, 1);
    assert.equal(texts.get(12), 'Retargeting');
    assert.equal(texts.size, 11);
  });

  it('counts a row set twice once', () => {
    const texts = new TextCells(4);
    texts.set(0, 'a');
    texts.set(0, 'b');
    assert.deepStrictEqual([texts.size, texts.get(0)], [1, 'b']);
  });
});
