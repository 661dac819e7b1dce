import assert from 'node:assert/strict';
import { readSelection } from '../../../../src/core/read/selection';
import type { SelectionReading } from '../../../../src/core/read/selection';

type Ok = Extract<SelectionReading, { ok: true }>;

function ok(reading: SelectionReading): Ok {
  assert.ok(reading.ok, reading.ok ? '' : reading.error.message);
  return reading;
}

function failure(reading: SelectionReading): { code: string; message: string; span?: { start: number; end: number } } {
  assert.ok(!reading.ok, `expected a failure, got ${JSON.stringify(reading).slice(0, 200)}`);
  return reading.error;
}

describe('readSelection', () => {
  describe('bare lists of numbers', () => {
    const cases: [text: string, values: number[], locale?: string][] = [
      ['120 4000', [120, 4000]],
      ['120, 4000', [120, 4000]],
      ['120\n4000\n', [120, 4000]],
      ['120\r\n4000', [120, 4000]],
      ['120\t4000', [120, 4000]],
      ['1;2;3', [1, 2, 3]],
      ['1,2,3', [1, 2, 3]],
      ['1,234', [1234]],
      ['1,234', [1.234], 'de-DE'],
      ['$1,200\n$300.50', [1200, 300.5]],
      ['USD 1,200', [1200]],
      ['12 %', [0.12]],
      ['12%\n3.5%', [0.12, 0.035]],
      ['(500)\n-3', [-500, -3]],
      ['1 234,5', [1234.5], 'fr-FR'],
      ['1\u202f234,5 2\u202f000', [1234.5, 2000], 'fr-FR'],
      ['100 200 300', [100200300], 'fr-FR'],
      ['1,5; 2,5', [1.5, 2.5], 'de-DE'],
      // The list's own evidence (',' decimals in 1.234,5) settles 2.000 even in en-US.
      ['1.234,5 2.000', [1234.5, 2000]],
      ['\uFEFF42', [42]],
      ['[120, "4,000", null, 3.5]', [120, 4000, 3.5]],
    ];
    for (const [text, values, locale] of cases) {
      it(`${JSON.stringify(text)}${locale !== undefined ? ` (${locale})` : ''} → ${values.join(', ')}`, () => {
        const reading = ok(readSelection(text, locale !== undefined ? { locale } : {}));
        assert.equal(reading.kind, 'numbers');
        assert.deepEqual(reading.kind === 'numbers' ? reading.values : [], values);
      });
    }

    it('refuses a list whose ambiguous value cannot be settled (both conventions present)', () => {
      const error = failure(readSelection('1.234,5 1,234.5 1,234'));
      assert.equal(error.code, 'ambiguousNumber');
      assert.match(
        error.message,
        /'1,234' is ambiguous because these values use both '\.' and ',' as decimal separators; read '1,234' as 1234/,
      );
    });

    it('reads a 2,000,000-character line of numbers quickly', function () {
      this.timeout(10_000);
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < 2_000_000; i++) {
        const part = String((i * 7919) % 100_000);
        parts.push(part);
        length += part.length + 1;
      }
      const text = parts.join(' ').slice(0, 2_000_000).replace(/ \d*$/, '');
      const started = performance.now();
      const reading = ok(readSelection(text));
      const elapsed = performance.now() - started;
      assert.equal(reading.kind, 'numbers');
      assert.equal(reading.kind === 'numbers' ? reading.values.length : 0, text.split(' ').length);
      assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
    });
  });

  describe('name: value lines', () => {
    it('reads :, = and comments, with line numbers', () => {
      const text = 'clicks: 1200\nimpressions = 45,000\n\n# a comment\n// another\nAd Spend: $1,200';
      const reading = ok(readSelection(text));
      assert.deepEqual(reading, {
        ok: true,
        kind: 'record',
        format: 'keyValue',
        fields: [
          { key: 'clicks', value: 1200, raw: '1200', line: 1 },
          { key: 'impressions', value: 45000, raw: '45,000', line: 2 },
          { key: 'Ad Spend', value: 1200, raw: '$1,200', line: 6 },
        ],
      });
    });

    const cases: [text: string, fields: [key: string, value: number | null, problem?: RegExp][]][] = [
      [
        '"clicks": 1200,\n"cost": "1.234,5",',
        [
          ['clicks', 1200],
          ['cost', 1234.5],
        ],
      ],
      [
        'clicks\t1200\nimpressions\t45000',
        [
          ['clicks', 1200],
          ['impressions', 45000],
        ],
      ],
      [
        'Cost (USD): 5\nclicks: n/a',
        [
          ['Cost (USD)', 5],
          ['clicks', null, /'n\/a' is not a number/],
        ],
      ],
      [
        'clicks:\ncost: 5',
        [
          ['clicks', null, /'clicks' has no value/],
          ['cost', 5],
        ],
      ],
      [
        'cost: 1.234,5\nrevenue: 2.000',
        [
          ['cost', 1234.5],
          ['revenue', 2000],
        ],
      ],
      [
        'a: 1,234.5\nb: 1.234,5\nc: 1,234',
        [
          ['a', 1234.5],
          ['b', 1234.5],
          ['c', 1234, /ambiguous/],
        ],
      ],
    ];
    for (const [text, fields] of cases) {
      it(JSON.stringify(text), () => {
        const reading = ok(readSelection(text));
        assert.equal(reading.kind, 'record');
        const got = reading.kind === 'record' ? reading.fields : [];
        assert.equal(got.length, fields.length);
        fields.forEach(([key, value, problem], i) => {
          assert.equal(got[i]?.key, key);
          assert.equal(got[i]?.value, value);
          if (problem === undefined) assert.equal(got[i]?.problem, undefined);
          else assert.match(got[i]?.problem ?? '', problem);
        });
      });
    }

    const failures: [text: string, message: string][] = [
      ['clicks: 1200\nfoo', "Line 2 ('foo') has no ':' or '=' between a name and a value"],
      ['\n\nclicks: 1200\ncost 5', "Line 4 ('cost 5') has no ':' or '=' between a name and a value"],
      ['clicks: 1\ncost: 2\nclicks: 3', "'clicks' appears twice, on line 1 and line 3"],
    ];
    for (const [text, message] of failures) {
      it(`${JSON.stringify(text)} fails`, () => {
        const error = failure(readSelection(text));
        assert.equal(error.code, 'invalidSelection');
        assert.equal(error.message, message);
      });
    }
  });

  describe('CSV and TSV', () => {
    it('reads a header, numbers, text columns and problems in numeric columns', () => {
      const text = '\uFEFFcampaign,clicks,cost\nSpring,120,"1,234.5"\nSummer,130,#DIV/0!\nAutumn,,5\n';
      assert.deepEqual(ok(readSelection(text)), {
        ok: true,
        kind: 'rows',
        format: 'csv',
        columns: ['campaign', 'clicks', 'cost'],
        rows: [
          ['Spring', 120, 1234.5],
          ['Summer', 130, '#DIV/0!'],
          ['Autumn', null, 5],
        ],
        problems: [
          {
            row: 1,
            column: 'cost',
            raw: '#DIV/0!',
            message: "Row 2, column 'cost': '#DIV/0!' is not a number (a spreadsheet error)",
          },
        ],
      });
    });

    const cases: [
      name: string,
      text: string,
      format: string,
      columns: string[],
      rows: unknown[][],
      problems: RegExp[],
    ][] = [
      [
        'quoted delimiters and line breaks',
        'name,cost\n"Brand, EU","1,200"\n"two\nlines",5',
        'csv',
        ['name', 'cost'],
        [
          ['Brand, EU', 1200],
          ['two\nlines', 5],
        ],
        [],
      ],
      [
        'a European export with ;',
        'campaign;cost;ctr\nA;1.234,5;2,5%\nB;2.000;3%\nC;3,5;1%',
        'csv',
        ['campaign', 'cost', 'ctr'],
        [
          ['A', 1234.5, 0.025],
          ['B', 2000, 0.03],
          ['C', 3.5, 0.01],
        ],
        [],
      ],
      [
        '; with no evidence: 2.000 read with , decimals',
        'campaign;cost\nA;2.000\nB;1.500',
        'csv',
        ['campaign', 'cost'],
        [
          ['A', 2000],
          ['B', 1500],
        ],
        [],
      ],
      [
        'a spreadsheet paste (tabs)',
        'campaign\tclicks\tcost\nA\t1,200\t$5.00\nB\t300\t$0.50',
        'tsv',
        ['campaign', 'clicks', 'cost'],
        [
          ['A', 1200, 5],
          ['B', 300, 0.5],
        ],
        [],
      ],
      [
        'a column with its own evidence',
        'campaign,cost\nA,"1.234,5"\nB,"2.000"',
        'csv',
        ['campaign', 'cost'],
        [
          ['A', 1234.5],
          ['B', 2000],
        ],
        [],
      ],
      // Mixed conventions: each value by its own evidence; only the ambiguous one is reported.
      [
        'mixed conventions in one column',
        'campaign,cost\nA,"1,234.5"\nB,"1.234,5"\nC,"1,234"',
        'csv',
        ['campaign', 'cost'],
        [
          ['A', 1234.5],
          ['B', 1234.5],
          ['C', 1234],
        ],
        [
          /^Row 3, column 'cost': '1,234' is ambiguous because these values use both '\.' and ',' as decimal separators; read '1,234' as 1234/,
        ],
      ],
      [
        'text in a text column is not a problem',
        'campaign,clicks\nSpring,1\n2024,2\nSale,3',
        'csv',
        ['campaign', 'clicks'],
        [
          ['Spring', 1],
          [2024, 2],
          ['Sale', 3],
        ],
        [],
      ],
      [
        'short and long rows',
        'a,b\n1,2,3\n4',
        'csv',
        ['a', 'b'],
        [
          [1, 2],
          [4, null],
        ],
        [/^Row 1 has 3 cells but the header has 2 columns$/, /^Row 2 has 1 cell but the header has 2 columns$/],
      ],
      [
        'an empty header cell (row labels)',
        ',clicks\nA,1\nB,2',
        'csv',
        ['column 1', 'clicks'],
        [
          ['A', 1],
          ['B', 2],
        ],
        [],
      ],
      ['one column under its header', 'clicks\n120\n"1,300"\n', 'tsv', ['clicks'], [[120], [1300]], []],
      [
        'blank lines between rows',
        'a,b\n\n1,2\n\n3,4\n',
        'csv',
        ['a', 'b'],
        [
          [1, 2],
          [3, 4],
        ],
        [],
      ],
    ];
    for (const [name, text, format, columns, rows, problems] of cases) {
      it(name, () => {
        const reading = ok(readSelection(text));
        assert.ok(reading.kind === 'rows', `got ${reading.kind}`);
        assert.equal(reading.format, format);
        assert.deepEqual(reading.columns, columns);
        assert.deepEqual(reading.rows, rows);
        assert.equal(reading.problems.length, problems.length, JSON.stringify(reading.problems));
        problems.forEach((pattern, i) => assert.match(reading.problems[i]?.message ?? '', pattern));
      });
    }

    it('fails on an unclosed quote', () => {
      const error = failure(readSelection('a,b\n"1,2\n3,4'));
      assert.equal(error.code, 'invalidSelection');
      assert.match(error.message, /^The CSV is malformed in row 2: /);
    });
  });

  describe('JSON', () => {
    it('reads one object as a record, with a problem per unusable value', () => {
      const text =
        '{\n  "clicks": 1200,\n  "cost": "1.234,5",\n  "active": true,\n  "note": null,\n  "nested": {"a": 1}\n}';
      const reading = ok(readSelection(text));
      assert.deepEqual(reading, {
        ok: true,
        kind: 'record',
        format: 'json',
        fields: [
          { key: 'clicks', value: 1200, raw: '1200', line: 2 },
          { key: 'cost', value: 1234.5, raw: '1.234,5', line: 3 },
          { key: 'active', value: null, raw: 'true', line: 4, problem: 'true (a true/false value) is not a number' },
          { key: 'note', value: null, raw: 'null', line: 5 },
          { key: 'nested', value: null, raw: '{"a": 1}', line: 6, problem: 'an object is not a number' },
        ],
      });
    });

    it('reports a JSON number too large for a double instead of returning Infinity', () => {
      const reading = ok(readSelection('{"a": 1e400, "b": -1e400}'));
      assert.ok(reading.kind === 'record');
      assert.deepEqual(
        reading.fields.map((field) => [field.value, field.problem]),
        [
          [null, "'1e400' is too large to be a finite number"],
          [null, "'-1e400' is too large to be a finite number"],
        ],
      );
    });

    it('reads a list of objects as rows, with columns in order of appearance', () => {
      const text =
        '[{"campaign": "A", "cost": "1,234.5"}, {"campaign": "B", "cost": "#DIV/0!", "clicks": 3}, {"cost": 12, "clicks": false}]';
      assert.deepEqual(ok(readSelection(text)), {
        ok: true,
        kind: 'rows',
        format: 'json',
        columns: ['campaign', 'cost', 'clicks'],
        rows: [
          ['A', 1234.5, null],
          ['B', '#DIV/0!', 3],
          [null, 12, 'false'],
        ],
        problems: [
          {
            row: 1,
            column: 'cost',
            raw: '#DIV/0!',
            message: "Row 2, column 'cost': '#DIV/0!' is not a number (a spreadsheet error)",
          },
          {
            row: 2,
            column: 'clicks',
            raw: 'false',
            message: "Row 3, column 'clicks': false (a true/false value) is not a number",
          },
        ],
      });
    });

    const rowsCases: [name: string, text: string, columns: string[], rows: unknown[][]][] = [
      [
        'the one list of rows in an API response',
        '{"data": [{"a": 1}, {"a": 2}], "paging": {"next": "x"}}',
        ['a'],
        [[1], [2]],
      ],
      ['comments and trailing commas', '[\n  // first\n  {"a": 1,},\n  /* second */ {"a": 2},\n]', ['a'], [[1], [2]]],
      [
        'keys that name Object.prototype members',
        '[{"constructor": 1, "__proto__": 2, "toString": 3}]',
        ['constructor', '__proto__', 'toString'],
        [[1, 2, 3]],
      ],
    ];
    for (const [name, text, columns, rows] of rowsCases) {
      it(name, () => {
        const reading = ok(readSelection(text));
        assert.ok(reading.kind === 'rows');
        assert.deepEqual(reading.columns, columns);
        assert.deepEqual(reading.rows, rows);
      });
    }

    it('does not pollute prototypes through __proto__', () => {
      const reading = ok(readSelection('{"__proto__": {"polluted": 1}, "clicks": 5}'));
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
      assert.ok(reading.kind === 'record');
      assert.deepEqual(
        reading.fields.map((field) => field.key),
        ['__proto__', 'clicks'],
      );
      const rows = ok(readSelection('[{"__proto__": {"polluted": 1}}]'));
      assert.ok(rows.kind === 'rows');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    });

    it('refuses 100,000 nested brackets without overflowing the stack', () => {
      for (const text of ['['.repeat(100_000), '{"a":'.repeat(100_000), `[${'[1,'.repeat(100_000)}`]) {
        const error = failure(readSelection(text));
        assert.equal(error.code, 'invalidSelection');
        assert.match(error.message, /^The JSON is nested more than 64 levels deep \(at line 1, column \d+\)$/);
      }
    });

    it('accepts 60 levels of nesting (the limit is generous)', () => {
      const text = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
      const reading = ok(readSelection(text));
      assert.equal(reading.kind, 'record');
    });

    it('does not count brackets inside strings or comments as nesting', () => {
      const text = `{"a": "${'['.repeat(200)}", /* ${'{'.repeat(200)} */ "b": 2}`;
      const reading = ok(readSelection(text));
      assert.ok(reading.kind === 'record');
      assert.deepEqual(
        reading.fields.map((field) => field.value),
        [null, 2],
      );
    });

    const failures: [text: string, message: string, span?: [number, number]][] = [
      ['{"a": 1,\n "b": ]', 'The JSON is malformed at line 2, column 7: value expected', [15, 16]],
      ['{"a": 1 "b": 2}', 'The JSON is malformed at line 1, column 9: comma expected', [8, 11]],
      ['[1, 2', 'The JSON is malformed at line 1, column 6: close bracket expected'],
      ['\uFEFF{"a": }', 'The JSON is malformed at line 1, column 8: value expected', [7, 8]],
      ['{"a": 1, "a": 2}', "The key 'a' appears twice in one object (line 1)", [9, 12]],
      ['{\n"a": 1,\n"a": 2}', "The key 'a' appears twice in one object (lines 2 and 3)"],
      ['[{"a": 1}, {"b": 1, "b": 2}]', "The key 'b' appears twice in one object (line 1)"],
      ['[]', 'The JSON list is empty'],
      ['{}', 'The JSON object is empty'],
      ['[{"a": 1}, 2]', 'Item 2 of the JSON list is a number, but item 1 is an object'],
      ['[1, "x"]', "Item 2 of the JSON list: 'x' is not a number"],
      ['[1, 1e400]', "Item 2 of the JSON list: '1e400' is too large to be a finite number"],
      ['{"a": [{"x": 1}], "b": [{"y": 2}]}', "The JSON object holds several lists of rows ('a', 'b')"],
    ];
    for (const [text, message, span] of failures) {
      it(`${JSON.stringify(text)} fails`, () => {
        const error = failure(readSelection(text));
        assert.equal(error.code, 'invalidSelection');
        assert.equal(error.message, message);
        if (span !== undefined) assert.deepEqual(error.span, { start: span[0], end: span[1] });
      });
    }
  });

  describe('text and refusals', () => {
    const texts = [
      'cost / clicks',
      'ctr(clicks=120, impressions=4000)',
      'ctr = clicks / impressions',
      '5 -3',
      '120 - 40',
      'hello',
      '(1 + 2) * 3',
    ];
    for (const text of texts) {
      it(`${JSON.stringify(text)} is left to the expression parser`, () => {
        assert.deepEqual(readSelection(text), { ok: true, kind: 'text' });
      });
    }

    const refusals: [text: string, message: string][] = [
      ['', 'The selection is empty'],
      ['  \n\t \r\n', 'The selection is empty'],
      ['\uFEFF', 'The selection is empty'],
      ['ab\u0000cd', 'The selection is not text: it holds NUL bytes or other control characters'],
      ['\u0001\u0002\u0003abc', 'The selection is not text: it holds NUL bytes or other control characters'],
    ];
    for (const [text, message] of refusals) {
      it(`${JSON.stringify(text)} is refused`, () => {
        const error = failure(readSelection(text));
        assert.equal(error.code, 'invalidSelection');
        assert.equal(error.message, message);
      });
    }

    // Rows many enough that one control character is below the sampled share: only the NUL tells.
    const rows = '{"campaign": "Brand", "clicks": 120},\n'.repeat(40);
    const nuls = [
      '{"campaign": "Br\u0000and", "clicks": 1}',
      '{"camp\u0000aign": "Brand", "clicks": 1}',
      '{"campaign": "Brand", "clicks": 1}\u0000',
      '{"campaign": "Brand", "clicks": 1\u0000}',
    ];
    for (const last of nuls) {
      it(`a NUL in JSON rows is refused: ${JSON.stringify(last)}`, () => {
        const text = `[${rows}${last}]`;
        const error = failure(readSelection(text));
        assert.equal(error.message, 'The selection is not text: it holds NUL bytes or other control characters');
        assert.deepEqual(error.span, { start: text.indexOf('\u0000'), end: text.indexOf('\u0000') + 1 });
      });
    }
  });
});
