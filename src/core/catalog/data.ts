import type { CatalogData } from './schema';
import { CATEGORIES } from './categories';
import { QUANTITIES } from './quantities';
import { AUTOMOTIVE_METRICS } from './metrics/automotive';
import { BRAND_CUSTOMER_METRICS } from './metrics/brandCustomer';
import { DIGITAL_ADVERTISING_METRICS } from './metrics/digitalAdvertising';
import { DIRECT_MARKETING_METRICS } from './metrics/directMarketing';
import { EMAIL_METRICS } from './metrics/email';
import { FUNNEL_METRICS } from './metrics/funnel';
import { HEALTHCARE_METRICS } from './metrics/healthcare';
import { RETAIL_METRICS } from './metrics/retail';
import { SALES_ROI_METRICS } from './metrics/salesRoi';
import { SOCIAL_MEDIA_METRICS } from './metrics/socialMedia';
import { TRADITIONAL_ADVERTISING_METRICS } from './metrics/traditionalAdvertising';
import { UNIT_ECONOMICS_METRICS } from './metrics/unitEconomics';
import { WEB_ANALYTICS_METRICS } from './metrics/webAnalytics';

/**
 * The built-in catalog; metrics in category order (Manufacturing only reuses metrics). Each
 * metric's file holds it whole: its formula beside its description, cautions and examples.
 */
export const BUILTIN_CATALOG: CatalogData = {
  quantities: [...QUANTITIES],
  metrics: [
    ...DIGITAL_ADVERTISING_METRICS,
    ...WEB_ANALYTICS_METRICS,
    ...TRADITIONAL_ADVERTISING_METRICS,
    ...DIRECT_MARKETING_METRICS,
    ...SOCIAL_MEDIA_METRICS,
    ...EMAIL_METRICS,
    ...FUNNEL_METRICS,
    ...SALES_ROI_METRICS,
    ...BRAND_CUSTOMER_METRICS,
    ...HEALTHCARE_METRICS,
    ...AUTOMOTIVE_METRICS,
    ...RETAIL_METRICS,
    ...UNIT_ECONOMICS_METRICS,
  ],
  categories: [...CATEGORIES],
};
