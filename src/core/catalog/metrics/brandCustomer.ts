import type { MetricFacts } from '../withProse';

export const BRAND_CUSTOMER_METRICS: readonly MetricFacts[] = [
  {
    id: 'brandAwareness', name: 'Brand awareness (aided)',
    aliases: ['brand awareness', 'aided awareness', 'aided brand awareness', 'brand recognition'],
    formula: 'awareRespondents / respondents', unit: 'percent', direction: 'higher',
    related: ['shareOfVoice', 'reachRate', 'nps'],
    examples: [{ inputs: { awareRespondents: 40, respondents: 50 }, expected: 0.8 }],
    parts: [{ part: 'awareRespondents', whole: 'respondents' }],
  },
  {
    id: 'churnRate', name: 'Churn rate',
    aliases: ['churn rate', 'churn', 'customer churn rate', 'attrition rate', 'customer attrition'],
    formula: 'customersLost / customersStart', unit: 'percent', direction: 'lower',
    defaultVariantLabel: 'customers lost',
    variants: [{ id: 'startNewEnd', label: 'lost = at start + new − at end', formula: '(customersStart + newCustomers - customersEnd) / customersStart', usedWhen: 'defaultMissing' }],
    related: ['retentionRate', 'customerLifetime', 'clv', 'unsubscribeRate'],
    examples: [
      { inputs: { customersLost: 50, customersStart: 1000 }, expected: 0.05 },
      { inputs: { customersStart: 1000, newCustomers: 100, customersEnd: 1050 }, expected: 0.05, variant: 'startNewEnd' },
    ],
    parts: [
      { part: 'customersLost', whole: 'customersStart' },
      { part: 'newCustomers', whole: 'customersEnd' },
      { part: 'customersEnd', whole: 'customersStart + newCustomers' },
    ],
  },
  {
    id: 'csat', name: 'Customer satisfaction score', abbreviation: 'CSAT',
    aliases: ['customer satisfaction score', 'customer satisfaction', 'csat score', 'csat'],
    formula: 'satisfiedRespondents / respondents', unit: 'percent', direction: 'higher',
    related: ['nps', 'csi'],
    examples: [{ inputs: { satisfiedRespondents: 170, respondents: 200 }, expected: 0.85 }],
    parts: [{ part: 'satisfiedRespondents', whole: 'respondents' }],
  },
  {
    id: 'nps', name: 'Net Promoter Score', abbreviation: 'NPS',
    aliases: ['net promoter score', 'net promoter', 'nps'],
    formula: '100 * (promoters - detractors) / respondents', unit: 'score', direction: 'higher',
    defaultVariantLabel: 'respondents given',
    variants: [{ id: 'counts', label: 'respondents = promoters + passives + detractors', formula: '100 * (promoters - detractors) / (promoters + passives + detractors)', usedWhen: 'defaultMissing' }],
    related: ['csat', 'csi', 'churnRate', 'brandAwareness'],
    examples: [
      { inputs: { promoters: 70, detractors: 10, respondents: 100 }, expected: 60 },
      { inputs: { promoters: 70, passives: 20, detractors: 10 }, expected: 60, variant: 'counts' },
    ],
    parts: [
      { part: 'promoters', whole: 'respondents' },
      { part: 'detractors', whole: 'respondents' },
      { part: 'promoters + detractors', whole: 'respondents' },
    ],
  },
  {
    id: 'retentionRate', name: 'Retention rate',
    aliases: ['retention rate', 'customer retention rate', 'crr'],
    formula: '(customersEnd - newCustomers) / customersStart', unit: 'percent', direction: 'higher',
    related: ['churnRate', 'customerLifetime', 'clv', 'patientRetentionRate'],
    examples: [{ inputs: { customersStart: 500, newCustomers: 50, customersEnd: 510 }, expected: 0.92 }],
    // Retained customers (at end, less new ones) lie between none and all at start: 110 % or −18 % is an input error.
    parts: [
      { part: 'newCustomers', whole: 'customersEnd' },
      { part: 'customersEnd - newCustomers', whole: 'customersStart' },
    ],
  },
  {
    id: 'shareOfVoice', name: 'Share of voice', abbreviation: 'SOV',
    aliases: ['share of voice', 'sov', 'share of ad spend', 'share of conversation'],
    formula: 'brandVoice / categoryVoice', unit: 'percent', direction: 'higher',
    related: ['marketShare', 'brandAwareness'],
    examples: [
      { inputs: { brandVoice: 5000000, categoryVoice: 20000000 }, expected: 0.25 },
      { inputs: { brandVoice: 2000, categoryVoice: 10000 }, expected: 0.2 },
    ],
    parts: [{ part: 'brandVoice', whole: 'categoryVoice' }],
  },
];
