import type { MetricFacts } from '../withProse';

export const DIRECT_MARKETING_METRICS: readonly MetricFacts[] = [
  {
    id: 'directMailConversionRate', name: 'Conversion rate (direct mail)',
    aliases: ['direct mail conversion rate', 'conversion rate (direct mail)', 'mail conversion rate',
      'catalog conversion rate'],
    formula: 'conversions / piecesMailed', unit: 'percent', direction: 'higher',
    related: ['responseRate', 'redemptionRate', 'conversionRate', 'cpa'],
    examples: [{ inputs: { conversions: 500, piecesMailed: 10000 }, expected: 0.05 }],
    parts: [{ part: 'conversions', whole: 'piecesMailed' }],
  },
  {
    id: 'redemptionRate', name: 'Redemption rate',
    aliases: ['redemption rate', 'coupon redemption rate', 'offer redemption rate'],
    formula: 'offersRedeemed / offersDistributed', unit: 'percent', direction: 'higher',
    related: ['responseRate', 'directMailConversionRate'],
    examples: [{ inputs: { offersRedeemed: 250, offersDistributed: 5000 }, expected: 0.05 }],
    parts: [{ part: 'offersRedeemed', whole: 'offersDistributed' }],
  },
  {
    id: 'responseRate', name: 'Response rate',
    aliases: ['response rate', 'direct mail response rate', 'mail response rate'],
    formula: 'responses / piecesMailed', unit: 'percent', direction: 'higher',
    related: ['directMailConversionRate', 'redemptionRate'],
    examples: [{ inputs: { responses: 300, piecesMailed: 10000 }, expected: 0.03 }],
    parts: [{ part: 'responses', whole: 'piecesMailed' }],
  },
];
