import type { MetricDef } from '../schema';
import { sumsNotMeans } from '../cautions';

export const SOCIAL_MEDIA_METRICS: readonly MetricDef[] = [
  {
    id: 'engagementRate',
    name: 'Engagement rate',
    aliases: ['engagement rate', 'engagement rate by impressions', 'engagement rate by followers'],
    formula: 'engagements / impressions',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'per impression',
    variants: [{ id: 'perFollower', label: 'per follower', formula: 'engagements / followersStart' }],
    description:
      'The share of people seeing a post who interacted with it (likes, comments, shares, saves, ' +
      'clicks), or in the per-follower variant, interactions relative to the audience size. It shows ' +
      'whether content resonates rather than just gets seen. Small accounts tend to have higher rates than ' +
      'large ones, so compare against peers of similar size.',
    cautions: [
      'Per impression and per follower give very different numbers (posts reach non-followers, and ' +
        'most followers never see a given post); state which one and never compare one with the other.',
      sumsNotMeans('engagements', 'impressions'),
      'What counts as an engagement differs by platform and tool; keep one definition.',
    ],
    related: ['followerGrowthRate', 'cpe', 'ctr'],
    examples: [
      {
        description: '250 interactions on a post seen 5,000 times is an engagement rate of 5 %.',
        inputs: { engagements: 250, impressions: 5000 },
        expected: 0.05,
      },
      {
        description:
          'Illustrative: the same 250 interactions on an account of 10,000 followers is 2.5 % per ' + 'follower.',
        inputs: { engagements: 250, followersStart: 10000 },
        expected: 0.025,
        variant: 'perFollower',
      },
    ],
  },
  {
    id: 'followerGrowthRate',
    name: 'Follower growth rate',
    aliases: ['follower growth rate', 'audience growth rate', 'follower growth'],
    formula: 'followersGained / followersStart',
    unit: 'percent',
    direction: 'higher',
    description:
      "How fast an account's audience grows over a period, relative to where it started. It is a " +
      'fairer comparison between accounts of different size than raw follower counts. Spikes usually trace ' +
      'back to a viral post, a paid push or a giveaway, so check where the followers came from.',
    cautions: [
      'Divide by followers at the start of the period, and decide whether gains are gross new follows ' +
        'or net of unfollows; tools differ.',
      'Small bases exaggerate: 50 new followers on 100 is 50 %.',
    ],
    related: ['engagementRate'],
    examples: [
      {
        description: '500 followers gained on 10,000 at the start is a growth rate of 5 %.',
        inputs: { followersGained: 500, followersStart: 10000 },
        expected: 0.05,
      },
    ],
  },
];
