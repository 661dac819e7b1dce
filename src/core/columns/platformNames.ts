/**
 * What the columns of real platform exports mean, where the catalog's own aliases do not say:
 * the names Meta, Google Ads, Microsoft Advertising, LinkedIn, TikTok, X, GA4, Search Console,
 * Mailchimp, Klaviyo, HubSpot and Shopify write, their API field names, and the words that mean
 * one thing on one platform and another elsewhere (each with a note, so nothing is assumed in
 * silence). Sources and meanings per platform: docs/platform-exports.md and
 * test/fixtures/exports/SOURCES.md. Names are matched as field names are: case, spaces, `_`,
 * `.`, `/`, `-` and parentheses do not count (`Impr.`, `impr`), and a unit suffix such as
 * `(USD)` has been taken off first (header.ts).
 */

/** A platform's name for an input quantity. */
export interface InputName {
  readonly names: readonly string[];
  readonly id: string;
  /** Scale from the column's values to the quantity's (cost_micros: 1e-6). */
  readonly factor?: number;
  /** What was assumed in reading it so, shown with the result. */
  readonly note?: string;
  /**
   * When another column of the table is the same quantity by a more exact name, this column is
   * read as `alt` instead ("Clicks" beside "Link clicks" is Meta's all clicks).
   */
  readonly alt?: string;
  /** Lower is preferred when two columns give one quantity; the catalog's own names are 1. */
  readonly rank?: number;
  /**
   * A column that says, per row, what this one counts (Meta's Result indicator): when it
   * varies across rows, the rows count different things and the column is left out.
   */
  readonly countedBy?: readonly string[];
}

/** A platform's own KPI column: compared with ours, never dropped. */
export interface ReportedName {
  readonly names: readonly string[];
  /** Candidates in order; the first whose inputs the table has is the reading. */
  readonly metrics: readonly { readonly id: string; readonly variant?: string }[];
  readonly note?: string;
  /** As for InputName: a column saying per row what this one is per (Meta's Result indicator). */
  readonly countedBy?: readonly string[];
}

export type DimensionKind =
  | 'campaign'
  | 'adSet'
  | 'ad'
  | 'channel'
  | 'sourceMedium'
  | 'device'
  | 'country'
  | 'date'
  | 'query'
  | 'page'
  | 'id'
  | 'status'
  | 'audience'
  | 'other';

export interface DimensionName {
  readonly names: readonly string[];
  readonly kind: DimensionKind;
}

/** Columns that hold numbers which are not an input of any KPI, with the reason. */
export interface OtherName {
  readonly names: readonly string[];
  readonly why: string;
}

const META_RESULTS =
  "Meta's Results count the result of each campaign's objective (purchases, leads, link clicks…), " +
  'named in the Result indicator column';
const PLATFORM_VALUE = 'the value the ad platform attributes to its conversions, not booked revenue';

