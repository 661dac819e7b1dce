import assert from 'node:assert/strict';
import { builtinCatalog, type CoreOptions } from '../../../src/core';
import { analyse } from '../../../src/commands/evaluate/analyse';
import { evaluateAll } from '../../../src/commands/evaluate/evaluateAll';
import { targetForLanguage } from '../../../src/commands/evaluate/codeTarget';
import { checkInput, inputPrompt } from '../../../src/commands/evaluate/inputCheck';
import { candidatesFor, noCandidateMessage, numbersAppendix } from '../../../src/commands/evaluate/numbers';
import { commentPrefixOf, recordLines, recordMarkdown, separatorOf } from '../../../src/commands/evaluate/record';
import { appended, blockBelow, shiftOffset } from '../../../src/edits/offsets';
import { isLarge, type Work } from '../../../src/commands/evaluate/work';

const catalog = builtinCatalog();
const options: CoreOptions = { locale: 'en-US', catalog };

/** What Evaluate Selection writes for a selection: the appended text, or the block below. */
function written(text: string, languageId = 'plaintext', opts: CoreOptions = options): string {
  const analysis = analyse(text, opts);
  if ('ok' in analysis) return `error: ${analysis.error.message}`;
  switch (analysis.kind) {
    case 'value':
      return appended(analysis.value.text);
    case 'record':
      return recordLines(analysis.record, analysis.separator, commentPrefixOf(languageId));
    case 'numbers':
      return `numbers: ${analysis.values.join(' ')}`;
    case 'table':
      return `table: ${analysis.source.rowCount} row(s)`;
  }
}

describe('Evaluate Selection: the currency the values are written in', () => {
  const de: CoreOptions = { locale: 'de-DE', currency: 'USD', catalog };

  it('€ in, € out: amounts in euros give a CPC in euros under a dollar setting', () => {
    assert.equal(written('cost: 1.234,50 €\nclicks: 1.000', 'plaintext', de), 'cpc: 1,23\u00a0€');
  });

  it("without a currency in the values, the setting's", () => {
    assert.equal(written('cost: 1.234,50\nclicks: 1.000', 'plaintext', de), 'cpc: 1,23\u00a0$');
  });

  it('two currencies: used as written, and said so', () => {
    assert.equal(
      written('cost: 100 €\nrevenue: $500\n', 'plaintext', options),
      "roas: 5.00x\n# The values name EUR and USD: they were used as written, not converted; results are in EUR\n# MER equals ROAS here (revenue / cost), shown once as ROAS; MER counts all marketing spend, ROAS one channel's",
    );
  });
});

