import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseQuoted, type Delimiter } from '../../../../src/core/read/csv';
import { scanDelimited } from '../../../../src/core/read/csvScan';
import { readJson } from '../../../../src/core/read/json';
import { readJsonRows } from '../../../../src/core/read/jsonRows';
import { readSelection, readTable } from '../../../../src/core/read/selection';
import { finishColumns, rowsOf } from '../../../../src/core/read/table';
import type { TableReading } from '../../../../src/core/read/selectionTypes';

/** Rows and problems of a reading, comparable with deepStrictEqual (NaN → null, -0 kept). */
function view(reading: TableReading | undefined): unknown {
  if (reading === undefined || !reading.ok || reading.kind !== 'table') return reading;
  return {
    columns: reading.columns,
    rows: rowsOf(reading, reading.columns.length, reading.rowCount),
    problems: reading.problems,
  };
}

const key = fc.constantFrom('impressions', 'clicks', 'cost', 'Spend', 'campaign', 'ctr', 'a b', 'é', '__proto__');
const jsonValue = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1.2345678901234568e20, 0.1, 1.5e-7, 2 ** 53 + 1),
  fc.constantFrom(
    '1,234.5',
    '1.234,5',
    '1,234',
    '12%',
    '$1,200',
    '#DIV/0!',
    '',
    '  5 ',
    'abc',
    'tab\there',
    'quote"d',
    'é€',
  ),
  fc.boolean(),
  fc.constant(null),
);

