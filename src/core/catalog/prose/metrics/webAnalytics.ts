import type { MetricProse } from '../types';
import { GA4_FRACTIONS, PLATFORM_CONVERSIONS, sumsNotMeans } from '../cautions';

export const WEB_ANALYTICS_PROSE: Readonly<Record<string, MetricProse>> = {
  avgSessionDuration: {
    description: 'How long a visit lasts on average, in seconds. Longer visits usually mean visitors found '
      + 'content worth reading, though a confusing site can also keep people searching. Compare it between '
      + 'pages or sources with a similar purpose rather than across the whole site.',
    cautions: [sumsNotMeans('session duration', 'sessions'),
      'Universal Analytics counted the last page of a visit as zero seconds; GA4 measures engagement time. '
        + 'Figures from the two are not comparable.'],
    examples: ['Illustrative: 45,000 seconds over 300 sessions is an average of 150 seconds.'],
  },
  bounceRate: {
    description: 'The share of sessions that ended after a single page without further interaction. A high '
      + 'bounce rate on a landing page suggests the page did not match what the visitor expected; on a blog '
      + 'post or contact page it can be perfectly normal. Read it per page and per traffic source.',
    cautions: ['GA4 defines bounce rate as 1 − engagement rate (sessions under 10 seconds with one page and no '
      + 'conversion), not single-page sessions / sessions as Universal Analytics did; the same site reads very '
      + 'differently under the two. Given engaged sessions and no single-page sessions (a GA4 export), the GA4 '
      + 'form is used (https://support.google.com/analytics/answer/12195621).',
    sumsNotMeans('single-page sessions', 'sessions'), GA4_FRACTIONS],
    examples: ['100 of 250 sessions left after one page: a bounce rate of 40 %.'],
  },
  conversionRate: {
    description: 'The share of visits (or, in the per-visitor variant, of visitors) that completed a goal such '
      + 'as a purchase or sign-up. It is the bridge between traffic and results: doubling it doubles the '
      + 'outcome without buying more visits. Compare it by source and device, since intent differs a lot.',
    cautions: ['Per session and per user are different metrics (GA4 reports both as session and user '
      + 'conversion rate): a visitor who returns three times before buying lowers the first, not the second.',
    'For a total, divide summed conversions by summed sessions; visitors are unique and overlap across days '
      + 'and channels, so the per-visitor variant cannot be totalled by adding visitors.',
    PLATFORM_CONVERSIONS],
    examples: [
      'Illustrative: 90 conversions in 3,000 sessions is a conversion rate of 3 % per session.',
      'Illustrative: the same 90 conversions from 2,250 visitors is 4 % per visitor.',
    ],
  },
  pagesPerSession: {
    description: 'The average number of pages viewed in one visit. More pages usually means visitors are '
      + 'exploring the site, which suits content and catalogue sites. On a site built for quick answers, a '
      + 'low number can mean the visitor found what they needed straight away.',
    cautions: [sumsNotMeans('pageviews', 'sessions'),
      'More is not always better: a visitor hunting for something they cannot find also views many pages.'],
    examples: ['Illustrative: 7,500 pageviews over 2,500 sessions is 3 pages per session.'],
  },
  sessionEngagementRate: {
    description: 'The share of sessions that GA4 counts as engaged: longer than 10 seconds, with a key event, or '
      + 'with two or more page or screen views. GA4 reports it as "Engagement rate"; its complement is GA4\'s '
      + 'bounce rate. It says more than a bounce rate on pages where one view is the whole point.',
    cautions: [sumsNotMeans('engaged sessions', 'sessions'),
      'GA4\'s bounce rate is 1 − this rate, not single-page sessions / sessions as in Universal Analytics.',
      'Not the social engagement rate, which divides engagements by impressions or followers.'],
    examples: ['Illustrative: 1,800 engaged sessions of 3,000 sessions is an engagement rate of 60 %.'],
  },
};
