import assert from 'node:assert/strict';
import { parseQuoted, type Delimiter } from '../../../../src/core/read/csv';
import { guessNewline, scanDelimited } from '../../../../src/core/read/csvScan';
import { finishColumns, rowsOf } from '../../../../src/core/read/table';
// mulberry32, the bench's seeded generator: the same cases on every machine, so a failure names its seed.
import { random } from '../../../../bench/data';

/**
 * The hand-written scanner (csvScan.ts) reads every delimited table, and is kept because it
 * reads faster than papaparse alone. Here it must read exactly what papaparse reads, on seeded
 * random text: line endings mixed or not, blank and whitespace-only lines, empty cells, ragged
 * rows, trailing newline or none, spaces of every kind, numbers plain and formatted; and quoted
 * cells of every shape, well formed or not. Where papaparse reports malformed quotes the scanner
 * must decline (csv.ts then asks papaparse for its error), and nowhere else.
 */
const CASES = 4000;

const CELLS = [
  '',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '12',
  '-3',
  '0.125',
  '1.234',
  '1,234',
  '1,5',
  '00012',
  '-0',
  '1e3',
  ' 42 ',
  '12%',
  '$1,200.50',
  '€5',
  '(500)',
  '123456789012345678901234',
  '2026-03-14',
  'Brand – Search',
  'Meta',
  'n/a',
  '--',
  '#DIV/0!',
  'é',
  'x y',
  '1.234,5',
  '9007199254740993',
  '0.1',
  '.5',
];
const NEWLINES = ['\n', '\r\n', '\r'];
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** What may sit between the quotes of a quoted cell: delimiters and line breaks are text there. */
const INSIDE = [
  '',
  ' ',
  '12',
  '1,234.50',
  '$1,234.50',
  'Spring Sale, "EU"',
  '""',
  'a""b',
  '\n',
  '\r\n',
  '\r',
  ';',
  '\t',
  ',',
  'x',
  '\u00a0',
  '-0.5',
];
/** Quotes that are not a whole quoted cell: text to papaparse, or malformed. */
const ODD = [
  '5" screen',
  'a"b',
  ' "x"',
  '"',
  '"open',
  '"a"b',
  '"a" x',
  '"a"  ',
  '"a"\u00a0',
  '""""',
  '"""',
  '" "" "',
  'x""',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

type Case = { body: string; delimiter: Delimiter; columns: string[] };

/** A cell without quotes (the delimiter taken out), or, with `quotes`, often a quoted one. */
function cellOf(next: () => number, delimiter: Delimiter, quotes: boolean): string {
  const roll = quotes ? next() : 1;
  if (roll < 0.35) {
    const parts = Array.from({ length: Math.floor(next() * 3) }, () => pick(next, INSIDE)).join('');
    // Whitespace may follow the closing quote; papaparse drops it.
    return `"${parts}"${next() < 0.1 ? pick(next, [' ', '\t ', '  ']) : ''}`;
  }
  if (roll < 0.42) return pick(next, ODD);
  return pick(next, CELLS).replaceAll(delimiter, '');
}

function caseOf(seed: number, quotes: boolean): Case {
  const next = random(seed);
  const delimiter = pick(next, DELIMITERS);
  const width = 1 + Math.floor(next() * 4);
  const columns = Array.from({ length: width }, (_, c) => `col${c}`);
  const mixed = next() < 0.2;
  const newline = pick(next, NEWLINES);
  // papaparse's header is the first record that is not blank.
  let body = quotes && next() < 0.05 ? `""${delimiter} ${newline}` : '';
  body += columns.map((name) => (quotes && next() < 0.2 ? `"${name}"` : name)).join(delimiter);
  const rowCount = Math.floor(next() * 12);
  for (let r = 0; r < rowCount; r++) {
    body += mixed ? pick(next, NEWLINES) : newline;
    if (next() < 0.1) continue; // a blank line
    const cells = 1 + Math.floor(next() * (width + 2)) - (next() < 0.7 ? Math.floor(next() * 2) : 0);
    body += Array.from({ length: Math.max(cells, 1) }, () => cellOf(next, delimiter, quotes)).join(delimiter);
  }
  if (next() < 0.5) body += newline;
  return { body, delimiter, columns };
}

/** The scanner's reading equals papaparse's, or both decline the same malformed text. Returns whether the scanner read it. */
function assertSameReading({ body, delimiter, columns }: Case, where: string): boolean {
  const scanned = scanDelimited(body, delimiter, columns, 'en-US');
  const parsed = parseQuoted(body, delimiter, columns, 'en-US');
  if (scanned === undefined) {
    assert.ok(!('cells' in parsed) && parsed.failure !== undefined, `declined text papaparse reads: ${where}`);
    return false;
  }
  assert.ok('cells' in scanned && 'cells' in parsed, `read text papaparse calls malformed: ${where}`);
  assert.equal(scanned.rowCount, parsed.rowCount, where);
  assert.equal(scanned.firstRowLength, parsed.firstRowLength, where);
  assert.deepStrictEqual(scanned.shapeProblems, parsed.shapeProblems, where);
  const context = delimiter === ';' ? { locale: 'en-US', hint: ',' as const } : { locale: 'en-US' };
  const ours = finishColumns(columns, scanned.cells, scanned.rowCount, context);
  const theirs = finishColumns(columns, parsed.cells, parsed.rowCount, context);
  assert.deepStrictEqual(
    rowsOf(ours, columns.length, scanned.rowCount),
    rowsOf(theirs, columns.length, parsed.rowCount),
    where,
  );
  assert.deepStrictEqual(ours.problems, theirs.problems, where);
  return true;
}

describe('csvScan: the scanner reads what papaparse reads, on seeded random CSV', () => {
  it(`${CASES} cases without quotes`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const input = caseOf(seed, false);
      assert.ok(assertSameReading(input, `seed ${seed}: ${JSON.stringify(input.body)}`));
    }
  });

  it(`${CASES} cases with quoted cells, well formed or not`, () => {
    let read = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const input = caseOf(seed, true);
      if (assertSameReading(input, `seed ${seed}: ${JSON.stringify(input.body)}`)) read++;
    }
    // Both kinds must be well represented for the comparison to mean anything.
    assert.ok(read > CASES / 4 && read < CASES - CASES / 10, `${read} of ${CASES} read`);
  });

  it('guesses the line ending as papaparse does, quoted line breaks left out', () => {
    const cases: [string, string][] = [
      ['a,b\nc', '\n'],
      ['a,b\r\nc\r\n', '\r\n'],
      ['a,b\rc\rd', '\r'],
      ['"x\r\ny",b\nc', '\n'],
      ['"x\ny",b\r\nc\r\n', '\r\n'],
      ['a\r""\nb\r""\n', '\r\n'],
      ['a\r"\nb', '\r'],
      ['a\r\nb\rc\rd', '\r'],
      // Only the first 1 MB is looked at: a quote whose partner lies beyond it stays, with what follows.
      [`"${'a\r\n'.repeat(3)}${'x'.repeat(1024 * 1024)}"\n`, '\r\n'],
    ];
    for (const [text, newline] of cases) assert.equal(guessNewline(text), newline, JSON.stringify(text));
  });
});
