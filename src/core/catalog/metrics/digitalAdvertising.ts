import type { MetricDef } from '../schema';
import {
  COST_MICROS,
  META_CTR_PERCENT,
  PLATFORM_CONVERSIONS,
  UNIQUE_COUNTS_OVERLAP,
  noValueWithout,
  sumsNotMeans,
} from '../cautions';

export const DIGITAL_ADVERTISING_METRICS: readonly MetricDef[] = [
  {
    id: 'ctr',
    name: 'Click-through rate',
    abbreviation: 'CTR',
    aliases: ['click-through rate', 'click through rate', 'clickthrough rate', 'ctr'],
    formula: 'clicks / impressions',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'link clicks',
    variants: [{ id: 'allClicks', label: "all clicks (Meta's CTR (all))", formula: 'allClicks / impressions' }],
    description:
      "The share of ad impressions that led to a click. It shows how well an ad's message and " +
      'targeting earn attention from the people who see it; many impressions with a low CTR usually means ' +
      'weak relevance. Benchmarks differ widely: search ads often reach several times the CTR of display ads.',
    cautions: [sumsNotMeans('clicks', 'impressions'), META_CTR_PERCENT, noValueWithout('impressions')],
    related: ['cpc', 'cpm', 'conversionRate', 'engagementRate'],
    examples: [
      {
        description: 'Illustrative: 120 clicks on 4,000 impressions give a CTR of 3 %.',
        inputs: { clicks: 120, impressions: 4000 },
        expected: 0.03,
      },
    ],
    parts: [{ part: 'clicks', whole: 'impressions' }],
  },
  {
    id: 'cpa',
    name: 'Cost per acquisition',
    abbreviation: 'CPA',
    aliases: ['cost per acquisition', 'cost per action', 'cost per conversion', 'cpa'],
    formula: 'cost / conversions',
    unit: 'currency',
    direction: 'lower',
    description:
      'What one conversion cost on average: spend divided by the conversions it brought. It is the ' +
      'usual bidding target of performance campaigns and is only as meaningful as the conversion it counts. ' +
      'Judge it against the value of a conversion, not only against other campaigns.',
    cautions: [PLATFORM_CONVERSIONS, sumsNotMeans('cost', 'conversions'), noValueWithout('conversions')],
    related: ['cpc', 'cac', 'conversionRate', 'roas'],
    examples: [
      {
        description: 'Illustrative: $2,000 spent for 40 conversions is a CPA of $50.',
        inputs: { cost: 2000, conversions: 40 },
        expected: 50,
      },
    ],
  },
  {
    id: 'cpc',
    name: 'Cost per click',
    abbreviation: 'CPC',
    aliases: ['cost per click', 'cpc', 'average cpc', 'avg cpc'],
    formula: 'cost / clicks',
    unit: 'currency',
    direction: 'lower',
    defaultVariantLabel: 'link clicks',
    variants: [{ id: 'allClicks', label: "all clicks (Meta's CPC (all))", formula: 'cost / allClicks' }],
    description:
      'The average price paid for one click on an ad. It reflects both auction competition and ad ' +
      'quality: a more relevant ad usually pays less per click. A low CPC is only good if the clicks go on ' +
      'to convert, so read it next to conversion rate and CPA.',
    cautions: [sumsNotMeans('cost', 'clicks'), COST_MICROS],
    related: ['ctr', 'cpm', 'cpa'],
    examples: [
      {
        description: 'Illustrative: $600 spent for 400 clicks is a CPC of $1.50.',
        inputs: { cost: 600, clicks: 400 },
        expected: 1.5,
      },
    ],
  },
  {
    id: 'cpe',
    name: 'Cost per engagement',
    abbreviation: 'CPE',
    aliases: ['cost per engagement', 'cost per interaction', 'cpe'],
    formula: 'cost / engagements',
    unit: 'currency',
    direction: 'lower',
    description:
      'The average cost of one interaction with paid social or video content: a like, comment, ' +
      'share, save or click. It suits campaigns whose goal is attention rather than sales. Cheap engagement ' +
      'is not the same as valuable engagement, so check what the interactions lead to.',
    cautions: [
      sumsNotMeans('cost', 'engagements'),
      'What counts as an engagement differs by platform (likes, shares, clicks, video views); compare CPE ' +
        'only under one definition.',
    ],
    related: ['engagementRate', 'cpc', 'cpm'],
    examples: [
      {
        description: 'Illustrative: $300 spent for 1,200 engagements is a CPE of $0.25.',
        inputs: { cost: 300, engagements: 1200 },
        expected: 0.25,
      },
    ],
  },
  {
    id: 'cpl',
    name: 'Cost per lead',
    abbreviation: 'CPL',
    aliases: ['cost per lead', 'cpl'],
    formula: 'cost / leads',
    unit: 'currency',
    direction: 'lower',
    description:
      'The average cost of one lead: a prospect who left contact details or asked to be contacted. ' +
      'It is the main efficiency figure for B2B and lead-generation campaigns. A cheap lead that never buys ' +
      'is expensive, so read CPL together with lead-to-customer rate and CAC.',
    cautions: [
      sumsNotMeans('cost', 'leads'),
      'Lead quality varies by source: a channel with a low CPL and a poor close rate can cost more per customer.',
    ],
    related: ['cac', 'leadToCustomerRate', 'mqlToSqlRate', 'cpa'],
    examples: [
      {
        description: 'Illustrative: $5,000 spent for 125 leads is a CPL of $40.',
        inputs: { cost: 5000, leads: 125 },
        expected: 40,
      },
    ],
  },
  {
    id: 'cpm',
    name: 'Cost per mille (thousand impressions)',
    abbreviation: 'CPM',
    aliases: ['cost per mille', 'cost per thousand', 'cost per thousand impressions', 'cpm'],
    formula: '1000 * cost / impressions',
    unit: 'currency',
    direction: 'lower',
    description:
      'The price of a thousand ad impressions, the standard way display, social and video ' +
      'inventory is bought and compared. It measures the cost of being seen, not of any response. A low CPM ' +
      'on an audience that never acts is poor value, so weigh it against CTR and conversions.',
    cautions: [sumsNotMeans('cost', 'impressions'), COST_MICROS],
    related: ['impressions', 'cpc', 'ctr', 'cpp'],
    examples: [
      {
        description: 'Illustrative: $900 spent for 300,000 impressions is a CPM of $3.',
        inputs: { cost: 900, impressions: 300000 },
        expected: 3,
      },
    ],
  },
  {
    id: 'impressions',
    name: 'Impressions',
    aliases: ['ad impressions', 'impression count'],
    formula: 'reach * frequency',
    unit: 'count',
    direction: 'higher',
    description:
      'The number of times an ad was served, repeat views by the same person included. Media plans ' +
      'estimate it as reach times average frequency before a campaign runs. It is the base of CPM, CTR and ' +
      'frequency, and says nothing on its own about whether anyone noticed the ad.',
    cautions: [
      'A served impression is not a seen one: viewability standards (half the ad on screen for one ' +
        'second) count noticeably fewer.',
      UNIQUE_COUNTS_OVERLAP,
    ],
    related: ['frequency', 'cpm', 'ctr', 'reachRate', 'grps'],
    examples: [
      {
        description: 'Illustrative: 100,000 people reached 5 times on average make 500,000 impressions.',
        inputs: { reach: 100000, frequency: 5 },
        expected: 500000,
      },
    ],
  },
  {
    id: 'vcr',
    name: 'Video completion rate',
    abbreviation: 'VCR',
    aliases: ['video completion rate', 'completion rate', 'vcr'],
    formula: 'videoCompletions / videoStarts',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of video ad starts that were watched to the end. It indicates whether the creative ' +
      'holds attention, and it falls as videos get longer. Skippable formats typically complete far less ' +
      'often than non-skippable ones, so compare like formats.',
    cautions: [
      sumsNotMeans('completions', 'starts'),
      'Platforms define starts and completions differently (autoplay, 95 % vs 100 % watched); compare VCR ' +
        'within one platform.',
    ],
    related: ['cpm', 'engagementRate'],
    examples: [
      {
        description: 'Illustrative: 1,800 of 6,000 video starts watched to the end is a VCR of 30 %.',
        inputs: { videoCompletions: 1800, videoStarts: 6000 },
        expected: 0.3,
      },
    ],
    parts: [{ part: 'videoCompletions', whole: 'videoStarts' }],
  },
];
