import type { MetricDef } from '../schema';
import { UNIQUE_COUNTS_OVERLAP } from '../cautions';

export const TRADITIONAL_ADVERTISING_METRICS: readonly MetricDef[] = [
  {
    id: 'cpp',
    name: 'Cost per (rating) point',
    abbreviation: 'CPP',
    aliases: ['cost per point', 'cost per rating point', 'cost per grp', 'cpp'],
    formula: 'cost / grps',
    unit: 'currency',
    direction: 'lower',
    description:
      'The price of one gross rating point, that is of reaching 1 % of the target audience once. ' +
      'Broadcast and outdoor buyers use it to compare stations, dayparts and markets on a common footing. ' +
      'It only compares fairly within the same target audience and market.',
    cautions: [
      'A rating point is 1 % of a particular target audience; compare CPP only for the same target ' + 'and market.',
      'For a schedule, divide total cost by total GRPs (GRPs of one target audience add up); do not average the ' +
        "spots' CPPs.",
    ],
    related: ['grps', 'cpm', 'reachRate'],
    examples: [
      {
        description: '$250,000 for 100 GRPs is a cost per point of $2,500.',
        inputs: { cost: 250000, grps: 100 },
        expected: 2500,
      },
    ],
  },
  {
    id: 'frequency',
    name: 'Average frequency',
    aliases: ['average frequency', 'avg frequency', 'frequency', 'ad frequency', 'opportunities to see', 'ots'],
    formula: 'impressions / reach',
    unit: 'number',
    direction: 'neither',
    description:
      'How many times, on average, each person reached saw the ad. A message usually needs a few ' +
      'exposures to be remembered, while too many cause ad fatigue and wasted spend. The right level depends ' +
      'on the message, the medium and the buying cycle.',
    cautions: [
      UNIQUE_COUNTS_OVERLAP + ' Frequency over several campaigns needs their deduplicated reach.',
      'An average hides the spread: a few heavy viewers can see the ad 20 times while most see it once.',
    ],
    related: ['impressions', 'reachRate', 'grps', 'cpm'],
    examples: [
      {
        description: '500,000 impressions among 100,000 people reached is an average frequency of 5.',
        inputs: { impressions: 500000, reach: 100000 },
        expected: 5,
      },
    ],
  },
  {
    id: 'grps',
    name: 'Gross rating points',
    abbreviation: 'GRPs',
    aliases: ['gross rating points', 'gross rating point', 'grp', 'grps', 'rating points'],
    formula: '100 * reachRate * frequency',
    unit: 'points',
    direction: 'higher',
    description:
      'The total weight of a campaign against its target audience: reach as a percentage times the ' +
      'average frequency. 120 GRPs can mean 60 % of the audience reached twice or 30 % reached four times. ' +
      'It sizes and prices broadcast and outdoor schedules.',
    cautions: [
      'GRPs count repeated exposure: read them with reach, since the same total can hide a narrow, ' +
        'heavily repeated audience.',
      'GRPs of one target audience add up across spots; reach does not, because the audiences overlap.',
    ],
    related: ['reachRate', 'frequency', 'cpp', 'impressions'],
    examples: [
      {
        description: '60 % of the target reached at an average frequency of 2 is 120 GRPs.',
        inputs: { reachRate: 0.6, frequency: 2 },
        expected: 120,
      },
    ],
  },
  {
    id: 'reachRate',
    name: 'Reach (%)',
    aliases: ['reach percent', 'reach percentage', 'reach rate', 'percent reach'],
    formula: 'reach / targetAudience',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of the target audience that saw the campaign at least once. It answers "how many ' +
      'of the people we wanted did we touch?", while frequency answers "how often". Reach grows ever more ' +
      'slowly as spend rises, because the easy-to-reach people are reached first.',
    cautions: [
      'Reach counts unique people: the reach of two campaigns or two weeks cannot be added, since the ' +
        'same people appear in both. Take deduplicated reach from the source.',
      'Reach and the target audience must describe the same population (same market, same age band).',
    ],
    related: ['grps', 'frequency', 'impressions', 'brandAwareness'],
    examples: [
      {
        description: '700 people reached out of a target audience of 1,000 is a reach of 70 %.',
        inputs: { reach: 700, targetAudience: 1000 },
        expected: 0.7,
      },
    ],
    parts: [{ part: 'reach', whole: 'targetAudience' }],
  },
];
