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

  it('states what it assumes: a head count kept only where every row agrees', () => {
    const code = reportAsCode(
      { groupBy: ['Campaign name'], period: 'month', compare: 'previousPeriod', metrics: ['frequency'] },
      'sql',
      { dialect: 'duckdb', columns: META },
    );
    assert.ok(code.ok);
    assert.deepEqual(code.notes, [
      'reach does not add up across rows: a group has it only where every row has the same value.',
    ]);
  });

  it('refuses a comparison in portable SQL, which has no date arithmetic, and one without a period', () => {
    const portable = reportAsCode({ period: 'month', compare: 'previousYear', metrics: ['ctr'] }, 'sql');
    assert.ok(!portable.ok);
    assert.equal(portable.error.input, 'dialect');
    assert.match(
      portable.error.message,
      /^Comparing each month with the same one a year before needs the engine's date arithmetic, which no SQL shares: choose a dialect \(postgresql, /,
    );
    const noPeriod = reportAsCode({ compare: 'previousPeriod', metrics: ['ctr'] }, 'pandas');
    assert.ok(!noPeriod.ok);
    assert.equal(noPeriod.error.input, 'compare');
  });

  // How each engine finds the compared period's first day from `cur.<period>`; the values are
  // checked on DuckDB, SQLite, PostgreSQL and pandas (reportOnEngines.test.ts), the others only
  // parse here: this says what they are asked to do.
  const COMPARED: readonly [SqlDialect, Period, 'previousPeriod' | 'previousYear', string][] = [
    ['duckdb', 'month', 'previousPeriod', "prev.month = CAST(cur.month - INTERVAL '1 month' AS DATE)"],
    ['postgresql', 'quarter', 'previousPeriod', "prev.quarter = CAST(cur.quarter - INTERVAL '3 month' AS DATE)"],
    ['bigquery', 'month', 'previousYear', 'prev.month = DATE_SUB(cur.month, INTERVAL 12 MONTH)'],
    ['snowflake', 'day', 'previousPeriod', 'prev.day = DATEADD(day, -1, cur.day)'],
    ['sqlserver', 'week', 'previousPeriod', 'prev.week = DATEADD(day, -7, cur.week)'],
    ['spark', 'year', 'previousPeriod', 'prev.year = ADD_MONTHS(cur.year, -12)'],
    ['mysql', 'day', 'previousYear', 'prev.day = DATE_SUB(cur.day, INTERVAL 12 MONTH)'],
    [
      'redshift',
      'week',
      'previousYear',
      'prev.week = CASE WHEN EXTRACT(WEEK FROM cur.week - 364) = EXTRACT(WEEK FROM cur.week) THEN cur.week - 364 ELSE cur.week - 371 END',
    ],
    [
      'sqlite',
      'day',
      'previousYear',
      "prev.day = CASE WHEN strftime('%m-%d', cur.day) = '02-29' THEN date(cur.day, '-1 year', '-1 day') ELSE date(cur.day, '-1 year') END",
    ],
  ];
  for (const [dialect, period, compare, join] of COMPARED)
    it(`${dialect}: ${period} compared with ${compare === 'previousYear' ? 'a year before' : 'the one before'}`, () => {
      const code = reportAsCode({ groupBy: ['Campaign name'], period, compare, metrics: ['ctr'] }, 'sql', {
        dialect,
        columns: META,
      });
      assert.ok(code.ok, code.ok ? '' : code.error.message);
      assert.ok(code.code.includes(`\n  AND ${join}\n`), code.code);
    });

  it("writes the relative change over the previous value's magnitude, floating and guarded, as each engine divides", () => {
    const pct = (dialect: SqlDialect) => {
      const code = reportAsCode({ period: 'month', compare: 'previousPeriod', metrics: ['ctr'] }, 'sql', {
        dialect,
        columns: META,
      });
      assert.ok(code.ok);
      return code.code
        .split('\n')
        .find((line) => line.includes('AS ctr_change_pct'))!
        .trim();
    };
    assert.equal(pct('duckdb'), '(cur.ctr - prev.ctr) / NULLIF(ABS(prev.ctr), 0) AS ctr_change_pct');
    assert.equal(pct('mysql'), '1.0e0 * (cur.ctr - prev.ctr) / NULLIF(ABS(prev.ctr), 0) AS ctr_change_pct');
    assert.equal(pct('bigquery'), 'SAFE_DIVIDE(CAST(cur.ctr - prev.ctr AS FLOAT64), ABS(prev.ctr)) AS ctr_change_pct');
    assert.equal(pct('spark'), 'try_divide(CAST(cur.ctr - prev.ctr AS DOUBLE), ABS(prev.ctr)) AS ctr_change_pct');
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

describe('reportAsCode SQL with the change from a period before, read by node-sql-parser, every dialect and period', () => {
  const parser = new Parser();
  type Node = { readonly [key: string]: unknown };
  type Column = { as: string | null; expr: { column?: string | { expr: { value: string } } } };
  /** A column's name in the result: its alias, or the column it selects (`cur.ctr` is ctr). */
  const outputName = ({ as, expr }: Column) =>
    as ?? (typeof expr.column === 'string' ? expr.column : (expr.column?.expr.value ?? null));
  const compared = ['ctr', 'cpl'];
  // DuckDB, SQLite and PostgreSQL run it (reportOnEngines.test.ts); PostgreSQL and SQLite parse too.
  const dialects = SQL_DIALECTS.filter((d) => d !== 'portable' && d !== 'duckdb');
  for (const dialect of dialects)
    for (const period of PERIODS.filter((p) => p !== undefined))
      for (const compare of ['previousPeriod', 'previousYear'] as const)
        for (const grammar of GRAMMARS[dialect])
          it(`${dialect} on parser ${grammar}: by campaign and ${period}, compared with ${compare}`, () => {
            const code = reportAsCode({ groupBy: ['Campaign name'], period, compare, metrics: compared }, 'sql', {
              dialect,
              columns: META,
            });
            assert.ok(code.ok, code.ok ? '' : code.error.message);
            const ast = parser.astify(code.code, { database: grammar });
            const select = (Array.isArray(ast) ? ast[0] : ast) as unknown as Node;
            const steps = (select.with as { name: { value: string } }[]).map((w) => w.name.value);
            assert.deepEqual(steps, ['report_rows', 'report_sums', 'report_groups', 'report_kpis']);
            const from = (select.from as { table: string; as: string; join?: string }[]).map((f) => [
              f.table,
              f.as,
              f.join ?? null,
            ]);
            assert.deepEqual(from, [
              ['report_kpis', 'cur', null],
              ['report_kpis', 'prev', 'LEFT JOIN'],
            ]);
            assert.deepEqual((select.columns as Column[]).map(outputName), [
              'campaign_name',
              period,
              'grouping_level',
              ...compared.flatMap((id) => [id, `${id}_previous`, `${id}_change`, `${id}_change_pct`]),
            ]);
          });
});
