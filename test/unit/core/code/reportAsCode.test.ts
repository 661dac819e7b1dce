// reportAsCode's contract, and its SQL read by node-sql-parser in the grammar of each engine
// that cannot run here (BigQuery, Snowflake, SQL Server, Spark as Hive, Redshift, MySQL and
// MariaDB), for every period: it parses, its three steps are there, and every KPI is a column
// of the result. Engines that run here are reportOnEngines.test.ts.
import assert from 'node:assert/strict';
import { Parser } from 'node-sql-parser';
import { reportAsCode, SQL_DIALECTS, type SqlDialect } from '../../../../src/core';
import type { Period } from '../../../../src/core/dates/periods';
import { GRAMMARS } from './engineTables';

const META = [
  'Campaign name',
  'Day',
  'Amount spent (USD)',
  'Impressions',
  'Reach',
  'Link clicks',
  'Leads',
  'Cost per lead (USD)',
];
const METRICS = ['ctr', 'cpc', 'cpl', 'frequency'];
const PERIODS: readonly (Period | undefined)[] = [undefined, 'day', 'week', 'month', 'quarter', 'year'];

describe('reportAsCode', () => {
  it("reads the table's header as the core does: Meta's names become aliases, a micros column is scaled", () => {
    const code = reportAsCode({ groupBy: ['Campaign name'], metrics: ['cpc'] }, 'sql', {
      dialect: 'duckdb',
      columns: ['campaign.name', 'metrics.clicks', 'metrics.cost_micros'],
    });
    assert.ok(code.ok, code.ok ? '' : code.error.message);
    assert.match(code.code, /"campaign\.name" AS campaign_name/);
    assert.match(code.code, /"metrics\.cost_micros" \* 0\.000001 AS cost/);
    assert.match(code.code, /cost \/ NULLIF\(clicks, 0\) AS cpc/);
  });

  it('columnMappings name the columns when no header is given', () => {
    const code = reportAsCode({ metrics: ['ctr'] }, 'sql', { columnMappings: { 'Klicks gesamt': 'clicks' } });
    assert.ok(code.ok);
    assert.match(code.code, /"Klicks gesamt" AS clicks/);
    assert.match(code.code, /impressions AS impressions/);
  });

  it('without metrics, those the columns determine; a metric whose input no column gives is left out, saying so', () => {
    const all = reportAsCode({ groupBy: ['Campaign name'] }, 'pandas', { columns: META });
    assert.ok(all.ok);
    assert.ok(['ctr', 'cpc', 'cpl', 'cpm'].every((id) => all.code.includes(`report["${id}"]`)));
    const some = reportAsCode({ metrics: ['ctr', 'roas'] }, 'sql', { columns: META });
    assert.ok(some.ok);
    assert.deepEqual(some.notes, ['roas is left out: no column gives revenue.']);
    assert.match(some.code, /^-- roas is left out: no column gives revenue\./);
  });

  it('refuses what it cannot write, naming the input', () => {
    const cases: [Parameters<typeof reportAsCode>, string, RegExp][] = [
      [[{ period: 'month', metrics: ['ctr'] }, 'sql'], 'dialect', /needs the engine's date functions/],
      [[{ metrics: ['ctr'] }, 'excel' as never], 'target', /unknown report code target 'excel'/],
      [[{ metrics: ['ctr'] }, 'sql', { dialect: 'oracle' as never }], 'dialect', /unknown SQL dialect 'oracle'/],
      [[{}, 'sql'], 'metrics', /Name the metrics/],
      [[{ metrics: ['ctx'] }, 'sql'], 'ctx', /unknown metric 'ctx'/],
      [[{ groupBy: ['Channel'], metrics: ['ctr'] }, 'sql', { columns: META }], 'Channel', /No column is "Channel"/],
    ];
    for (const [args, input, message] of cases) {
      const result = reportAsCode(...args);
      assert.ok(!result.ok, JSON.stringify(args));
      assert.equal(result.error.input, input);
      assert.match(result.error.message, message);
    }
  });

  it('states what it assumes: a head count kept only where every row agrees; no change from the period before', () => {
    const code = reportAsCode(
      { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod', metrics: ['frequency'] },
      'sql',
      { dialect: 'duckdb', columns: META },
    );
    assert.ok(code.ok);
    assert.deepEqual(code.notes, [
      'The change from the period before is not in this code.',
      'reach does not add up across rows: a group has it only where every row has the same value.',
    ]);
  });
});

describe('reportAsCode SQL read by node-sql-parser, every dialect and period', () => {
  const parser = new Parser();
  type Node = { readonly [key: string]: unknown };
  for (const dialect of SQL_DIALECTS as readonly SqlDialect[])
    for (const period of PERIODS) {
      // DuckDB runs its SQL here (reportOnEngines.test.ts); its TRY_CAST is no PostgreSQL.
      if ((dialect === 'portable' && period) || (dialect === 'duckdb' && period)) continue;
      for (const grammar of GRAMMARS[dialect])
        it(`${dialect} on parser ${grammar}: by campaign${period ? ` and ${period}` : ''}`, () => {
          const code = reportAsCode(
            { groupBy: ['Campaign name'], ...(period ? { period } : {}), metrics: METRICS },
            'sql',
            {
              dialect,
              columns: META,
            },
          );
          assert.ok(code.ok, code.ok ? '' : code.error.message);
          const ast = parser.astify(code.code, { database: grammar });
          const select = (Array.isArray(ast) ? ast[0] : ast) as unknown as Node;
          const steps = (select.with as { name: { value: string } }[]).map((w) => w.name.value);
          assert.deepEqual(steps, ['report_rows', 'report_sums', 'report_groups']);
          const aliases = (select.columns as { as: string | null }[]).map((c) => c.as);
          for (const id of METRICS) assert.ok(aliases.includes(id), `${id} in ${JSON.stringify(aliases)}`);
          assert.ok(/ROLLUP|UNION ALL/.test(code.code), 'subtotals per level');
        });
    }
});
