import assert from 'node:assert/strict';
import { parseQuoted, type Delimiter } from '../../../../src/core/read/csv';
import { scanDelimited } from '../../../../src/core/read/csvScan';
import { finishColumns, rowsOf } from '../../../../src/core/read/table';

/**
 * The hand-written scanner (csvScan.ts) takes every delimited text without a double quote, and
 * is kept because it reads such text faster than papaparse alone. Here it must read exactly
 * what papaparse reads, on seeded random text: line endings mixed or not, blank and
 * whitespace-only lines, empty cells, ragged rows, trailing newline or none, spaces of every
 * kind, numbers plain and formatted.
 */
const CASES = 4000;

/** mulberry32: the same cases on every machine, so a failure names its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CELLS = [
  '', ' ', '\t', '\u00a0', '\u2028', '12', '-3', '0.125', '1.234', '1,234', '1,5', '00012', '-0', '1e3', ' 42 ', '12%',
  '$1,200.50', '€5', '(500)', '123456789012345678901234', '2026-03-14', 'Brand – Search', 'Meta', 'n/a', '--', '#DIV/0!',
  'é', 'x y', '1.234,5', '9007199254740993', '0.1', '.5',
];
const NEWLINES = ['\n', '\r\n', '\r'];
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function caseOf(seed: number): { body: string; delimiter: Delimiter; columns: string[] } {
  const next = random(seed);
  const delimiter = pick(next, DELIMITERS);
  const width = 1 + Math.floor(next() * 4);
  const columns = Array.from({ length: width }, (_, c) => `col${c}`);
  const mixed = next() < 0.2;
  const newline = pick(next, NEWLINES);
  let body = columns.join(delimiter);
  const rowCount = Math.floor(next() * 12);
  for (let r = 0; r < rowCount; r++) {
    body += mixed ? pick(next, NEWLINES) : newline;
    if (next() < 0.1) continue; // a blank line
    const cells = 1 + Math.floor(next() * (width + 2)) - (next() < 0.7 ? Math.floor(next() * 2) : 0);
    body += Array.from({ length: Math.max(cells, 1) }, () => pick(next, CELLS).replaceAll(delimiter, '')).join(delimiter);
  }
  if (next() < 0.5) body += newline;
  return { body, delimiter, columns };
}

describe('csvScan: the scanner reads what papaparse reads, on seeded random CSV without quotes', () => {
  it(`${CASES} cases`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { body, delimiter, columns } = caseOf(seed);
      const scanned = scanDelimited(body, delimiter, columns, 'en-US');
      const parsed = parseQuoted(body, delimiter, columns, 'en-US');
      assert.ok('cells' in scanned && 'cells' in parsed, `seed ${seed}`);
      const where = `seed ${seed}: ${JSON.stringify(body)}`;
      assert.equal(scanned.rowCount, parsed.rowCount, where);
      assert.equal(scanned.firstRowLength, parsed.firstRowLength, where);
      assert.deepStrictEqual(scanned.shapeProblems, parsed.shapeProblems, where);
      const context = delimiter === ';' ? { locale: 'en-US', hint: ',' as const } : { locale: 'en-US' };
      const ours = finishColumns(columns, scanned.cells, scanned.rowCount, context);
      const theirs = finishColumns(columns, parsed.cells, parsed.rowCount, context);
      assert.deepStrictEqual(rowsOf(ours, columns.length, scanned.rowCount), rowsOf(theirs, columns.length, parsed.rowCount), where);
      assert.deepStrictEqual(ours.problems, theirs.problems, where);
    }
  });
});
