import type { MetricDef } from '../schema';
import { CAC_SCOPE, ROAS_IS_NOT_ROI, sumsNotMeans } from '../cautions';

/** Beyond the seeds: what analysts expect next to CAC and CLV. All examples are illustrative. */
export const UNIT_ECONOMICS_METRICS: readonly MetricDef[] = [
  {
    id: 'ltvToCac',
    name: 'LTV:CAC ratio',
    abbreviation: 'LTV:CAC',
    aliases: ['ltv:cac', 'ltv to cac', 'ltv/cac', 'ltv to cac ratio', 'clv:cac', 'clv to cac ratio'],
    formula: 'clv / cac',
    unit: 'ratio',
    direction: 'higher',
    description:
      "How many times a customer's lifetime value covers the cost of acquiring them. About 3x is " +
      'the usual bar for a healthy business; below 1x every new customer loses money. Far above 3x can mean ' +
      'the business is under-investing in growth.',
    cautions: [
      "Given a gross margin rate, CLV is gross profit, not revenue, and so is this ratio's numerator; " +
        'revenue-based CLV overstates it by 1 ÷ margin.',
      CAC_SCOPE + ' Paid-only CAC flatters this ratio.',
      'Use a margin-based lifetime value; a revenue-based CLV overstates the ratio.',
    ],
    related: ['clv', 'cac', 'cacPaybackMonths'],
    examples: [
      {
        description: 'Illustrative: a lifetime value of $1,500 against a CAC of $500 is 3.0x.',
        inputs: { clv: 1500, cac: 500 },
        expected: 3,
      },
    ],
  },
  {
    id: 'cacPaybackMonths',
    name: 'CAC payback period',
    aliases: ['cac payback period', 'cac payback', 'payback period', 'months to recover cac'],
    formula: 'cac / (monthlyRevenuePerCustomer * grossMarginRate)',
    unit: 'months',
    direction: 'lower',
    description:
      "How many months of a customer's gross profit it takes to earn back what acquiring them cost. " +
      'Shorter paybacks free cash for growth sooner; subscription businesses often aim for under 12 months. ' +
      'Read it with churn: a customer who leaves before payback never repays.',
    cautions: [
      CAC_SCOPE,
      'Use gross margin, not revenue alone: paying back from revenue ignores the cost of serving the customer.',
      'It assumes revenue per customer stays flat; expansion or discounting changes it.',
    ],
    related: ['cac', 'ltvToCac', 'churnRate'],
    examples: [
      {
        description:
          'Illustrative: a CAC of $600, $80 a month per customer at a 75 % margin pays ' + 'back in 10 months.',
        inputs: { cac: 600, monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75 },
        expected: 10,
      },
    ],
  },
  {
    id: 'mer',
    name: 'Marketing efficiency ratio',
    abbreviation: 'MER',
    aliases: ['marketing efficiency ratio', 'blended roas', 'media efficiency ratio', 'total roas'],
    formula: 'revenue / cost',
    unit: 'ratio',
    direction: 'higher',
    description:
      'Total revenue divided by total marketing spend across every channel. Because it needs no ' +
      'attribution, it is immune to platforms claiming the same sale twice and gives an honest top-line ' +
      'view. It cannot tell you which channel worked, so use it alongside channel ROAS.',
    cautions: [
      "Use all marketing spend and all revenue for the same period; one channel's spend makes it " + 'channel ROAS.',
      ROAS_IS_NOT_ROI,
    ],
    related: ['roas', 'roi', 'breakEvenRoas'],
    examples: [
      {
        description: 'Illustrative: $400,000 of total revenue on $100,000 of marketing spend is a ' + 'MER of 4.0x.',
        inputs: { revenue: 400000, cost: 100000 },
        expected: 4,
      },
    ],
  },
  {
    id: 'emailClickRate',
    name: 'Email click rate',
    aliases: ['email click rate', 'email click-through rate', 'email ctr', 'click rate (email)'],
    formula: 'uniqueClicks / emailsDelivered',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'emails delivered',
    variants: [
      {
        id: 'sentLessBounced',
        label: 'delivered = sent − bounced',
        formula: 'uniqueClicks / (emailsSent - emailsBounced)',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The share of delivered emails in which the recipient clicked at least one link. Unlike open ' +
      'rate it needs a deliberate action, so it is the more reliable measure of engagement. Unlike CTOR it ' +
      'reflects both the subject line and the content.',
    cautions: [
      'Not CTOR: it divides by delivered emails (sent less bounced, when those two are given), so opens ' +
        'inflated by Apple Mail Privacy Protection do not affect it.',
      sumsNotMeans('unique clicks', 'emails delivered'),
      'Security scanners that follow links can inflate clicks, especially for business recipients.',
    ],
    related: ['ctor', 'openRate', 'ctr'],
    examples: [
      {
        description: 'Illustrative: 250 clickers among 10,000 delivered emails is a click rate of ' + '2.5 %.',
        inputs: { uniqueClicks: 250, emailsDelivered: 10000 },
        expected: 0.025,
      },
    ],
    parts: [
      { part: 'uniqueClicks', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'uniqueClicks', whole: 'emailsSent - emailsBounced' },
    ],
  },
  {
    id: 'breakEvenRoas',
    name: 'Break-even ROAS',
    aliases: ['break-even roas', 'breakeven roas', 'minimum roas'],
    formula: '1 / grossMarginRate',
    unit: 'ratio',
    direction: 'neither',
    description:
      'The ROAS at which ad-driven gross profit exactly pays for the ads: one divided by the gross ' +
      'margin. Campaigns above it make money on the first order; below it they need repeat purchases to pay ' +
      'off. Lower-margin products need a much higher ROAS.',
    cautions: [
      'It covers product cost only; fees, returns and fixed costs push the real break-even higher.',
      'grossMarginRate is a fraction: 0.4 for a 40 % margin.',
    ],
    related: ['roas', 'mer', 'roi'],
    examples: [
      {
        description: 'Illustrative: at a 40 % gross margin, ads break even at a ROAS of 2.5x.',
        inputs: { grossMarginRate: 0.4 },
        expected: 2.5,
      },
    ],
  },
  {
    id: 'customerLifetime',
    name: 'Expected customer lifetime',
    aliases: ['expected customer lifetime', 'customer lifetime', 'expected lifetime'],
    formula: '1 / churnRate',
    unit: 'periods',
    direction: 'higher',
    description:
      'How many periods an average customer is expected to stay, estimated as one over the churn ' +
      'rate. It turns churn into a figure people grasp more easily and feeds lifetime value. It assumes ' +
      'churn stays constant, which newer customers often do not follow.',
    cautions: [
      "The unit is the churn rate's period: monthly churn gives months, annual churn gives years.",
      'The churn behind it must use customers at the start of the period as its denominator.',
    ],
    related: ['churnRate', 'retentionRate', 'clv'],
    examples: [
      {
        description: 'Illustrative: 5 % churn per month means an expected lifetime of 20 months.',
        inputs: { churnRate: 0.05 },
        expected: 20,
      },
    ],
  },
];
