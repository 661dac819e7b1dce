import type { MetricFacts } from '../withProse';

/** Beyond the seeds: what analysts expect next to CAC and CLV. All examples are illustrative. */
export const UNIT_ECONOMICS_METRICS: readonly MetricFacts[] = [
  {
    id: 'ltvToCac', name: 'LTV:CAC ratio', abbreviation: 'LTV:CAC',
    aliases: ['ltv:cac', 'ltv to cac', 'ltv/cac', 'ltv to cac ratio', 'clv:cac', 'clv to cac ratio'],
    formula: 'clv / cac', unit: 'ratio', direction: 'higher',
    related: ['clv', 'cac', 'cacPaybackMonths'],
    examples: [{ inputs: { clv: 1500, cac: 500 }, expected: 3 }],
  },
  {
    id: 'cacPaybackMonths', name: 'CAC payback period',
    aliases: ['cac payback period', 'cac payback', 'payback period', 'months to recover cac'],
    formula: 'cac / (monthlyRevenuePerCustomer * grossMarginRate)', unit: 'months', direction: 'lower',
    related: ['cac', 'ltvToCac', 'churnRate'],
    examples: [{ inputs: { cac: 600, monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75 }, expected: 10 }],
  },
  {
    id: 'mer', name: 'Marketing efficiency ratio', abbreviation: 'MER',
    aliases: ['marketing efficiency ratio', 'blended roas', 'media efficiency ratio', 'total roas'],
    formula: 'revenue / cost', unit: 'ratio', direction: 'higher',
    related: ['roas', 'roi', 'breakEvenRoas'],
    examples: [{ inputs: { revenue: 400000, cost: 100000 }, expected: 4 }],
  },
  {
    id: 'emailClickRate', name: 'Email click rate',
    aliases: ['email click rate', 'email click-through rate', 'email ctr', 'click rate (email)'],
    formula: 'uniqueClicks / emailsDelivered', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'emails delivered',
    variants: [{ id: 'sentLessBounced', label: 'delivered = sent − bounced', formula: 'uniqueClicks / (emailsSent - emailsBounced)', usedWhen: 'defaultMissing' }],
    related: ['ctor', 'openRate', 'ctr'],
    examples: [{ inputs: { uniqueClicks: 250, emailsDelivered: 10000 }, expected: 0.025 }],
    parts: [
      { part: 'uniqueClicks', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'uniqueClicks', whole: 'emailsSent - emailsBounced' },
    ],
  },
  {
    id: 'breakEvenRoas', name: 'Break-even ROAS',
    aliases: ['break-even roas', 'breakeven roas', 'minimum roas'],
    formula: '1 / grossMarginRate', unit: 'ratio', direction: 'neither',
    related: ['roas', 'mer', 'roi'],
    examples: [{ inputs: { grossMarginRate: 0.4 }, expected: 2.5 }],
  },
  {
    id: 'customerLifetime', name: 'Expected customer lifetime',
    aliases: ['expected customer lifetime', 'customer lifetime', 'expected lifetime'],
    formula: '1 / churnRate', unit: 'periods', direction: 'higher',
    related: ['churnRate', 'retentionRate', 'clv'],
    examples: [{ inputs: { churnRate: 0.05 }, expected: 20 }],
  },
];