export const INPUT_NAMES: readonly InputName[] = [
  {
    names: [
      'amount spent',
      'total spent',
      'spent',
      'spend',
      'cost',
      'media cost',
      'total cost',
      'billed charge',
      'amount_spent',
    ],
    id: 'cost',
  },
  {
    names: ['budget', 'daily budget', 'campaign budget', 'lifetime budget', 'ad set budget', 'budget amount'],
    id: 'cost',
    rank: 5,
    note: 'a budget is planned spend, not spend: cost only where no spend column is there',
  },
  {
    names: ['cost micros', 'spend micros'],
    id: 'cost',
    factor: 1e-6,
    note: 'money in millionths (Google Ads API micros), divided by 1,000,000',
  },
  { names: ['impr', 'impressions', 'impr.', 'ad impressions', 'views served'], id: 'impressions' },
  {
    names: [
      'link clicks',
      'clicks destination',
      'inline link clicks',
      'outbound clicks',
      'url clicks',
      'link clicks (destination)',
    ],
    id: 'clicks',
    rank: 0,
  },
  { names: ['clicks'], id: 'clicks', rank: 2, alt: 'allClicks' },
  { names: ['clicks all', 'all clicks', 'total clicks', 'clicks (all)'], id: 'allClicks' },
  {
    names: ['interactions', 'engagements', 'total engagements', 'post engagements', 'post engagement'],
    id: 'engagements',
  },
  {
    names: ['results'],
    id: 'conversions',
    rank: 3,
    note: META_RESULTS,
    countedBy: ['result indicator', 'result type'],
  },
  {
    names: [
      'conversions',
      'conv',
      'conv.',
      'total conversion',
      'all conv',
      'all conv.',
      'website conversions',
      'total conversions',
    ],
    id: 'conversions',
    rank: 1,
  },
  {
    names: ['key events', 'keyevents'],
    id: 'conversions',
    rank: 1,
    note: "GA4's key events, called conversions before 2024",
  },
  {
    names: ['action_values[action_type=purchase].value', 'action values purchase'],
    id: 'revenue',
    rank: 2,
    note: PLATFORM_VALUE,
  },
  {
    names: [
      'conversions value',
      'conv value',
      'conv. value',
      'all conv value',
      'total conversion value',
      'conversion value',
      'purchases conversion value',
      'website purchases conversion value',
      'purchase conversion value',
      'conversions_value',
      'purchase value',
    ],
    id: 'revenue',
    rank: 2,
    note: PLATFORM_VALUE,
  },
  {
    names: [
      'total revenue',
      'totalrevenue',
      'purchase revenue',
      'revenue',
      'placed order value',
      'ordered product sales',
    ],
    id: 'revenue',
    rank: 1,
  },
  { names: ['net sales'], id: 'revenue', rank: 1, note: 'net sales: after discounts and returns' },
  { names: ['total sales'], id: 'revenue', rank: 3, note: "Shopify's total sales include taxes and shipping" },
  { names: ['gross sales'], id: 'revenue', rank: 4, note: 'gross sales: before discounts and returns' },
  {
    names: ['purchases', 'website purchases', 'purchase', 'actions purchase', 'actions[action_type=purchase].value'],
    id: 'conversions',
    rank: 1,
    alt: 'orders',
  },
  { names: ['ecommerce purchases', 'orders', 'placed order', 'unique placed order', 'total orders'], id: 'orders' },
  {
    names: ['approved conversion', 'approved_conversion'],
    id: 'newCustomers',
    note: 'approved conversions: people who bought after seeing the ad',
  },
  {
    names: ['leads', 'lead', 'website leads', 'on facebook leads', 'lead form completions', 'leads (form)'],
    id: 'leads',
  },
  { names: ['sessions', 'visits'], id: 'sessions' },
  { names: ['engaged sessions', 'engagedsessions'], id: 'engagedSessions' },
  { names: ['total users', 'users', 'totalusers'], id: 'visitors', rank: 1 },
  { names: ['active users', 'activeusers'], id: 'visitors', rank: 2, note: "GA4's active users: engaged visitors" },
  { names: ['views', 'screenpageviews', 'screen page views', 'page views', 'pageviews'], id: 'pageviews' },
  { names: ['reach', 'accounts center accounts reached', 'unique reach', 'members reached'], id: 'reach' },
  {
    names: ['video plays', 'video views', 'video starts', '2-second continuous video plays', 'video plays at 0%'],
    id: 'videoStarts',
  },
  {
    names: [
      'video plays at 100%',
      'video completions',
      'video views at 100%',
      'video completes',
      'video watched 100%',
      'video views p100',
    ],
    id: 'videoCompletions',
  },
  { names: ['follows', 'new followers', 'followers gained'], id: 'followersGained' },
  // Email: sent, delivered, opens, clicks, bounces.
  { names: ['emails sent', 'total recipients', 'recipients', 'sends', 'sent', 'total sent'], id: 'emailsSent' },
  { names: ['successful deliveries', 'delivered', 'deliveries', 'emails delivered'], id: 'emailsDelivered' },
  { names: ['unique opens', 'opened', 'opens unique'], id: 'uniqueOpens' },
  { names: ['total opens'], id: 'totalOpens' },
  { names: ['unique clicks', 'clicked', 'clicks unique', 'unique clicks email'], id: 'uniqueClicks' },
  { names: ['unsubscribes', 'unsubscribed', 'unsubscribe'], id: 'unsubscribes' },
  { names: ['bounces', 'bounced', 'total bounces'], id: 'emailsBounced' },
];

