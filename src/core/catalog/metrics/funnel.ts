import type { MetricDef } from '../schema';
import { COHORT_LAG, sumsNotMeans } from '../cautions';

export const FUNNEL_METRICS: readonly MetricDef[] = [
  {
    id: 'leadToCustomerRate',
    name: 'Lead-to-customer rate',
    aliases: [
      'lead-to-customer rate',
      'lead to customer rate',
      'lead conversion rate',
      'lead-to-customer conversion rate',
    ],
    formula: 'newCustomers / leads',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of leads that became paying customers. It summarises the whole funnel from first ' +
      'contact to closed sale and, with cost per lead, determines acquisition cost. Compare it by lead source ' +
      'to see which channels bring buyers rather than just names.',
    cautions: [COHORT_LAG, sumsNotMeans('new customers', 'leads')],
    related: ['mqlToSqlRate', 'sqlToCustomerRate', 'cpl', 'cac', 'leadToSaleRate'],
    examples: [
      {
        description: '100 customers won from 1,000 leads is a lead-to-customer rate of 10 %.',
        inputs: { newCustomers: 100, leads: 1000 },
        expected: 0.1,
      },
    ],
    parts: [{ part: 'newCustomers', whole: 'leads' }],
  },
  {
    id: 'mqlToSqlRate',
    name: 'MQL-to-SQL rate',
    aliases: ['mql-to-sql rate', 'mql to sql rate', 'mql to sql conversion rate', 'mql-to-sql conversion rate'],
    formula: 'sqls / mqls',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of marketing-qualified leads that sales accepted as sales-qualified. It measures ' +
      'both lead quality and how well marketing and sales agree on what a good lead is. A sudden drop often ' +
      'means a campaign is bringing the wrong people, or the qualification rules changed.',
    cautions: [
      'It depends entirely on how MQL and SQL are defined; agree the definitions before comparing ' +
        'teams or periods.',
      COHORT_LAG,
    ],
    related: ['leadToCustomerRate', 'sqlToCustomerRate', 'cpl'],
    examples: [
      {
        description: '300 of 500 MQLs accepted as SQLs: an MQL-to-SQL rate of 60 %.',
        inputs: { sqls: 300, mqls: 500 },
        expected: 0.6,
      },
    ],
    parts: [{ part: 'sqls', whole: 'mqls' }],
  },
  {
    id: 'sqlToCustomerRate',
    name: 'SQL-to-customer rate (close rate)',
    aliases: ['sql-to-customer rate', 'sql to customer rate', 'close rate', 'win rate'],
    formula: 'newCustomers / sqls',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of sales-qualified leads that the sales team closed as customers. It is the last ' +
      'step of the funnel and reflects sales effectiveness as much as lead quality. Read it with deal size: ' +
      'a higher close rate on smaller deals may bring in less.',
    cautions: [COHORT_LAG, sumsNotMeans('new customers', 'SQLs')],
    related: ['mqlToSqlRate', 'leadToCustomerRate', 'leadToSaleRate', 'cac'],
    examples: [
      {
        description: '50 customers closed from 200 SQLs is a close rate of 25 %.',
        inputs: { newCustomers: 50, sqls: 200 },
        expected: 0.25,
      },
    ],
    parts: [{ part: 'newCustomers', whole: 'sqls' }],
  },
];
