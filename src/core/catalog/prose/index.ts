import type { CatalogProse } from './types';
import { CATEGORY_PROSE } from './categories';
import { QUANTITY_PROSE } from './quantities';
import { AUTOMOTIVE_PROSE } from './metrics/automotive';
import { BRAND_CUSTOMER_PROSE } from './metrics/brandCustomer';
import { DIGITAL_ADVERTISING_PROSE } from './metrics/digitalAdvertising';
import { DIRECT_MARKETING_PROSE } from './metrics/directMarketing';
import { EMAIL_PROSE } from './metrics/email';
import { FUNNEL_PROSE } from './metrics/funnel';
import { HEALTHCARE_PROSE } from './metrics/healthcare';
import { RETAIL_PROSE } from './metrics/retail';
import { SALES_ROI_PROSE } from './metrics/salesRoi';
import { SOCIAL_MEDIA_PROSE } from './metrics/socialMedia';
import { TRADITIONAL_ADVERTISING_PROSE } from './metrics/traditionalAdvertising';
import { UNIT_ECONOMICS_PROSE } from './metrics/unitEconomics';
import { WEB_ANALYTICS_PROSE } from './metrics/webAnalytics';

/**
 * The built-in catalog's prose, kept apart from its data like a message bundle: computing
 * needs none of it, so the Node builds load it only when something is explained (lazyProse.ts).
 */
export const CATALOG_PROSE: CatalogProse = {
  metrics: {
    ...DIGITAL_ADVERTISING_PROSE,
    ...WEB_ANALYTICS_PROSE,
    ...TRADITIONAL_ADVERTISING_PROSE,
    ...DIRECT_MARKETING_PROSE,
    ...SOCIAL_MEDIA_PROSE,
    ...EMAIL_PROSE,
    ...FUNNEL_PROSE,
    ...SALES_ROI_PROSE,
    ...BRAND_CUSTOMER_PROSE,
    ...HEALTHCARE_PROSE,
    ...AUTOMOTIVE_PROSE,
    ...RETAIL_PROSE,
    ...UNIT_ECONOMICS_PROSE,
  },
  quantities: QUANTITY_PROSE,
  categories: CATEGORY_PROSE,
};
