import type { CategoryDef } from './schema';

/**
 * Display order follows the seed guide. A metric's home is the first category that lists it,
 * where an analyst looks for it (ROAS under Digital advertising, the email click rate under
 * Email); a later category lists it as shared (Sales and ROI, Automotive, Manufacturing).
 */
export const CATEGORIES: readonly CategoryDef[] = [
  {
    id: 'digitalAdvertising',
    name: 'Digital advertising',
    description: 'Cost and response of paid online ads: what impressions, clicks and conversions cost and yield.',
    metrics: ['ctr', 'cpa', 'cpc', 'cpe', 'cpl', 'cpm', 'roas', 'impressions', 'vcr'],
  },
  {
    id: 'webAnalytics',
    name: 'Web analytics',
    description: 'How visitors behave on a site: how long they stay, how much they see and how often they convert.',
    metrics: ['avgSessionDuration', 'bounceRate', 'conversionRate', 'pagesPerSession', 'sessionEngagementRate'],
  },
  {
    id: 'traditionalAdvertising',
    name: 'Traditional advertising',
    description: 'Reach, frequency and rating points of broadcast, print and outdoor campaigns, and their price.',
    metrics: ['cpp', 'frequency', 'grps', 'reachRate'],
  },
  {
    id: 'directMarketing',
    name: 'Direct marketing',
    description: 'Responses, redemptions and sales from mail, catalogues and coupons.',
    metrics: ['directMailConversionRate', 'redemptionRate', 'responseRate'],
  },
  {
    id: 'socialMedia',
    name: 'Social media',
    description: 'How social content engages its audience and how fast that audience grows.',
    metrics: ['engagementRate', 'followerGrowthRate'],
  },
  {
    id: 'email',
    name: 'Email marketing',
    description: 'Delivery, opens, clicks and opt-outs of email campaigns.',
    metrics: ['emailBounceRate', 'ctor', 'emailClickRate', 'openRate', 'unsubscribeRate'],
  },
  {
    id: 'funnel',
    name: 'Marketing funnel',
    description: 'Conversion between funnel stages, from lead to qualified lead to customer.',
    metrics: ['leadToCustomerRate', 'mqlToSqlRate', 'sqlToCustomerRate'],
  },
  {
    id: 'salesRoi',
    name: 'Sales and ROI',
    description: 'What customers cost and are worth, what marketing returns, and how sales grow against the market.',
    metrics: ['cac', 'clv', 'marketShare', 'roas', 'roi', 'salesGrowthRate'],
  },
  {
    id: 'brandCustomer',
    name: 'Brand and customer',
    description: 'Brand health and customer sentiment and loyalty, mostly from surveys and customer counts.',
    metrics: ['brandAwareness', 'churnRate', 'csat', 'nps', 'retentionRate', 'shareOfVoice'],
  },
  {
    id: 'healthcare',
    name: 'Healthcare',
    description: 'Acquiring, converting and keeping patients, and what a patient is worth to a practice.',
    metrics: ['newPatientConversionRate', 'pac', 'plv', 'patientRetentionRate'],
  },
  {
    id: 'automotive',
    name: 'Automotive',
    description: 'Dealership satisfaction, lead closing and unit market share.',
    metrics: ['csi', 'leadToSaleRate', 'marketShare'],
  },
  {
    id: 'retail',
    name: 'Retail and e-commerce',
    description: 'Order value, checkout completion, store conversion and like-for-like sales growth.',
    metrics: ['aov', 'cartAbandonmentRate', 'footTrafficConversionRate', 'sameStoreSalesGrowth'],
  },
  {
    id: 'manufacturing',
    name: 'Manufacturing',
    description:
      'The marketing KPIs for manufacturers: MQL-to-SQL conversion, CAC, ROI in its sales-growth ' +
      'variant, and ROAS.',
    metrics: ['mqlToSqlRate', 'cac', 'roi', 'roas'],
  },
  {
    id: 'unitEconomics',
    name: 'Unit economics',
    description: 'Whether acquiring customers pays: LTV:CAC, payback, blended efficiency and break-even points.',
    metrics: ['ltvToCac', 'cacPaybackMonths', 'mer', 'breakEvenRoas', 'customerLifetime'],
  },
];