describe('Evaluate Selection: what each selection becomes', () => {
  const cases: [string, string, string?][] = [
    ['ctr(clicks=1200, impressions=45000)', ' = 2.67%'],
    ['roas(50000, 10000)', ' = 5.00x'],
    ['ctr(1200, 45000) * 2', ' = 5.33%'],
    ['(120 + 80) / 4', ' = 50.00'],
    ['clicks: 1200\nimpressions: 45000', 'ctr: 2.67%'],
    ['clicks = 1200\nimpressions = 45000', 'ctr = 2.67%'],
    [
      'clicks: 1200\nimpressions: 45000\ncampaign: Spring',
      'ctr: 2.67%\n# not used, no quantity of that name: campaign',
    ],
    [
      'clicks: 1200\nimpressions: 45000\ncampaign: Spring',
      'ctr: 2.67%\n// not used, no quantity of that name: campaign',
      'typescript',
    ],
    ['cost: $500\nclicks: 1200', 'cpc: $0.42'],
    [
      'clicks: 50000\nimpressions: 45000\ncost: 100',
      'cpc: $0.002\ncpm: $2.22\n# CTR: clicks (50,000) is larger than impressions (45,000): a part cannot exceed its whole',
    ],
    ['1200 45000', 'numbers: 1200 45000'],
    ['1200\n45000', 'numbers: 1200 45000'],
    ['[{"clicks": 1, "impressions": 2}]', 'table: 1 row(s)'],
    ['{"clicks": 1, "impressions": 2}', 'table: 1 row(s)'],
    ['{"data": [{"clicks": 1, "impressions": 2}, {"clicks": 1, "impressions": 4}]}', 'table: 2 row(s)'],
    ['clicks,impressions\n1,2\n3,4', 'table: 2 row(s)'],
    ['', 'error: The selection is empty'],
    ['   \n ', 'error: The selection is empty'],
    ['{"clicks": 1,\n "impressions": }', 'error: The JSON is malformed at line 2, column 17: value expected'],
    ['ctrr(1, 2)', "error: unknown metric 'ctrr' at 1:1 — did you mean 'ctr'?"],
    ['campaign: Spring\nregion: EU', "error: expected an operator or the end of the expression at 1:9, found ':'"],
    ['foo: 1\nbar: 2', "error: No KPI can be computed from foo, bar: no quantity is named 'foo', 'bar'"],
    [
      'campaign: Spring\nclicks: 12',
      "error: No KPI can be computed from campaign, clicks: CTR also needs impressions (and no quantity is named 'campaign')",
    ],
  ];
  for (const [input, expected, language] of cases) {
    it(`${JSON.stringify(input)}${language ? ` in ${language}` : ''} → ${JSON.stringify(expected)}`, () => {
      const actual = written(input, language);
      if (expected.startsWith('error: ')) assert.ok(actual.startsWith(expected), actual);
      else assert.equal(actual, expected);
    });
  }

  it('a record with a bad value names the field', () => {
    assert.equal(
      written('clicks: 12x\nimpressions: 100\ncost: 5'),
      "cpm: $50.00\n# clicks: '12x' is not a number: 'x' after the number is not a currency, a percent sign or a multiplier (k, M, bn)",
    );
  });

  it('a record as a Markdown cell: KPI / value table and notes', () => {
    const analysis = analyse('clicks: 1200\nimpressions: 45000\ncampaign: <b>', options);
    assert.ok(!('ok' in analysis) && analysis.kind === 'record');
    assert.equal(
      recordMarkdown(analysis.record),
      '| KPI | Value |\n| :-- | --: |\n| CTR | 2.67% |\n\n- Not used, no quantity of that name: campaign',
    );
  });

  const separators: [string, string][] = [
    ['clicks: 1', ': '],
    ['clicks = 1', ' = '],
    ['ad spend = 1:2', ' = '],
    ['"clicks": 1,', ': '],
  ];
  for (const [text, expected] of separators) {
    it(`writes lines back with ${JSON.stringify(expected)} after ${JSON.stringify(text)}`, () =>
      assert.equal(separatorOf(text), expected));
  }
});

describe('text placed below a selection', () => {
  const cases: { name: string; atLineStart: boolean; eol: string; blank: boolean; expected: string }[] = [
    { name: 'after the last line', atLineStart: false, eol: '\n', blank: false, expected: '\nctr: 2.67%\n# x' },
    {
      name: 'before the next line (whole lines selected)',
      atLineStart: true,
      eol: '\n',
      blank: false,
      expected: 'ctr: 2.67%\n# x\n',
    },
    { name: 'CRLF documents', atLineStart: false, eol: '\r\n', blank: false, expected: '\r\nctr: 2.67%\r\n# x' },
    {
      name: 'a Markdown table after a blank line',
      atLineStart: false,
      eol: '\n',
      blank: true,
      expected: '\n\nctr: 2.67%\n# x',
    },
    {
      name: 'a Markdown table before the next line',
      atLineStart: true,
      eol: '\n',
      blank: true,
      expected: '\nctr: 2.67%\n# x\n',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const edit = blockBelow({ offset: 7, atLineStart: c.atLineStart }, 'ctr: 2.67%\n# x', c.eol, c.blank);
      assert.deepEqual(edit, { start: 7, end: 7, text: c.expected });
    });
  }

  const shifts: [number, { start: number; end: number; text: string }[], number][] = [
    [10, [], 10],
    [10, [{ start: 2, end: 2, text: ' = 1' }], 14],
    [10, [{ start: 2, end: 5, text: 'x' }], 8],
    [10, [{ start: 10, end: 10, text: 'abc' }], 13],
    [10, [{ start: 12, end: 12, text: 'abc' }], 10],
    [
      10,
      [
        { start: 0, end: 1, text: '' },
        { start: 3, end: 3, text: '12' },
      ],
      11,
    ],
  ];
  for (const [offset, edits, expected] of shifts) {
    it(`offset ${offset} after ${JSON.stringify(edits)} is ${expected}`, () =>
      assert.equal(shiftOffset(offset, edits), expected));
  }
});

