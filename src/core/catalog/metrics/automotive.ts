import type { MetricDef } from '../schema';
import { COHORT_LAG } from '../cautions';

/** The automotive category also lists marketShare, defined once in Sales and ROI. */
export const AUTOMOTIVE_METRICS: readonly MetricDef[] = [
  {
    id: 'csi',
    name: 'Customer satisfaction index',
    abbreviation: 'CSI',
    aliases: ['customer satisfaction index', 'csi score', 'csi'],
    formula: '100 * scoreTotal / (respondents * maxScore)',
    unit: 'score',
    direction: 'higher',
    description:
      'A 0–100 index of satisfaction with a sale or service visit: the points respondents gave as a ' +
      'share of the most they could have given. Car makers use it to rank dealerships, and it often affects ' +
      'dealer bonuses. Small differences near the top of the scale can matter a lot.',
    cautions: [
      'Programmes weight questions and scales differently; compare CSI only within one survey design.',
      "maxScore is the most one respondent can give, so respondents × maxScore is the survey's ceiling.",
    ],
    related: ['csat', 'nps'],
    examples: [
      {
        description: 'Surveys averaging 85 points on a 100-point scale: a CSI of 85.',
        inputs: { scoreTotal: 85, respondents: 1, maxScore: 100 },
        expected: 85,
      },
    ],
  },
  {
    id: 'leadToSaleRate',
    name: 'Lead-to-sale rate',
    aliases: ['lead-to-sale rate', 'lead to sale rate', 'lead close rate', 'closing ratio'],
    formula: 'dealsClosed / leads',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of sales leads, such as test-drive requests or online inquiries, that ended in a ' +
      'sale. Dealerships typically close around 10–15 % of their leads. Comparing it by lead source shows ' +
      'which sites and campaigns bring serious buyers.',
    cautions: [
      COHORT_LAG,
      'Count unique shoppers: the same person inquiring through several sites inflates the lead count.',
    ],
    related: ['leadToCustomerRate', 'sqlToCustomerRate', 'cpl'],
    examples: [
      {
        description: '100 vehicles sold from 500 leads: a lead-to-sale rate of 20 %.',
        inputs: { dealsClosed: 100, leads: 500 },
        expected: 0.2,
      },
    ],
    parts: [{ part: 'dealsClosed', whole: 'leads' }],
  },
];
