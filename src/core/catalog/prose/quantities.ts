import type { QuantityProse } from './types';

const SNAPSHOT = 'a head count at one moment; adding the counts of several rows counts the same people again';
const AVERAGE = 'an average per unit; averages do not add up across rows';

export const QUANTITY_PROSE: Readonly<Record<string, QuantityProse>> = {
  impressions: { description: 'Times an ad was served, repeats by the same person included.' },
  clicks: { description: 'Clicks on an ad or link.' },
  cost: { description: 'Money spent on the activity measured (media, campaign or all marketing).' },
  conversions: { description: 'Completed goal actions: purchases, sign-ups or whatever the campaign counts.' },
  engagements: { description: 'Likes, comments, shares, saves and clicks on social content.' },
  leads: { description: 'Prospects who left contact details or asked to be contacted.' },
  sessions: { description: 'Visits to a site or app; one person can have many.' },
  visitors: {
    nonAdditiveReason: 'unique visitors of different rows (days, pages, channels) overlap, so visitors do not add up',
    description: 'Distinct people (or browsers) who visited.',
  },
  reach: {
    nonAdditiveReason: 'audiences of different rows overlap, so reach does not add up',
    description: 'Distinct people who saw the ad at least once.',
  },
  targetAudience: {
    nonAdditiveReason: 'rows usually describe the same audience, so adding them counts it several times',
    description: 'The population a plan aims at; one rating point is 1 % of it.',
  },
  responses: { description: 'Replies to a direct-marketing piece: calls, visits, reply cards.' },
  followersStart: { nonAdditiveReason: SNAPSHOT },
  uniqueOpens: { description: 'Emails opened at least once (each email counted once per recipient).' },
  uniqueClicks: { description: 'Recipients who clicked at least one link in the email.' },
  grossProfit: { description: 'Revenue minus the cost of the goods or services sold; negative on a loss.' },
  salesGrowth: { description: 'Sales gained over a baseline period, in money; negative when sales fell.' },
  avgPurchaseValue: { nonAdditiveReason: AVERAGE },
  purchaseFrequency: { nonAdditiveReason: 'a rate per customer; rates do not add up across rows' },
  customerLifespan: { nonAdditiveReason: 'a duration per customer; durations of different segments do not add up' },
  companySales: { description: 'Your sales in money or units; use the same basis as the market sales.' },
  marketSales: { description: 'Total sales of the market in money or units, your own included.' },
  promoters: { description: 'Respondents answering 9 or 10 to "How likely are you to recommend us?".' },
  detractors: { description: 'Respondents answering 0 to 6 to "How likely are you to recommend us?".' },
  passives: { description: 'Respondents answering 7 or 8 to "How likely are you to recommend us?": they count among respondents, not in the score.' },
  customersStart: { nonAdditiveReason: SNAPSHOT },
  customersEnd: { nonAdditiveReason: SNAPSHOT },
  brandVoice: { description: 'Your brand\'s ad spend or mentions; use the same basis as the category voice.' },
  categoryVoice: { description: 'The whole category\'s ad spend or mentions, your brand included.' },
  revenuePerVisit: { nonAdditiveReason: AVERAGE },
  visitsPerYear: { nonAdditiveReason: 'a rate per patient; rates do not add up across rows' },
  retentionYears: { nonAdditiveReason: 'a duration per patient; durations of different segments do not add up' },
  patientsStart: { nonAdditiveReason: SNAPSHOT },
  patientsEnd: { nonAdditiveReason: SNAPSHOT },
  maxScore: { nonAdditiveReason: 'the survey\'s scale, the same for every row; adding rows inflates it' },
  grossMarginRate: {
    nonAdditiveReason: 'a percentage; percentages of different rows do not add up',
    description: 'Gross profit as a fraction of revenue (0.4 for 40 %).',
  },
  monthlyRevenuePerCustomer: { nonAdditiveReason: AVERAGE },
  allClicks: { description: 'Every click on an ad, link clicks included: likes, comments, profile and expand clicks (Meta\'s Clicks (all)).' },
  engagedSessions: { description: 'GA4 sessions that lasted over 10 seconds, had a key event or viewed two or more pages.' },
  totalOpens: { description: 'Every open of an email, repeats by the same recipient included (unique opens count each recipient once).' },
};
