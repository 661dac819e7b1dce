import type { CategoryFacts } from './withProse';

/**
 * Display order follows the seed guide. A metric's home is the first category that lists it,
 * where an analyst looks for it (ROAS under Digital advertising, the email click rate under
 * Email); a later category lists it as shared (Sales and ROI, Automotive, Manufacturing).
 */
export const CATEGORIES: readonly CategoryFacts[] = [
  { id: 'digitalAdvertising', name: 'Digital advertising',
    metrics: ['ctr', 'cpa', 'cpc', 'cpe', 'cpl', 'cpm', 'roas', 'impressions', 'vcr'] },
  { id: 'webAnalytics', name: 'Web analytics',
    metrics: ['avgSessionDuration', 'bounceRate', 'conversionRate', 'pagesPerSession', 'sessionEngagementRate'] },
  { id: 'traditionalAdvertising', name: 'Traditional advertising',
    metrics: ['cpp', 'frequency', 'grps', 'reachRate'] },
  { id: 'directMarketing', name: 'Direct marketing',
    metrics: ['directMailConversionRate', 'redemptionRate', 'responseRate'] },
  { id: 'socialMedia', name: 'Social media',
    metrics: ['engagementRate', 'followerGrowthRate'] },
  { id: 'email', name: 'Email marketing',
    metrics: ['emailBounceRate', 'ctor', 'emailClickRate', 'openRate', 'unsubscribeRate'] },
  { id: 'funnel', name: 'Marketing funnel',
    metrics: ['leadToCustomerRate', 'mqlToSqlRate', 'sqlToCustomerRate'] },
  { id: 'salesRoi', name: 'Sales and ROI',
    metrics: ['cac', 'clv', 'marketShare', 'roas', 'roi', 'salesGrowthRate'] },
  { id: 'brandCustomer', name: 'Brand and customer',
    metrics: ['brandAwareness', 'churnRate', 'csat', 'nps', 'retentionRate', 'shareOfVoice'] },
  { id: 'healthcare', name: 'Healthcare',
    metrics: ['newPatientConversionRate', 'pac', 'plv', 'patientRetentionRate'] },
  { id: 'automotive', name: 'Automotive',
    metrics: ['csi', 'leadToSaleRate', 'marketShare'] },
  { id: 'retail', name: 'Retail and e-commerce',
    metrics: ['aov', 'cartAbandonmentRate', 'footTrafficConversionRate', 'sameStoreSalesGrowth'] },
  { id: 'manufacturing', name: 'Manufacturing',
    metrics: ['mqlToSqlRate', 'cac', 'roi', 'roas'] },
  { id: 'unitEconomics', name: 'Unit economics',
    metrics: ['ltvToCac', 'cacPaybackMonths', 'mer', 'breakEvenRoas', 'customerLifetime'] },
];
