import type { MetricProse } from '../types';
import { COHORT_LAG, sumsNotMeans } from '../cautions';

export const FUNNEL_PROSE: Readonly<Record<string, MetricProse>> = {
  leadToCustomerRate: {
    description: 'The share of leads that became paying customers. It summarises the whole funnel from first '
      + 'contact to closed sale and, with cost per lead, determines acquisition cost. Compare it by lead source '
      + 'to see which channels bring buyers rather than just names.',
    cautions: [COHORT_LAG, sumsNotMeans('new customers', 'leads')],
    examples: ['100 customers won from 1,000 leads is a lead-to-customer rate of 10 %.'],
  },
  mqlToSqlRate: {
    description: 'The share of marketing-qualified leads that sales accepted as sales-qualified. It measures '
      + 'both lead quality and how well marketing and sales agree on what a good lead is. A sudden drop often '
      + 'means a campaign is bringing the wrong people, or the qualification rules changed.',
    cautions: ['It depends entirely on how MQL and SQL are defined; agree the definitions before comparing '
      + 'teams or periods.', COHORT_LAG],
    examples: ['300 of 500 MQLs accepted as SQLs: an MQL-to-SQL rate of 60 %.'],
  },
  sqlToCustomerRate: {
    description: 'The share of sales-qualified leads that the sales team closed as customers. It is the last '
      + 'step of the funnel and reflects sales effectiveness as much as lead quality. Read it with deal size: '
      + 'a higher close rate on smaller deals may bring in less.',
    cautions: [COHORT_LAG, sumsNotMeans('new customers', 'SQLs')],
    examples: ['50 customers closed from 200 SQLs is a close rate of 25 %.'],
  },
};
