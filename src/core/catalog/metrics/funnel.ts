import type { MetricFacts } from '../withProse';

export const FUNNEL_METRICS: readonly MetricFacts[] = [
  {
    id: 'leadToCustomerRate', name: 'Lead-to-customer rate',
    aliases: ['lead-to-customer rate', 'lead to customer rate', 'lead conversion rate',
      'lead-to-customer conversion rate'],
    formula: 'newCustomers / leads', unit: 'percent', direction: 'higher',
    related: ['mqlToSqlRate', 'sqlToCustomerRate', 'cpl', 'cac', 'leadToSaleRate'],
    examples: [{ inputs: { newCustomers: 100, leads: 1000 }, expected: 0.1 }],
    parts: [{ part: 'newCustomers', whole: 'leads' }],
  },
  {
    id: 'mqlToSqlRate', name: 'MQL-to-SQL rate',
    aliases: ['mql-to-sql rate', 'mql to sql rate', 'mql to sql conversion rate', 'mql-to-sql conversion rate'],
    formula: 'sqls / mqls', unit: 'percent', direction: 'higher',
    related: ['leadToCustomerRate', 'sqlToCustomerRate', 'cpl'],
    examples: [{ inputs: { sqls: 300, mqls: 500 }, expected: 0.6 }],
    parts: [{ part: 'sqls', whole: 'mqls' }],
  },
  {
    id: 'sqlToCustomerRate', name: 'SQL-to-customer rate (close rate)',
    aliases: ['sql-to-customer rate', 'sql to customer rate', 'close rate', 'win rate'],
    formula: 'newCustomers / sqls', unit: 'percent', direction: 'higher',
    related: ['mqlToSqlRate', 'leadToCustomerRate', 'leadToSaleRate', 'cac'],
    examples: [{ inputs: { newCustomers: 50, sqls: 200 }, expected: 0.25 }],
    parts: [{ part: 'newCustomers', whole: 'sqls' }],
  },
];
