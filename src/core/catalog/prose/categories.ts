export const CATEGORY_PROSE: Readonly<Record<string, string>> = {
  digitalAdvertising: 'Cost and response of paid online ads: what impressions, clicks and conversions cost and yield.',
  webAnalytics: 'How visitors behave on a site: how long they stay, how much they see and how often they convert.',
  traditionalAdvertising: 'Reach, frequency and rating points of broadcast, print and outdoor campaigns, and their price.',
  directMarketing: 'Responses, redemptions and sales from mail, catalogues and coupons.',
  socialMedia: 'How social content engages its audience and how fast that audience grows.',
  email: 'Delivery, opens, clicks and opt-outs of email campaigns.',
  funnel: 'Conversion between funnel stages, from lead to qualified lead to customer.',
  salesRoi: 'What customers cost and are worth, what marketing returns, and how sales grow against the market.',
  brandCustomer: 'Brand health and customer sentiment and loyalty, mostly from surveys and customer counts.',
  healthcare: 'Acquiring, converting and keeping patients, and what a patient is worth to a practice.',
  automotive: 'Dealership satisfaction, lead closing and unit market share.',
  retail: 'Order value, checkout completion, store conversion and like-for-like sales growth.',
  manufacturing: 'The marketing KPIs for manufacturers: MQL-to-SQL conversion, CAC, ROI in its sales-growth '
    + 'variant, and ROAS.',
  unitEconomics: 'Whether acquiring customers pays: LTV:CAC, payback, blended efficiency and break-even points.',
};
