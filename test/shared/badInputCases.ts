/**
 * The bad-input matrix: what analysts paste, and the message each must get. One table, run
 * through the core API by the unit tests and through the editor commands inside VS Code by
 * the integration tests, so both layers answer the same way.
 */
export interface BadInputCase {
  readonly name: string;
  readonly text: string;
  /** What the user must be told: the message names the input. */
  readonly message: RegExp;
  /** Set when the input is usable in part: the reading succeeds and reports this problem. */
  readonly partial?: true;
  /** Where the command says it in its own words before the core is asked (nothing selected). */
  readonly commandMessage?: RegExp;
}

const deep = '['.repeat(100_000) + ']'.repeat(100_000);
const longLine = Array.from({ length: 200_000 }, (_, i) => String(i % 1000).padStart(9, ' ')).join(' ');

export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  {
    name: 'malformed JSON: missing value',
    text: '{"clicks": 12, "impressions": }',
    message: /JSON is malformed at line 1, column 31/,
  },
  { name: 'malformed JSON on line 3', text: '[\n  {"clicks": 1},\n  {"clicks" 2}\n]', message: /line 3, column 13/ },
  { name: 'malformed JSON: unclosed array', text: '[{"clicks": 1}', message: /JSON is malformed at line 1/ },
  { name: 'empty selection', text: '', message: /selection is empty/, commandMessage: /Nothing is selected/ },
  { name: 'whitespace selection', text: '  \n\t \n', message: /selection is empty/ },
  {
    name: 'NaN as a value',
    text: 'clicks: NaN\nimpressions: 4000',
    message: /clicks.*'NaN' is not a number/,
    partial: true,
  },
  {
    name: 'Infinity as a value',
    text: 'clicks: Infinity\nimpressions: 4000',
    message: /clicks.*'Infinity' is not a finite number/,
    partial: true,
  },
  {
    name: '1e309 overflows',
    text: 'clicks: 1e309\nimpressions: 4000',
    message: /clicks.*'1e309' is too large/,
    partial: true,
  },
  {
    name: '#DIV/0! from a spreadsheet',
    text: 'clicks: #DIV/0!\nimpressions: 4000',
    message: /clicks.*'#DIV\/0!' is not a number \(a spreadsheet error\)/,
    partial: true,
  },
  { name: 'N/A', text: 'clicks: N/A\nimpressions: 4000', message: /clicks.*'N\/A' is not a number/, partial: true },
  { name: 'NaN inside a call', text: 'ctr(clicks=NaN, impressions=4000)', message: /unknown name 'NaN' at 1:12/ },
  { name: 'negative count', text: 'clicks: -5\nimpressions: 100', message: /clicks is negative \(-5\)/, partial: true },
  { name: 'negative count in a call', text: 'ctr(clicks=-5, impressions=100)', message: /clicks is negative/ },
  { name: 'negative cost in a call', text: 'roas(revenue=50, cost=-10)', message: /cost is negative/ },
  {
    name: 'clicks larger than impressions',
    text: 'clicks: 5000\nimpressions: 4000',
    message: /clicks \(5,000\) is larger than impressions \(4,000\)/,
    partial: true,
  },
  {
    name: 'clicks larger than impressions in a call',
    text: 'ctr(clicks=5000, impressions=4000)',
    message: /clicks \(5,000\) is larger than impressions \(4,000\)/,
  },
  { name: 'zero impressions', text: 'ctr(clicks=0, impressions=0)', message: /no impressions/ },
  {
    name: 'zero impressions in lines',
    text: 'clicks: 0\nimpressions: 0\ncost: 10',
    message: /no impressions/,
    partial: true,
  },
  { name: 'zero denominator in CPM', text: 'cpm(cost=10, impressions=0)', message: /no impressions/ },
  { name: 'arithmetic division by zero', text: '1 / 0', message: /divides by zero/ },
  {
    name: 'unknown field is listed',
    text: 'campaign_code: 17\nclicks: 5\nimpressions: 50',
    message: /campaign_code/,
    partial: true,
  },
  {
    name: 'misspelt input in a call',
    text: 'ctr(clciks=1, impressions=2)',
    message: /unknown input of CTR 'clciks' at 1:5 — did you mean 'clicks'\?/,
  },
  { name: 'misspelt metric', text: 'ctrr(1, 2)', message: /unknown metric 'ctrr' at 1:1 — did you mean 'ctr'\?/ },
  {
    name: 'misspelt name in arithmetic',
    text: 'clciks / 2',
    message: /unknown name 'clciks' at 1:1 — did you mean 'clicks'\?/,
  },
  { name: 'too few positional inputs', text: 'roas(50000)', message: /ROAS needs cost/ },
  {
    name: 'too many positional inputs',
    text: 'ctr(1, 2, 3)',
    message: /CTR takes 2 inputs \(clicks, impressions\), not 3/,
  },
  { name: 'an input given twice', text: 'ctr(clicks=1, clicks=2)', message: /clicks is given twice/ },
  { name: 'unclosed parenthesis', text: '(1 + 2', message: /expected a '\)' to close the '\(' at 1:1 at 1:7/ },
  { name: 'dangling operator', text: 'clicks /', message: /at 1:9, found the end of the expression/ },
  { name: 'unclosed call', text: 'ctr(clicks=1, impressions=2', message: /to close the call to 'ctr'/ },
  { name: 'not a real number', text: '(-8) ^ 0.5', message: /not a real number/ },
  { name: 'duplicate JSON keys', text: '{"clicks": 1, "impressions": 10, "clicks": 2}', message: /clicks/ },
  { name: 'duplicate key lines', text: 'clicks: 1\nimpressions: 10\nclicks: 2', message: /clicks/ },
  {
    name: '__proto__ key in JSON',
    text: '{"__proto__": {"polluted": 1}, "clicks": 1, "impressions": 10}',
    message: /__proto__/,
    partial: true,
  },
  {
    name: 'constructor column in rows',
    text: '[{"constructor": 5, "clicks": 1, "impressions": 10}]',
    message: /constructor/,
    partial: true,
  },
  {
    name: 'prototype key in lines',
    text: 'prototype: 1\nclicks: 1\nimpressions: 10',
    message: /prototype/,
    partial: true,
  },
  { name: 'deeply nested JSON', text: deep, message: /nested/ },
  {
    name: 'two lists of rows in one object',
    text: '{"a": [{"clicks": 1}], "b": [{"clicks": 2}]}',
    message: /more than one list|two lists|lists/,
  },
  { name: 'binary junk', text: '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000', message: /not text/ },
  {
    name: 'spreadsheet error in a CSV cost column',
    text: 'campaign,cost,clicks\nA,10,5\nB,#DIV/0!,4\nC,12,6',
    message: /Row 2, column 'cost': '#DIV\/0!'/,
    partial: true,
  },
  {
    name: 'CSV row with too many cells',
    text: 'clicks,impressions\n1,10\n2,20,30',
    message: /Row 2 has 3 cells but the header has 2 columns/,
    partial: true,
  },
  {
    name: 'mixed decimal conventions in one column',
    text: 'campaign;cost;clicks\nA;1.234,5;10\nB;1,234.5;10\nC;2.000;10',
    message: /cost/,
    partial: true,
  },
];

/** Inputs that look hostile but are fine: each must read without a problem. */
export interface GoodInputCase {
  readonly name: string;
  readonly text: string;
}

export const GOOD_INPUT_CASES: readonly GoodInputCase[] = [
  { name: 'CSV with a quoted separator', text: 'campaign,clicks,impressions\n"Spring, EU",10,100\nSummer,5,50' },
  { name: 'CSV with a quoted newline', text: 'campaign,clicks,impressions\n"Spring\nEU",10,100\nSummer,5,50' },
  { name: 'CSV with a UTF-8 BOM', text: '\uFEFFclicks,impressions\n10,100\n5,50' },
  {
    name: 'JSON with comments and a trailing comma',
    text: '{\n  // from the export\n  "clicks": 10,\n  "impressions": 100,\n}',
  },
  { name: 'a 2,000,000-character single line of numbers', text: longLine },
];
