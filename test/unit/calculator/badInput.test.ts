import assert from 'node:assert/strict';
import { handleCompute, handleComputeAll } from '../../../src/calculator/handler';
import { BAD_INPUT_CASES } from '../../shared/badInputCases';
import { testConfig } from './config';

/** `name: value` lines as the calculator's compute-all fields (the webview sends them keyed). */
function fieldsOf(text: string): Record<string, string> | undefined {
  const values: Record<string, string> = Object.create(null);
  for (const line of text.split('\n')) {
    const match = /^(\w+): (.*)$/.exec(line);
    if (!match || match[1]! in values) return undefined;
    values[match[1]!] = match[2]!;
  }
  return values;
}

describe('bad input through the calculator message handler', () => {
  const config = testConfig();
  const lineCases = BAD_INPUT_CASES.filter((c) => c.partial && fieldsOf(c.text));

  it(`covers the matrix's name: value cases (${lineCases.length})`, () => assert.ok(lineCases.length >= 8));
  for (const testCase of lineCases) {
    it(`compute all: ${testCase.name}`, () => {
      const result = handleComputeAll({ type: 'computeAll', requestId: 1, values: fieldsOf(testCase.text)! }, config);
      const shown = [
        ...result.problems.map((p) => `${p.field ?? ''}: ${p.message}`),
        `unmatched: ${result.unmatched.join(', ')}`,
      ];
      assert.ok(
        shown.some((m) => testCase.message.test(m)),
        `no message matches ${testCase.message}: ${JSON.stringify(shown)}`,
      );
    });
  }

  const fieldCases: [name: string, values: Record<string, string>, field: string, message: RegExp][] = [
    ['NaN', { clicks: 'NaN', impressions: '4000' }, 'clicks', /'NaN' is not a number/],
    ['Infinity', { clicks: 'Infinity', impressions: '4000' }, 'clicks', /not a finite number/],
    ['1e309', { clicks: '1e309', impressions: '4000' }, 'clicks', /too large/],
    ['#DIV/0!', { clicks: '#DIV/0!', impressions: '4000' }, 'clicks', /spreadsheet error/],
    ['negative count', { clicks: '-5', impressions: '4000' }, 'clicks', /negative/],
    ['part larger than whole', { clicks: '5000', impressions: '4000' }, 'clicks', /larger than impressions/],
    ['zero denominator', { clicks: '0', impressions: '0' }, 'impressions', /no impressions/],
  ];
  for (const [name, values, field, message] of fieldCases) {
    it(`a CTR field: ${name}`, () => {
      const result = handleCompute(
        { type: 'compute', requestId: 1, metricId: 'ctr', variant: '', values, solveFor: 'ctr' },
        config,
      );
      assert.equal(result.ok, false, JSON.stringify(result));
      assert.ok(
        result.problems.some((p) => p.field === field && message.test(p.message)),
        JSON.stringify(result.problems),
      );
    });
  }
});
