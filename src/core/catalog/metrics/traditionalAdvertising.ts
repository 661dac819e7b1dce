import type { MetricFacts } from '../withProse';

export const TRADITIONAL_ADVERTISING_METRICS: readonly MetricFacts[] = [
  {
    id: 'cpp', name: 'Cost per (rating) point', abbreviation: 'CPP',
    aliases: ['cost per point', 'cost per rating point', 'cost per grp', 'cpp'],
    formula: 'cost / grps', unit: 'currency', direction: 'lower',
    related: ['grps', 'cpm', 'reachRate'],
    examples: [{ inputs: { cost: 250000, grps: 100 }, expected: 2500 }],
  },
  {
    id: 'frequency', name: 'Average frequency',
    aliases: ['average frequency', 'avg frequency', 'frequency', 'ad frequency', 'opportunities to see', 'ots'],
    formula: 'impressions / reach', unit: 'number', direction: 'neither',
    related: ['impressions', 'reachRate', 'grps', 'cpm'],
    examples: [{ inputs: { impressions: 500000, reach: 100000 }, expected: 5 }],
  },
  {
    id: 'grps', name: 'Gross rating points', abbreviation: 'GRPs',
    aliases: ['gross rating points', 'gross rating point', 'grp', 'grps', 'rating points'],
    formula: '100 * reachRate * frequency', unit: 'points', direction: 'higher',
    related: ['reachRate', 'frequency', 'cpp', 'impressions'],
    examples: [{ inputs: { reachRate: 0.6, frequency: 2 }, expected: 120 }],
  },
  {
    id: 'reachRate', name: 'Reach (%)',
    aliases: ['reach percent', 'reach percentage', 'reach rate', 'percent reach'],
    formula: 'reach / targetAudience', unit: 'percent', direction: 'higher',
    related: ['grps', 'frequency', 'impressions', 'brandAwareness'],
    examples: [{ inputs: { reach: 700, targetAudience: 1000 }, expected: 0.7 }],
    parts: [{ part: 'reach', whole: 'targetAudience' }],
  },
];