/** Platforms' own KPI columns. Percent columns may hold fractions or points (kpiCheck.ts settles which). */
export const REPORTED_NAMES: readonly ReportedName[] = [
  {
    names: [
      'ctr link click-through rate',
      'ctr destination',
      'link ctr',
      'url ctr',
      'inline link click ctr',
      'ctr link',
    ],
    metrics: [{ id: 'ctr' }],
  },
  {
    names: ['ctr', 'average ctr', 'click-through rate', 'click through rate', 'clickthrough rate'],
    metrics: [{ id: 'ctr' }, { id: 'ctr', variant: 'allClicks' }, { id: 'ctor' }],
    note: 'a plain CTR is read as the clicks it agrees with: link clicks, all clicks, or (in email reports) clicks per open',
  },
  { names: ['ctr all', 'ctr (all)'], metrics: [{ id: 'ctr', variant: 'allClicks' }] },
  {
    names: ['cpc cost per link click', 'cpc destination', 'cost per link click', 'cost per inline link click'],
    metrics: [{ id: 'cpc' }],
  },
  {
    names: ['cpc', 'avg cpc', 'avg. cpc', 'average cpc', 'cost per click'],
    metrics: [{ id: 'cpc' }, { id: 'cpc', variant: 'allClicks' }],
  },
  { names: ['cpc all', 'cpc (all)', 'cost per click all'], metrics: [{ id: 'cpc', variant: 'allClicks' }] },
  {
    names: [
      'cpm',
      'avg cpm',
      'average cpm',
      'cpm cost per 1000 impressions',
      'cpm (cost per 1,000 impressions)',
      'cost per 1000 impressions',
    ],
    metrics: [{ id: 'cpm' }],
  },
  {
    names: ['cost per result', 'cost per results'],
    metrics: [{ id: 'cpa' }],
    note: 'cost per Meta Result: compared with CPA over the conversions',
    countedBy: ['result indicator', 'result type'],
  },
  {
    names: [
      'cost conv',
      'cost / conv.',
      'cost per conversion',
      'cost per conv',
      'cpa',
      'cost per acquisition',
      'cost per purchase',
    ],
    metrics: [{ id: 'cpa' }],
  },
  { names: ['cost per lead', 'cpl', 'cost per leads'], metrics: [{ id: 'cpl' }] },
  {
    names: ['conversion rate cvr', 'conversion rate (cvr)'],
    metrics: [
      { id: 'conversionRate', variant: 'perImpression' },
      { id: 'conversionRate', variant: 'perClick' },
    ],
    note: "TikTok's CVR divides by impressions; its CVR (clicks) by clicks",
  },
  {
    names: ['cvr clicks', 'conversion rate cvr clicks', 'conversion rate (cvr, clicks)'],
    metrics: [{ id: 'conversionRate', variant: 'perClick' }],
  },
  {
    names: ['conv rate', 'conv. rate', 'conversion rate', 'cvr'],
    metrics: [{ id: 'conversionRate', variant: 'perClick' }, { id: 'conversionRate' }],
    note: "an ad platform's conversion rate divides by clicks (interactions), not sessions",
  },

  {
    names: [
      'purchase_roas[action_type=omni_purchase].value',
      'purchase_roas[action_type=purchase].value',
      'website_purchase_roas[action_type=offsite_conversion.fb_pixel_purchase].value',
    ],
    metrics: [{ id: 'roas' }],
  },
  {
    names: [
      'conv value cost',
      'conv. value / cost',
      'roas',
      'purchase roas',
      'purchase roas return on ad spend',
      'return on ad spend',
      'website purchase roas',
    ],
    metrics: [{ id: 'roas' }],
  },
  {
    names: ['engagement rate', 'engagementrate'],
    metrics: [{ id: 'engagementRate' }, { id: 'sessionEngagementRate' }],
    note: "GA4's Engagement rate is engaged sessions / sessions; a social platform's is engagements / impressions",
  },
  {
    names: ['bounce rate', 'bouncerate'],
    metrics: [{ id: 'bounceRate' }, { id: 'bounceRate', variant: 'ga4' }, { id: 'emailBounceRate' }],
  },
  { names: ['open rate', 'unique open rate'], metrics: [{ id: 'openRate' }] },
  { names: ['click rate', 'unique click rate'], metrics: [{ id: 'emailClickRate' }] },
  { names: ['click to open rate', 'click-to-open rate', 'ctor', 'cto rate'], metrics: [{ id: 'ctor' }] },
  { names: ['unsubscribe rate', 'unsub rate'], metrics: [{ id: 'unsubscribeRate' }] },
  { names: ['bounce rate email', 'email bounce rate'], metrics: [{ id: 'emailBounceRate' }] },
  { names: ['frequency'], metrics: [{ id: 'frequency' }] },
  { names: ['average order value', 'aov', 'avg order value'], metrics: [{ id: 'aov' }] },
];