describe('a list of numbers: the metrics it can be', () => {
  it('1200 45000: CTR first among the metrics of two inputs, in catalog order', () => {
    const candidates = candidatesFor([1200, 45000], options);
    const ctr = candidates.find((c) => c.metric.id === 'ctr');
    assert.ok(ctr?.result.ok);
    assert.equal(ctr.call, 'ctr(clicks=1200, impressions=45000)');
    assert.equal(numbersAppendix({ ...ctr, result: ctr.result }), ' = 2.67% (CTR)');
    assert.ok(candidates.every((c) => catalog.formula(c.metric.id)?.inputs.length === 2));
    const firstFailure = candidates.findIndex((c) => !c.result.ok);
    assert.ok(
      firstFailure < 0 || candidates.slice(firstFailure).every((c) => !c.result.ok),
      'computable metrics come first',
    );
  });

  it('45000 1200 (the wrong order): CTR is listed with its reason', () => {
    const ctr = candidatesFor([45000, 1200], options).find((c) => c.metric.id === 'ctr');
    assert.ok(ctr && !ctr.result.ok);
    assert.match(ctr.result.error.message, /clicks \(45,000\) is larger than impressions/);
  });

  it('five numbers: no metric, and the message says which counts there are', () => {
    assert.deepEqual(candidatesFor([1, 2, 3, 4, 5], options), []);
    assert.equal(
      noCandidateMessage(5, options),
      'No metric takes 5 numbers: metrics take 1, 2, 3 inputs. Select name: value lines to say which number is which.',
    );
  });
});

describe('Quick Calculate input boxes', () => {
  const cases: [string, string, string, string][] = [
    ['1200', 'clicks', 'en-US', 'ok'],
    ['1,200', 'clicks', 'en-US', 'ok'],
    ['1.200', 'clicks', 'de-DE', 'ok'],
    ['', 'clicks', 'en-US', 'Type the clicks'],
    [
      '12x',
      'clicks',
      'en-US',
      "Clicks: '12x' is not a number: 'x' after the number is not a currency, a percent sign or a multiplier (k, M, bn)",
    ],
    ['-5', 'clicks', 'en-US', 'Clicks cannot be negative'],
    ['#DIV/0!', 'impressions', 'en-US', "Impressions: '#DIV/0!' is not a number (a spreadsheet error)"],
    ['NaN', 'cost', 'en-US', "Cost: 'NaN' is not a number"],
  ];
  for (const [text, input, locale, expected] of cases) {
    it(`${JSON.stringify(text)} for ${input} in ${locale}: ${expected}`, () => {
      const check = checkInput(text, input, catalog, locale);
      assert.equal(check.ok ? 'ok' : check.message, expected);
    });
  }

  it('says how an ambiguous number was read', () => {
    const check = checkInput('1,234', 'clicks', catalog, 'de-DE');
    assert.ok(check.ok);
    assert.match(check.note ?? '', /read '1,234' as 1\.234/);
  });

  const prompts: [string, string][] = [
    ['clicks', 'Clicks (count)'],
    ['cost', 'Cost (money, EUR)'],
  ];
  for (const [input, expected] of prompts) {
    it(`prompts ${input} as ${expected}`, () => assert.equal(inputPrompt(input, catalog, 'EUR'), expected));
  }
});

describe('Insert Formula as Code: the target a language writes', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['python', 'pandas'],
    ['sql', 'sql'],
    ['javascript', 'javascript'],
    ['typescript', 'javascript'],
    ['typescriptreact', 'javascript'],
    ['latex', 'latex'],
    ['markdown', undefined],
    ['plaintext', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    [undefined, undefined],
  ];
  for (const [language, target] of cases) {
    it(`${String(language)} → ${String(target)}`, () => assert.equal(targetForLanguage(language), target));
  }
});

describe('large selections', () => {
  it('are over 1,000,000 characters or 10,000 lines', () => {
    assert.equal(isLarge(['x'.repeat(1_000_000)]), false);
    assert.equal(isLarge(['x'.repeat(1_000_001)]), true);
    assert.equal(isLarge(['\n'.repeat(10_000)]), false);
    assert.equal(isLarge(['\n'.repeat(5_001), '\n'.repeat(5_000)]), true);
  });

  it('stop between chunks when cancelled, with nothing returned', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},${i + 10}`).join('\n');
    let steps = 0;
    const work: Work = {
      get cancelled() {
        return steps >= 2;
      },
      step: async () => {
        steps++;
      },
    };
    assert.equal(await evaluateAll([`clicks,impressions\n${rows}`], options, work), undefined);
    assert.equal(steps, 2);
  });
});
