import type { MetricFacts } from '../withProse';

/** The automotive category also lists marketShare, defined once in Sales and ROI. */
export const AUTOMOTIVE_METRICS: readonly MetricFacts[] = [
  {
    id: 'csi', name: 'Customer satisfaction index', abbreviation: 'CSI',
    aliases: ['customer satisfaction index', 'csi score', 'csi'],
    formula: '100 * scoreTotal / (respondents * maxScore)', unit: 'score', direction: 'higher',
    related: ['csat', 'nps'],
    examples: [{ inputs: { scoreTotal: 85, respondents: 1, maxScore: 100 }, expected: 85 }],
  },
  {
    id: 'leadToSaleRate', name: 'Lead-to-sale rate',
    aliases: ['lead-to-sale rate', 'lead to sale rate', 'lead close rate', 'closing ratio'],
    formula: 'dealsClosed / leads', unit: 'percent', direction: 'higher',
    related: ['leadToCustomerRate', 'sqlToCustomerRate', 'cpl'],
    examples: [{ inputs: { dealsClosed: 100, leads: 500 }, expected: 0.2 }],
    parts: [{ part: 'dealsClosed', whole: 'leads' }],
  },
];
