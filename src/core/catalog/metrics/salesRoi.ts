import type { MetricDef } from '../schema';
import {
  CAC_SCOPE,
  PLATFORM_CONVERSIONS,
  REVENUE_NOT_PROFIT,
  ROAS_IS_NOT_ROI,
  noValueWithout,
  sumsNotMeans,
} from '../cautions';

export const SALES_ROI_METRICS: readonly MetricDef[] = [
  {
    id: 'cac',
    name: 'Customer acquisition cost',
    abbreviation: 'CAC',
    aliases: ['customer acquisition cost', 'cost of customer acquisition', 'cost per new customer', 'cac'],
    formula: 'cost / newCustomers',
    unit: 'currency',
    direction: 'lower',
    description:
      'What it costs on average to win one new customer: marketing (and, fully loaded, sales) ' +
      'spend divided by the customers it brought in. It only means something next to what a customer is ' +
      'worth, which is why it is read against lifetime value. Rising CAC is often the first sign a channel ' +
      'is saturating.',
    cautions: [
      CAC_SCOPE,
      'Count only new customers, not repeat buyers, and match the period: spend that closes next quarter ' +
        "belongs to next quarter's customers.",
      sumsNotMeans('cost', 'new customers'),
    ],
    related: ['cpa', 'clv', 'ltvToCac', 'cacPaybackMonths', 'pac', 'roi'],
    examples: [
      {
        description: '$100,000 of marketing spend bringing 200 new customers is a CAC of $500.',
        inputs: { cost: 100000, newCustomers: 200 },
        expected: 500,
      },
    ],
  },
  {
    id: 'clv',
    name: 'Customer lifetime value',
    abbreviation: 'CLV',
    aliases: ['customer lifetime value', 'lifetime value', 'ltv', 'cltv', 'clv', 'lifetime customer value'],
    formula: 'avgPurchaseValue * purchaseFrequency * customerLifespan',
    unit: 'currency',
    direction: 'higher',
    defaultVariantLabel: 'revenue over the lifespan',
    variants: [
      // With a margin, value is gross profit, not revenue (LTV:CAC follows the form CLV takes).
      {
        id: 'margin',
        label: 'gross profit over the lifespan',
        formula: 'avgPurchaseValue * purchaseFrequency * customerLifespan * grossMarginRate',
        usedWhen: 'given',
      },
      {
        id: 'churn',
        label: 'monthly margin ÷ monthly churn',
        formula: 'monthlyRevenuePerCustomer * grossMarginRate / churnRate',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The revenue an average customer brings over the whole relationship: how much they spend per ' +
      'purchase, how often they buy and for how many years. It tells you how much you can afford to spend ' +
      'to acquire and keep a customer. Segment it: loyal and one-off buyers differ enormously.',
    cautions: [
      REVENUE_NOT_PROFIT + ' Otherwise LTV:CAC looks better than it is.',
      'Averages hide skew: a few heavy buyers lift the mean purchase value and lifespan.',
      'Given a gross margin rate, CLV is computed on gross profit (× margin), and LTV:CAC with it. Without ' +
        'purchase value, frequency and lifespan, it is monthly revenue per customer × margin ÷ monthly churn, ' +
        'the subscription form (D. Skok, SaaS Metrics 2.0, https://www.forentrepreneurs.com/saas-metrics-2/): ' +
        'revenue and churn must be for the same period.',
    ],
    related: ['cac', 'ltvToCac', 'customerLifetime', 'aov', 'plv', 'churnRate'],
    examples: [
      {
        description: '$50 per purchase, 6 purchases a year, for 3 years: a lifetime value of $900.',
        inputs: { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3 },
        expected: 900,
      },
      {
        description: 'The same customer at a 40 % gross margin: a lifetime value of $360 in gross profit.',
        inputs: { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3, grossMarginRate: 0.4 },
        expected: 360,
        variant: 'margin',
      },
      {
        description:
          '$80 a month at a 75 % margin, with 5 % of customers churning a month: a lifetime value of $1,200.',
        inputs: { monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75, churnRate: 0.05 },
        expected: 1200,
        variant: 'churn',
      },
    ],
  },
  {
    id: 'marketShare',
    name: 'Market share',
    aliases: ['market share', 'share of market', 'market share (units)', 'unit market share', 'revenue market share'],
    formula: 'companySales / marketSales',
    unit: 'percent',
    direction: 'higher',
    description:
      'Your sales as a share of the total sales of your market, measured in money or in units. It ' +
      'shows whether you are growing faster or slower than competitors, which sales growth alone cannot. ' +
      "Revenue and unit shares differ whenever your prices differ from the market's.",
    cautions: [
      'Use one basis in both places (money with money, units with units) and the same market ' +
        'definition (region, category, period) for the company and the total.',
      sumsNotMeans('company sales', 'market sales'),
    ],
    related: ['shareOfVoice', 'salesGrowthRate'],
    examples: [
      {
        description: 'Sales of $50M in a $500M market: a market share of 10 %.',
        inputs: { companySales: 50000000, marketSales: 500000000 },
        expected: 0.1,
      },
      {
        description: '2.55M vehicles sold in a 17M-unit market: a unit market share of 15 %.',
        inputs: { companySales: 2550000, marketSales: 17000000 },
        expected: 0.15,
      },
    ],
    parts: [{ part: 'companySales', whole: 'marketSales' }],
  },
  {
    id: 'roas',
    name: 'Return on ad spend',
    abbreviation: 'ROAS',
    aliases: ['return on ad spend', 'return on advertising spend', 'roas'],
    formula: 'revenue / cost',
    unit: 'ratio',
    direction: 'higher',
    description:
      'Revenue earned for each unit of currency spent on advertising, shown as a multiplier (5.0x ' +
      'means $5 back per $1). It is the everyday efficiency measure for campaigns and channels. Whether a ' +
      'ROAS is profitable depends on margin: compare it with the break-even ROAS.',
    cautions: [ROAS_IS_NOT_ROI, PLATFORM_CONVERSIONS, sumsNotMeans('revenue', 'cost')],
    related: ['roi', 'mer', 'breakEvenRoas', 'cpa', 'cac'],
    examples: [
      {
        description: '$50,000 of revenue attributed to $10,000 of ads: a ROAS of 5.0x.',
        inputs: { revenue: 50000, cost: 10000 },
        expected: 5,
      },
    ],
  },
  {
    id: 'roi',
    name: 'Return on (marketing) investment',
    abbreviation: 'ROI',
    aliases: ['return on investment', 'return on marketing investment', 'marketing roi', 'romi', 'roi'],
    formula: '(grossProfit - cost) / cost',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'gross profit basis',
    variants: [
      { id: 'revenue', label: 'revenue basis', formula: '(revenue - cost) / cost' },
      { id: 'salesGrowth', label: 'sales-growth basis', formula: '(salesGrowth - cost) / cost' },
    ],
    description:
      'The profit marketing returned after paying for itself, as a percentage of what it cost. ' +
      '100 % means the campaign doubled its money; below 0 % it lost money. The default uses gross profit; ' +
      'the revenue basis is a rougher shortcut, and the sales-growth basis is the manufacturing KPI.',
    cautions: [
      ROAS_IS_NOT_ROI,
      'The revenue basis ignores product costs and can show a profit on a campaign that lost money.',
      'The sales-growth basis credits marketing with all growth, including growth it did not cause ' +
        '(season, prices, distribution).',
    ],
    related: ['roas', 'mer', 'cac', 'clv', 'salesGrowthRate'],
    examples: [
      {
        description: 'A $50,000 campaign producing $100,000 of gross profit: an ROI of 100 %.',
        inputs: { grossProfit: 100000, cost: 50000 },
        expected: 1,
      },
      {
        description: "On the revenue basis, the same campaign's $200,000 of revenue gives 300 %.",
        inputs: { revenue: 200000, cost: 50000 },
        expected: 3,
        variant: 'revenue',
      },
      {
        description: 'Illustrative: $150,000 of sales growth on $50,000 of marketing cost gives 200 %.',
        inputs: { salesGrowth: 150000, cost: 50000 },
        expected: 2,
        variant: 'salesGrowth',
      },
    ],
  },
  {
    id: 'salesGrowthRate',
    name: 'Sales growth rate',
    aliases: ['sales growth rate', 'revenue growth rate', 'period-over-period sales growth'],
    formula: '(currentSales - previousSales) / previousSales',
    unit: 'percent',
    direction: 'higher',
    description:
      'How much sales rose or fell compared with the previous period, as a percentage. It is the ' +
      'simplest read on momentum. Compare like periods (this quarter with the same quarter last year for a ' +
      'seasonal business) and read it next to market share.',
    cautions: [
      noValueWithout('previous sales'),
      'Growth from a small base looks large; check the amounts as well as the rate.',
    ],
    related: ['sameStoreSalesGrowth', 'marketShare', 'roi'],
    examples: [
      {
        description: 'Sales growing from $10M to $12M: a growth rate of 20 %.',
        inputs: { previousSales: 10000000, currentSales: 12000000 },
        expected: 0.2,
      },
    ],
  },
];
