import type { MetricFacts } from '../withProse';

export const SOCIAL_MEDIA_METRICS: readonly MetricFacts[] = [
  {
    id: 'engagementRate', name: 'Engagement rate',
    aliases: ['engagement rate', 'engagement rate by impressions', 'engagement rate by followers'],
    formula: 'engagements / impressions', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'per impression',
    variants: [{ id: 'perFollower', label: 'per follower', formula: 'engagements / followersStart' }],
    related: ['followerGrowthRate', 'cpe', 'ctr'],
    examples: [
      { inputs: { engagements: 250, impressions: 5000 }, expected: 0.05 },
      { inputs: { engagements: 250, followersStart: 10000 }, expected: 0.025, variant: 'perFollower' },
    ],
  },
  {
    id: 'followerGrowthRate', name: 'Follower growth rate',
    aliases: ['follower growth rate', 'audience growth rate', 'follower growth'],
    formula: 'followersGained / followersStart', unit: 'percent', direction: 'higher',
    related: ['engagementRate'],
    examples: [{ inputs: { followersGained: 500, followersStart: 10000 }, expected: 0.05 }],
  },
];
