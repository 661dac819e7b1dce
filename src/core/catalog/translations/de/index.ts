import type { BuiltinMetricId } from '../../ids';
import type { CatalogTranslation, MetricText } from '../types';
import { CATEGORIES_DE, CUSTOM_DE } from './categories';
import { QUANTITIES_DE } from './quantities';
import { AUTOMOTIVE_DE } from './metrics/automotive';
import { BRAND_CUSTOMER_DE } from './metrics/brandCustomer';
import { DIGITAL_ADVERTISING_DE } from './metrics/digitalAdvertising';
import { DIRECT_MARKETING_DE } from './metrics/directMarketing';
import { EMAIL_DE } from './metrics/email';
import { FUNNEL_DE } from './metrics/funnel';
import { HEALTHCARE_DE } from './metrics/healthcare';
import { RETAIL_DE } from './metrics/retail';
import { SALES_ROI_DE } from './metrics/salesRoi';
import { SOCIAL_MEDIA_DE } from './metrics/socialMedia';
import { TRADITIONAL_ADVERTISING_DE } from './metrics/traditionalAdvertising';
import { UNIT_ECONOMICS_DE } from './metrics/unitEconomics';
import { WEB_ANALYTICS_DE } from './metrics/webAnalytics';

// Typed as a full record: a built-in metric without German text does not compile.
const METRICS_DE: Readonly<Record<BuiltinMetricId, MetricText>> = {
  ...DIGITAL_ADVERTISING_DE,
  ...WEB_ANALYTICS_DE,
  ...TRADITIONAL_ADVERTISING_DE,
  ...DIRECT_MARKETING_DE,
  ...SOCIAL_MEDIA_DE,
  ...EMAIL_DE,
  ...FUNNEL_DE,
  ...SALES_ROI_DE,
  ...BRAND_CUSTOMER_DE,
  ...HEALTHCARE_DE,
  ...AUTOMOTIVE_DE,
  ...RETAIL_DE,
  ...UNIT_ECONOMICS_DE,
};

/** The catalog's display text in German, as a German marketing analyst writes it. */
export const DE: CatalogTranslation = {
  metrics: METRICS_DE,
  quantities: QUANTITIES_DE,
  categories: CATEGORIES_DE,
  custom: CUSTOM_DE,
};
