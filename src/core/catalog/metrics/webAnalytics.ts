import type { MetricFacts } from '../withProse';

export const WEB_ANALYTICS_METRICS: readonly MetricFacts[] = [
  {
    id: 'avgSessionDuration', name: 'Average session duration',
    aliases: ['average session duration', 'avg session duration', 'session duration', 'average time on site',
      'time on site'],
    formula: 'sessionDurationTotal / sessions', unit: 'seconds', direction: 'higher',
    related: ['pagesPerSession', 'bounceRate'],
    examples: [{ inputs: { sessionDurationTotal: 45000, sessions: 300 }, expected: 150 }],
  },
  {
    id: 'bounceRate', name: 'Bounce rate',
    aliases: ['bounce rate', 'single-page session rate'],
    formula: 'singlePageSessions / sessions', unit: 'percent', direction: 'lower',
    defaultVariantLabel: 'single-page sessions (Universal Analytics)',
    variants: [{ id: 'ga4', label: 'GA4: sessions not engaged', formula: '1 - engagedSessions / sessions', usedWhen: 'defaultMissing' }],
    related: ['avgSessionDuration', 'pagesPerSession', 'conversionRate'],
    examples: [{ inputs: { singlePageSessions: 100, sessions: 250 }, expected: 0.4 }],
    parts: [{ part: 'singlePageSessions', whole: 'sessions' }, { part: 'engagedSessions', whole: 'sessions' }],
  },
  {
    id: 'conversionRate', name: 'Conversion rate', abbreviation: 'CVR',
    aliases: ['conversion rate', 'conv rate', 'cvr', 'session conversion rate'],
    formula: 'conversions / sessions', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'per session',
    variants: [
      { id: 'perVisitor', label: 'per visitor (users)', formula: 'conversions / visitors' },
      { id: 'perClick', label: 'per click (ad platforms\' Conv. rate)', formula: 'conversions / clicks' },
      { id: 'perImpression', label: 'per impression (TikTok\'s CVR)', formula: 'conversions / impressions' },
    ],
    related: ['ctr', 'cpa', 'bounceRate', 'directMailConversionRate', 'footTrafficConversionRate'],
    examples: [
      { inputs: { conversions: 90, sessions: 3000 }, expected: 0.03 },
      { inputs: { conversions: 90, visitors: 2250 }, expected: 0.04, variant: 'perVisitor' },
    ],
  },
  {
    id: 'pagesPerSession', name: 'Pages per session',
    aliases: ['pages per session', 'pages/session', 'pages per visit', 'page views per session'],
    formula: 'pageviews / sessions', unit: 'number', direction: 'higher',
    related: ['avgSessionDuration', 'bounceRate'],
    examples: [{ inputs: { pageviews: 7500, sessions: 2500 }, expected: 3 }],
  },
  {
    id: 'sessionEngagementRate', name: 'Engagement rate (sessions)',
    aliases: ['session engagement rate', 'engaged session rate', 'ga4 engagement rate'],
    formula: 'engagedSessions / sessions', unit: 'percent', direction: 'higher',
    related: ['bounceRate', 'avgSessionDuration', 'conversionRate'],
    examples: [{ inputs: { engagedSessions: 1800, sessions: 3000 }, expected: 0.6 }],
    parts: [{ part: 'engagedSessions', whole: 'sessions' }],
  },
];
