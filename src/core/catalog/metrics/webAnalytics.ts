import type { MetricDef } from '../schema';
import { GA4_FRACTIONS, PLATFORM_CONVERSIONS, sumsNotMeans } from '../cautions';

export const WEB_ANALYTICS_METRICS: readonly MetricDef[] = [
  {
    id: 'avgSessionDuration',
    name: 'Average session duration',
    aliases: [
      'average session duration',
      'avg session duration',
      'session duration',
      'average time on site',
      'time on site',
    ],
    formula: 'sessionDurationTotal / sessions',
    unit: 'seconds',
    direction: 'higher',
    description:
      'How long a visit lasts on average, in seconds. Longer visits usually mean visitors found ' +
      'content worth reading, though a confusing site can also keep people searching. Compare it between ' +
      'pages or sources with a similar purpose rather than across the whole site.',
    cautions: [
      sumsNotMeans('session duration', 'sessions'),
      'Universal Analytics counted the last page of a visit as zero seconds; GA4 measures engagement time. ' +
        'Figures from the two are not comparable.',
    ],
    related: ['pagesPerSession', 'bounceRate'],
    examples: [
      {
        description: 'Illustrative: 45,000 seconds over 300 sessions is an average of 150 seconds.',
        inputs: { sessionDurationTotal: 45000, sessions: 300 },
        expected: 150,
      },
    ],
  },
  {
    id: 'bounceRate',
    name: 'Bounce rate',
    aliases: ['bounce rate', 'single-page session rate'],
    formula: 'singlePageSessions / sessions',
    unit: 'percent',
    direction: 'lower',
    defaultVariantLabel: 'single-page sessions (Universal Analytics)',
    variants: [
      {
        id: 'ga4',
        label: 'GA4: sessions not engaged',
        formula: '1 - engagedSessions / sessions',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The share of sessions that ended after a single page without further interaction. A high ' +
      'bounce rate on a landing page suggests the page did not match what the visitor expected; on a blog ' +
      'post or contact page it can be perfectly normal. Read it per page and per traffic source.',
    cautions: [
      'GA4 defines bounce rate as 1 − engagement rate (sessions under 10 seconds with one page and no ' +
        'conversion), not single-page sessions / sessions as Universal Analytics did; the same site reads very ' +
        'differently under the two. Given engaged sessions and no single-page sessions (a GA4 export), the GA4 ' +
        'form is used (https://support.google.com/analytics/answer/12195621).',
      sumsNotMeans('single-page sessions', 'sessions'),
      GA4_FRACTIONS,
    ],
    related: ['avgSessionDuration', 'pagesPerSession', 'conversionRate'],
    examples: [
      {
        description: '100 of 250 sessions left after one page: a bounce rate of 40 %.',
        inputs: { singlePageSessions: 100, sessions: 250 },
        expected: 0.4,
      },
    ],
    parts: [
      { part: 'singlePageSessions', whole: 'sessions' },
      { part: 'engagedSessions', whole: 'sessions' },
    ],
  },
  {
    id: 'conversionRate',
    name: 'Conversion rate',
    abbreviation: 'CVR',
    aliases: ['conversion rate', 'conv rate', 'cvr', 'session conversion rate'],
    formula: 'conversions / sessions',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'per session',
    variants: [
      { id: 'perVisitor', label: 'per visitor (users)', formula: 'conversions / visitors' },
      { id: 'perClick', label: "per click (ad platforms' Conv. rate)", formula: 'conversions / clicks' },
      { id: 'perImpression', label: "per impression (TikTok's CVR)", formula: 'conversions / impressions' },
    ],
    description:
      'The share of visits (or, in the per-visitor variant, of visitors) that completed a goal such ' +
      'as a purchase or sign-up. It is the bridge between traffic and results: doubling it doubles the ' +
      'outcome without buying more visits. Compare it by source and device, since intent differs a lot.',
    cautions: [
      'Per session and per user are different metrics (GA4 reports both as session and user ' +
        'conversion rate): a visitor who returns three times before buying lowers the first, not the second.',
      'For a total, divide summed conversions by summed sessions; visitors are unique and overlap across days ' +
        'and channels, so the per-visitor variant cannot be totalled by adding visitors.',
      PLATFORM_CONVERSIONS,
    ],
    related: ['ctr', 'cpa', 'bounceRate', 'directMailConversionRate', 'footTrafficConversionRate'],
    examples: [
      {
        description: 'Illustrative: 90 conversions in 3,000 sessions is a conversion rate of 3 % per session.',
        inputs: { conversions: 90, sessions: 3000 },
        expected: 0.03,
      },
      {
        description: 'Illustrative: the same 90 conversions from 2,250 visitors is 4 % per visitor.',
        inputs: { conversions: 90, visitors: 2250 },
        expected: 0.04,
        variant: 'perVisitor',
      },
    ],
  },
  {
    id: 'pagesPerSession',
    name: 'Pages per session',
    aliases: ['pages per session', 'pages/session', 'pages per visit', 'page views per session'],
    formula: 'pageviews / sessions',
    unit: 'number',
    direction: 'higher',
    description:
      'The average number of pages viewed in one visit. More pages usually means visitors are ' +
      'exploring the site, which suits content and catalogue sites. On a site built for quick answers, a ' +
      'low number can mean the visitor found what they needed straight away.',
    cautions: [
      sumsNotMeans('pageviews', 'sessions'),
      'More is not always better: a visitor hunting for something they cannot find also views many pages.',
    ],
    related: ['avgSessionDuration', 'bounceRate'],
    examples: [
      {
        description: 'Illustrative: 7,500 pageviews over 2,500 sessions is 3 pages per session.',
        inputs: { pageviews: 7500, sessions: 2500 },
        expected: 3,
      },
    ],
  },
  {
    id: 'sessionEngagementRate',
    name: 'Engagement rate (sessions)',
    aliases: ['session engagement rate', 'engaged session rate', 'ga4 engagement rate'],
    formula: 'engagedSessions / sessions',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of sessions that GA4 counts as engaged: longer than 10 seconds, with a key event, or ' +
      'with two or more page or screen views. GA4 reports it as "Engagement rate"; its complement is GA4\'s ' +
      'bounce rate. It says more than a bounce rate on pages where one view is the whole point.',
    cautions: [
      sumsNotMeans('engaged sessions', 'sessions'),
      "GA4's bounce rate is 1 − this rate, not single-page sessions / sessions as in Universal Analytics.",
      'Not the social engagement rate, which divides engagements by impressions or followers.',
    ],
    related: ['bounceRate', 'avgSessionDuration', 'conversionRate'],
    examples: [
      {
        description: 'Illustrative: 1,800 engaged sessions of 3,000 sessions is an engagement rate of 60 %.',
        inputs: { engagedSessions: 1800, sessions: 3000 },
        expected: 0.6,
      },
    ],
    parts: [{ part: 'engagedSessions', whole: 'sessions' }],
  },
];
