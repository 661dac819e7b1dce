import assert from 'node:assert/strict';
import fc from 'fast-check';
import Papa from 'papaparse';
import { headerCells, type Delimiter } from '../../../../src/core/read/csv';

// A header line is split without papaparse unless it has quotes; the two must give the same cells.
describe('core/read/csv header line', () => {
  it('splits a header line as papaparse does, quoted or not', () => {
    const line = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', ',', ';', '\t', '"', 'é', '(', ')', '1', '.'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(line, fc.constantFrom<Delimiter>(',', ';', '\t'), (text, delimiter) => {
        assert.deepEqual(headerCells(text, delimiter), Papa.parse<string[]>(text, { delimiter }).data[0] ?? []);
      }),
      { numRuns: 5000 },
    );
  });
});
