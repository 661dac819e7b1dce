import assert from 'node:assert/strict';
import { aggregate, computeAll, evaluateExpression, readSelection, type Inputs } from '../../../src/core';
import { BAD_INPUT_CASES, GOOD_INPUT_CASES } from '../../shared/badInputCases';

/**
 * What the core says about a selection, as the user would read it: the failure, or every
 * problem of a reading that was usable in part (fields, cells, metrics, unmatched names).
 */
function coreMessages(text: string): { ok: boolean; messages: string[] } {
  const reading = readSelection(text);
  if (!reading.ok) return { ok: false, messages: [reading.error.message] };
  switch (reading.kind) {
    case 'text': {
      const value = evaluateExpression(text);
      return value.ok ? { ok: true, messages: [] } : { ok: false, messages: [value.error.message] };
    }
    case 'numbers':
      return { ok: true, messages: [] };
    case 'record': {
      const record: Record<string, string | number | null> = Object.create(null);
      const messages = reading.fields.flatMap((f) => (f.problem ? [`${f.key}: ${f.problem}`] : []));
      for (const field of reading.fields) record[field.key] = field.value ?? field.raw;
      const result = computeAll(record as Inputs);
      messages.push(
        ...result.fieldProblems.map((p) => p.error.message),
        ...result.problems.map((p) => p.error.message),
      );
      if (result.unmatched.length) messages.push(`unmatched: ${result.unmatched.join(', ')}`);
      return { ok: true, messages };
    }
    case 'rows': {
      const rows = reading.rows.map((cells) => {
        const row: Record<string, string | number | null> = Object.create(null);
        reading.columns.forEach((column, i) => (row[column] = cells[i] ?? null));
        return row as Inputs;
      });
      const result = aggregate(rows);
      const messages = reading.problems.map((p) => p.message);
      for (const row of result.rows)
        messages.push(...row.fieldProblems.map((p) => p.error.message), ...row.problems.map((p) => p.error.message));
      const unmatched = [...new Set(result.rows.flatMap((r) => r.unmatched))];
      if (unmatched.length) messages.push(`unmatched: ${unmatched.join(', ')}`);
      return { ok: true, messages };
    }
  }
}

describe('bad input: every case gets a message that names the input', () => {
  it(`has at least 40 cases (${BAD_INPUT_CASES.length})`, () => assert.ok(BAD_INPUT_CASES.length >= 40));
  for (const testCase of BAD_INPUT_CASES) {
    it(testCase.name, () => {
      const { ok, messages } = coreMessages(testCase.text);
      assert.equal(
        ok,
        testCase.partial === true,
        `expected ${testCase.partial ? 'a partial reading' : 'a failure'}; got ${JSON.stringify(messages)}`,
      );
      assert.ok(
        messages.some((m) => testCase.message.test(m)),
        `no message matches ${testCase.message}: ${JSON.stringify(messages)}`,
      );
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
  }
  for (const testCase of GOOD_INPUT_CASES) {
    it(`reads cleanly: ${testCase.name}`, () => {
      const { ok, messages } = coreMessages(testCase.text);
      assert.ok(ok, JSON.stringify(messages));
      assert.deepEqual(
        messages.filter((m) => !m.startsWith('unmatched: campaign')),
        [],
      );
    });
  }
});