describe('readers: the one-pass readers read what the general readers read', () => {
  it('a JSON list of flat objects, pretty or compact', () => {
    const rows = fc.array(fc.dictionary(key, jsonValue, { maxKeys: 5 }), { minLength: 1, maxLength: 12 });
    const locale = fc.constantFrom('en-US', 'de-DE', 'fr-FR');
    fc.assert(
      fc.property(rows, fc.boolean(), locale, (objects, pretty, loc) => {
        const text = JSON.stringify(objects, null, pretty ? 2 : undefined);
        const fast = readJsonRows(text, loc);
        assert.ok(fast !== undefined, 'the one-pass reader takes every list of flat objects');
        assert.deepStrictEqual(view(fast), view(readJson(text, { source: text, base: 0, locale: loc })));
      }),
      { numRuns: 300 },
    );
  });

  it('thousands of rows of uneven length, with keys missing or first seen late, as the general reader reads them', () => {
    // Short rows first, then long ones: the room made for the expected rows runs out and is made again.
    const objects = Array.from({ length: 5000 }, (_, r) => {
      if (r < 1500) return { a: r };
      const row: Record<string, unknown> = { a: r * 1e9 + 0.125, b: `${r}`, longer_key_name: r % 7 === 0 ? null : -r };
      if (r % 3 === 0) delete row['a'];
      if (r > 4000) row['late'] = r;
      return row;
    });
    const text = JSON.stringify(objects, null, 2);
    const fast = readJsonRows(text, 'en-US');
    assert.ok(fast !== undefined && fast.ok);
    assert.deepStrictEqual(
      fast.data.map((column) => column.length),
      [5000, 5000, 5000, 5000],
    );
    const [a, b, longer, late] = fast.data;
    assert.deepStrictEqual([a![1502], a![1503], a![4999]], [1502e9 + 0.125, NaN, 4999e9 + 0.125]);
    assert.deepStrictEqual([b![0], b![1500], longer![1505], longer![1506]], [NaN, 1500, NaN, -1506]);
    assert.deepStrictEqual([late![0], late![4000], late![4001]], [NaN, NaN, 4001]);
    assert.deepStrictEqual(view(fast), view(readJson(text, { source: text, base: 0, locale: 'en-US' })));
  });

  it('labels written again and rows written alike, then otherwise, as the general reader reads them', () => {
    // Labels repeat (some escaped, some spaced), a label also stands among numbers, and midway
    // the rows change their key order and layout and hold empty rows: what was recognised as a
    // whole before must be read token by token again.
    const labels = ['Spring Sale, "EU" – Retargeting', 'Search', ' Search ', 'tab\\there', 'n/a', '2024-01-01', ''];
    const first = Array.from({ length: 40 }, (_, r) => ({
      day: labels[r % 3],
      campaign: labels[(r * 7) % labels.length],
      cost: r % 5 === 0 ? 'abc' : r,
    }));
    const second = Array.from({ length: 40 }, (_, r) =>
      r % 9 === 0 ? {} : { cost: `$${r}`, campaign: labels[r % labels.length], extra: r % 4 === 0 ? true : null },
    );
    const text = `${JSON.stringify(first, null, 2).slice(0, -2)},${JSON.stringify(second).slice(1)}`;
    const fast = readJsonRows(text, 'en-US');
    assert.ok(fast !== undefined);
    assert.deepStrictEqual(view(fast), view(readJson(text, { source: text, base: 0, locale: 'en-US' })));
  });

  it('leaves JSON it does not take to the general reader', () => {
    for (const text of [
      '[]',
      '[1, 2]',
      '[{"a": 1},]',
      '[{"a": 1} // note\n]',
      '[{"a": {"b": 1}}]',
      '[{"a": 1, "a": 2}]',
      '[{"a\\u0062": 1}]',
      '[{"a": 01}]',
      '[{"a": 1}] x',
    ]) {
      assert.equal(readJsonRows(text, 'en-US'), undefined, text);
    }
  });

  it('CSV and TSV without quotes, as papaparse splits them', () => {
    const cell = fc.oneof(
      fc.integer({ min: -100000, max: 100000 }).map(String),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v.toFixed(2)),
      fc.constantFrom(
        '',
        ' ',
        '1.234',
        '0.125',
        '1,5',
        '12%',
        'n/a',
        '#N/A',
        ' 42 ',
        '-0',
        '00012',
        '1e3',
        '\u00a07\u00a0',
        'x y',
        '1.234,5',
        '123456789012345678901234',
      ),
    );
    const table = fc.record({
      delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      width: fc.integer({ min: 1, max: 4 }),
      rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
      trailing: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ delimiter, newline, width, rows, trailing }) => {
        const columns = Array.from({ length: width }, (_, c) => `col${c}`);
        const lines = [
          columns.join(delimiter),
          ...rows.map((cells) => cells.map((c) => c.replaceAll(delimiter, '')).join(delimiter)),
        ];
        const body = lines.join(newline) + (trailing ? newline : '');
        const scanned = scanDelimited(body, delimiter, columns, 'en-US');
        const parsed = parseQuoted(body, delimiter, columns, 'en-US');
        assert.ok(scanned !== undefined && 'cells' in scanned && 'cells' in parsed);
        assert.equal(scanned.rowCount, parsed.rowCount);
        assert.equal(scanned.firstRowLength, parsed.firstRowLength);
        assert.deepStrictEqual(scanned.shapeProblems, parsed.shapeProblems);
        const context = delimiter === ';' ? { locale: 'en-US', hint: ',' as const } : { locale: 'en-US' };
        const a = finishColumns(columns, scanned.cells, scanned.rowCount, context);
        const b = finishColumns(columns, parsed.cells, parsed.rowCount, context);
        assert.deepStrictEqual(rowsOf(a, width, scanned.rowCount), rowsOf(b, width, parsed.rowCount));
        assert.deepStrictEqual(a.problems, b.problems);
      }),
      { numRuns: 300 },
    );
  });

  it('readSelection gives the rows readTable holds by column', () => {
    const text = 'campaign,clicks,cost\nA,120,"1,234.5"\nB,,#DIV/0!\n';
    const table = readTable(text);
    assert.ok(table.ok && table.kind === 'table');
    assert.deepStrictEqual([...table.data[1]!], [120, NaN]);
    assert.equal(table.texts[0]?.get(1), 'B');
    assert.deepStrictEqual(readSelection(text), {
      ok: true,
      kind: 'rows',
      format: 'csv',
      columns: table.columns,
      rows: [
        ['A', 120, 1234.5],
        ['B', null, '#DIV/0!'],
      ],
      problems: table.problems,
    });
  });
});
