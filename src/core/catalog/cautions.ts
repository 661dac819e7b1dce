/**
 * Caution texts shared by several metrics: the traps listed in METRICS.md, worded once so
 * that every metric they concern says the same thing.
 */

/** Mean of ratios vs ratio of sums: the classic blended CTR / CPC error. */
export function sumsNotMeans(numerator: string, denominator: string): string {
  return (
    `For a total over several rows (campaigns, days), divide the summed ${numerator} by the summed ` +
    `${denominator}; the average of the rows' own values weights a tiny row like a large one.`
  );
}

/** A division by zero shown as 0 in spreadsheet templates. */
export function noValueWithout(denominator: string): string {
  return (
    `With no ${denominator} there is no value: show it as missing, not as 0 ` +
    '(spreadsheets\' IFERROR(…, 0) turns "no data" into a result).'
  );
}

export const UNIQUE_COUNTS_OVERLAP =
  'Reach and unique visitors overlap across campaigns, channels and days: ' +
  'summing them overstates the audience. Take deduplicated figures from the source.';

export const PLATFORM_CONVERSIONS =
  'Each ad platform reports the conversions it can claim; summed across ' +
  'platforms they overstate real orders. Reconcile with your own sales data.';

export const ROAS_IS_NOT_ROI =
  'ROAS 5.0 is not ROI 500 %: ROAS divides revenue by ad cost, ROI divides the ' +
  'profit left after the cost by the cost (ROAS 5 at a 40 % margin is ROI 100 %).';

export const CAC_SCOPE =
  '"Fully loaded" (blended) CAC includes sales salaries, tools and overheads; ' +
  'paid-only CAC counts media spend alone and looks far lower. Say which one, and compare like with like.';

export const APPLE_MAIL_PRIVACY =
  'Apple Mail Privacy Protection preloads images, which records an open ' +
  'for many emails nobody read; open counts are inflated, so lean on clicks.';

export const GA4_FRACTIONS =
  "GA4's API returns rates as fractions (0.42), as this catalog stores them; " +
  'a percentage typed from the GA4 interface (42 %) must be divided by 100.';

export const META_CTR_PERCENT =
  "Meta's API returns ctr already in percent (1.5 means 1.5 %); divide it by " +
  '100 before comparing, or recompute it from clicks and impressions.';

export const COST_MICROS =
  'Google Ads returns money as cost_micros (millionths): 2,500,000 micros is 2.50; ' +
  'a field of that name is divided by 1,000,000 when read.';

export const COHORT_LAG =
  'Deals take time to close: relate customers to the leads they came from (a cohort), ' +
  "not this month's customers to this month's leads, or long sales cycles distort the rate.";

export const REVENUE_NOT_PROFIT =
  'This simple form multiplies revenue, not profit: apply the gross margin ' +
  'before setting it against acquisition cost.';
