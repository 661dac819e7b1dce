import assert from 'node:assert/strict';
import { BUILTIN_CATALOG, buildCatalog, computeAll, evaluate, solve } from '../../../src/core';

describe('custom metrics', () => {
  const valid = {
    id: 'costPerSession',
    name: 'Cost per session',
    formula: 'cost / sessions',
    unit: 'currency',
    direction: 'lower',
  };

  it('are computed, solved and chained like built-ins', () => {
    const { catalog, problems } = buildCatalog([
      valid,
      { id: 'doubleCtr', name: 'Twice CTR', formula: '2 * ctr', unit: 'percent' },
    ]);
    assert.deepEqual(problems, []);
    const result = evaluate('costPerSession', { cost: 100, sessions: 50 }, { catalog });
    assert.ok(result.ok);
    assert.equal(result.text, '$2.00');
    const solved = solve('costPerSession', { costPerSession: 2, sessions: 50 }, 'cost', { catalog });
    assert.ok(solved.ok);
    assert.equal(solved.value, 100);
    const all = computeAll({ clicks: 10, impressions: 100 }, { catalog });
    assert.ok(all.results.some((r) => r.id === 'doubleCtr' && r.value === 0.2));
    assert.deepEqual(catalog.categories.at(-1), {
      id: 'custom',
      name: 'Custom',
      description: 'Metrics defined in your settings.',
      metrics: ['costPerSession', 'doubleCtr'],
    });
  });

  it('join a built-in category named by name or id, which keeps its description, and leave the built-in one as it was', () => {
    const builtin = (id: string) => BUILTIN_CATALOG.categories.find((c) => c.id === id)!;
    const before = JSON.stringify(BUILTIN_CATALOG.categories);
    const { catalog, problems } = buildCatalog([
      { ...valid, category: 'Web analytics' },
      { id: 'sqlsPerLead', name: 'SQLs per lead', formula: 'sqls / leads', category: 'funnel' },
    ]);
    assert.deepEqual(problems, []);
    assert.equal(catalog.categories.length, BUILTIN_CATALOG.categories.length);
    const web = catalog.categories.find((c) => c.id === 'webAnalytics')!;
    assert.deepEqual(web, {
      ...builtin('webAnalytics'),
      metrics: [...builtin('webAnalytics').metrics, 'costPerSession'],
    });
    assert.deepEqual(catalog.categories.find((c) => c.id === 'funnel')!.metrics, [
      ...builtin('funnel').metrics,
      'sqlsPerLead',
    ]);
    assert.equal(JSON.stringify(BUILTIN_CATALOG.categories), before);
  });

  describe('a wrong definition is reported by metric and field, and the rest keep working', () => {
    const cases: [definition: unknown, metric: string, field: string, message: RegExp][] = [
      [
        { id: 'a', name: 'A', formula: 'clciks / impressions' },
        'a',
        'formula',
        /unknown name 'clciks' in 'clciks \/ impressions' — did you mean 'clicks'\?/,
      ],
      [{ id: 'b', name: 'B', formula: 'clicks / ' }, 'b', 'formula', /expected a number, a name or '\(' at 1:9/],
      [{ id: 'ctr', name: 'Mine', formula: 'clicks' }, 'ctr', 'id', /already taken/],
      [{ id: 'Bad Id', name: 'X', formula: 'clicks' }, 'Bad Id', 'id', /camelCase/],
      [{ id: 'c', name: '', formula: 'clicks' }, 'c', 'name', /must not be empty/],
      [{ id: 'd', name: 'D', formula: 'clicks', unit: 'euros' }, 'd', 'unit', /must be one of "count", "currency"/],
      [{ id: 'e', name: 'E', formula: 'ctr(1, 2)' }, 'e', 'formula', /cannot call other metrics/],
      [{ id: 'f', name: 'F', formula: 'g + 1' }, 'f', 'formula', /refers to itself|unknown name/],
      ['not an object', '#1', '(definition)', /must be an object/],
      [{ id: 'g', name: 'G', formul: 'clicks' }, 'g', 'formula', /is required/],
      [{ id: 'h', name: 'H', formula: 'clicks', formul: 'x' }, 'h', 'formul', /unknown field 'formul'/],
    ];
    for (const [definition, metric, field, message] of cases) {
      it(`${JSON.stringify(definition)} → ${metric}.${field}`, () => {
        const { catalog, problems } = buildCatalog([definition, valid]);
        assert.equal(problems.length, 1, JSON.stringify(problems));
        assert.equal(problems[0]!.metric, metric);
        assert.equal(problems[0]!.field, field);
        assert.match(problems[0]!.message, message);
        assert.ok(evaluate('costPerSession', { cost: 1, sessions: 1 }, { catalog }).ok);
        assert.ok(evaluate('ctr', { clicks: 1, impressions: 2 }, { catalog }).ok);
      });
    }
  });

  it('reports a cycle between custom metrics', () => {
    const { problems } = buildCatalog([
      { id: 'f', name: 'F', formula: 'g + 1' },
      { id: 'g', name: 'G', formula: 'f * 2' },
    ]);
    assert.deepEqual(
      problems.map((p) => [p.metric, p.field]),
      [
        ['f', 'formula'],
        ['g', 'formula'],
      ],
    );
    assert.match(problems[0]!.message, /refers to itself/);
  });

  it('treats names in a workspace setting as data: __proto__ and constructor resolve to nothing', () => {
    const { problems } = buildCatalog([{ id: 'x', name: 'X', formula: 'constructor + __proto__' }]);
    assert.match(problems[0]!.message, /unknown name 'constructor'/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