export const DIMENSION_NAMES: readonly DimensionName[] = [
  {
    names: [
      'campaign',
      'title',
      'campaign title',
      'campaign name',
      'campaign_name',
      'campaignname',
      'campaigns',
      'campaign group name',
      'campaign group',
      'session campaign',
      'session manual campaign name',
      'email name',
      'subject',
      'subject line',
      'message name',
      'flow name',
    ],
    kind: 'campaign',
  },
  {
    names: [
      'ad set',
      'ad set name',
      'adset',
      'adset name',
      'ad group',
      'ad group name',
      'adgroup',
      'adgroup name',
      'ad squad name',
    ],
    kind: 'adSet',
  },
  { names: ['ad', 'ad name', 'ad_name', 'creative', 'creative name', 'ad title', 'headline'], kind: 'ad' },
  {
    names: [
      'channel',
      'default channel group',
      'session primary channel group',
      'session primary channel group default channel group',
      'session default channel group',
      'first user primary channel group',
      'primary channel group',
      'network',
      'ad network type',
      'publisher platform',
      'platform',
      'placement',
      'source',
      'medium',
      'utm source',
      'utm medium',
      'session source',
      'session medium',
      'session source platform',
    ],
    kind: 'channel',
  },
  {
    names: ['source medium', 'session source medium', 'source / medium', 'first user source medium'],
    kind: 'sourceMedium',
  },
  {
    names: ['device', 'device category', 'devicecategory', 'device type', 'device platform', 'impression device'],
    kind: 'device',
  },
  {
    names: [
      'country',
      'region',
      'city',
      'country territory',
      'country/territory',
      'location',
      'market',
      'dma region',
      'territory',
    ],
    kind: 'country',
  },
  {
    names: [
      'date',
      'day',
      'week',
      'month',
      'quarter',
      'year',
      'hour',
      'reporting starts',
      'reporting ends',
      'reporting start',
      'reporting end',
      'start date',
      'end date',
      'send date',
      'send time',
      'sent date',
      'close date',
      'created at',
      'paid at',
      'created',
      'time',
      'date sent',
      'week starting',
      'yearmonth',
      'date hour',
    ],
    kind: 'date',
  },
  {
    names: ['query', 'queries', 'top queries', 'search term', 'search query', 'keyword', 'search keyword'],
    kind: 'query',
  },
  {
    names: [
      'page',
      'pages',
      'top pages',
      'landing page',
      'page path',
      'page title',
      'landing page + query string',
      'url',
      'final url',
      'page location',
    ],
    kind: 'page',
  },
  {
    names: [
      'campaign id',
      'ad set id',
      'adset id',
      'ad id',
      'ad group id',
      'account id',
      'fb campaign id',
      'xyz campaign id',
      'campaign group id',
      'creative id',
      'deal id',
      'id',
      'order id',
      'record id',
      'unique id',
      'campaign_id',
      'ad_id',
      'adset_id',
    ],
    kind: 'id',
  },
  {
    names: [
      'campaign status',
      'status',
      'delivery',
      'delivery status',
      'ad status',
      'deal stage',
      'stage',
      'financial status',
      'fulfillment status',
      'result indicator',
      'objective',
      'campaign type',
      'campaign objective',
      'bid strategy type',
      'pipeline',
      'deal owner',
      'type',
    ],
    kind: 'status',
  },
  {
    names: [
      'age',
      'gender',
      'interest',
      'audience',
      'list',
      'segment',
      'audience segment',
      'account name',
      'account',
      'customer',
      'name',
      'email',
      'currency',
      'currency code',
      'ad account currency',
      'account currency',
      'time zone',
      'lineitem name',
      'discount code',
    ],
    kind: 'audience',
  },
];

export const OTHER_NAMES: readonly OtherName[] = [
  {
    names: ['position', 'avg position', 'average position'],
    why: 'an average rank per impression; no KPI here takes it',
  },
  {
    names: ['events per session', 'eventspersession', 'event count', 'eventcount', 'views per session'],
    why: 'a count of events of every kind; no KPI here takes it',
  },
  {
    names: ['average engagement time per session', 'average engagement time', 'userengagementduration'],
    why: 'an average time per session; it cannot be summed across rows',
  },
  {
    names: ['session key event rate', 'user key event rate', 'sessionkeyeventrate', 'userkeyeventrate'],
    why: 'GA4 divides the sessions (or users) with a key event, which the table does not count; key events ÷ sessions is not the same',
  },
  {
    names: ['actions[action_type=link_click].value', 'actions[action_type=inline_link_click].value'],
    why: 'the link clicks again, as an action: inline_link_clicks already gives them',
  },
  {
    names: [
      'actions[action_type=offsite_conversion.fb_pixel_purchase].value',
      'action_values[action_type=offsite_conversion.fb_pixel_purchase].value',
      'actions[action_type=omni_purchase].value',
      'action_values[action_type=omni_purchase].value',
    ],
    why: 'a subset or a sum of the purchases counted under action_type=purchase: adding it would count them twice',
  },
  {
    names: ['new users', 'newusers', 'returning users'],
    why: 'first or repeat visitors only; the visitors column counts them all',
  },
  {
    names: ['soft bounces', 'hard bounces'],
    why: 'one kind of bounce; the total bounces is what the bounce rate takes',
  },
  {
    names: [
      'discounts',
      'returns',
      'shipping',
      'taxes',
      'subtotal',
      'shipping charges',
      'duties',
      'additional fees',
      'lineitem quantity',
      'lineitem price',
      'total',
    ],
    why: "a part of an order's amount; revenue is taken from the sales column",
  },
  { names: ['amount', 'deal amount'], why: "a deal's amount: map it with Use as… if it is the revenue you want" },
];
