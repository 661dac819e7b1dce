import type { MetricProse } from '../types';
import { COHORT_LAG } from '../cautions';

export const AUTOMOTIVE_PROSE: Readonly<Record<string, MetricProse>> = {
  csi: {
    description: 'A 0–100 index of satisfaction with a sale or service visit: the points respondents gave as a '
      + 'share of the most they could have given. Car makers use it to rank dealerships, and it often affects '
      + 'dealer bonuses. Small differences near the top of the scale can matter a lot.',
    cautions: ['Programmes weight questions and scales differently; compare CSI only within one survey design.',
      'maxScore is the most one respondent can give, so respondents × maxScore is the survey\'s ceiling.'],
    examples: ['Surveys averaging 85 points on a 100-point scale: a CSI of 85.'],
  },
  leadToSaleRate: {
    description: 'The share of sales leads, such as test-drive requests or online inquiries, that ended in a '
      + 'sale. Dealerships typically close around 10–15 % of their leads. Comparing it by lead source shows '
      + 'which sites and campaigns bring serious buyers.',
    cautions: [COHORT_LAG,
      'Count unique shoppers: the same person inquiring through several sites inflates the lead count.'],
    examples: ['100 vehicles sold from 500 leads: a lead-to-sale rate of 20 %.'],
  },
};
