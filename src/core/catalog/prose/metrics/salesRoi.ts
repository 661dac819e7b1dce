import type { MetricProse } from '../types';
import { CAC_SCOPE, PLATFORM_CONVERSIONS, REVENUE_NOT_PROFIT, ROAS_IS_NOT_ROI, noValueWithout, sumsNotMeans } from '../cautions';

export const SALES_ROI_PROSE: Readonly<Record<string, MetricProse>> = {
  cac: {
    description: 'What it costs on average to win one new customer: marketing (and, fully loaded, sales) '
      + 'spend divided by the customers it brought in. It only means something next to what a customer is '
      + 'worth, which is why it is read against lifetime value. Rising CAC is often the first sign a channel '
      + 'is saturating.',
    cautions: [CAC_SCOPE,
      'Count only new customers, not repeat buyers, and match the period: spend that closes next quarter '
        + 'belongs to next quarter\'s customers.',
      sumsNotMeans('cost', 'new customers')],
    examples: ['$100,000 of marketing spend bringing 200 new customers is a CAC of $500.'],
  },
  clv: {
    description: 'The revenue an average customer brings over the whole relationship: how much they spend per '
      + 'purchase, how often they buy and for how many years. It tells you how much you can afford to spend '
      + 'to acquire and keep a customer. Segment it: loyal and one-off buyers differ enormously.',
    cautions: [REVENUE_NOT_PROFIT + ' Otherwise LTV:CAC looks better than it is.',
      'Averages hide skew: a few heavy buyers lift the mean purchase value and lifespan.',
      'Given a gross margin rate, CLV is computed on gross profit (× margin), and LTV:CAC with it. Without '
        + 'purchase value, frequency and lifespan, it is monthly revenue per customer × margin ÷ monthly churn, '
        + 'the subscription form (D. Skok, SaaS Metrics 2.0, https://www.forentrepreneurs.com/saas-metrics-2/): '
        + 'revenue and churn must be for the same period.'],
    examples: ['$50 per purchase, 6 purchases a year, for 3 years: a lifetime value of $900.',
      'The same customer at a 40 % gross margin: a lifetime value of $360 in gross profit.',
      '$80 a month at a 75 % margin, with 5 % of customers churning a month: a lifetime value of $1,200.'],
  },
  marketShare: {
    description: 'Your sales as a share of the total sales of your market, measured in money or in units. It '
      + 'shows whether you are growing faster or slower than competitors, which sales growth alone cannot. '
      + 'Revenue and unit shares differ whenever your prices differ from the market\'s.',
    cautions: ['Use one basis in both places (money with money, units with units) and the same market '
      + 'definition (region, category, period) for the company and the total.',
    sumsNotMeans('company sales', 'market sales')],
    examples: [
      'Sales of $50M in a $500M market: a market share of 10 %.',
      '2.55M vehicles sold in a 17M-unit market: a unit market share of 15 %.',
    ],
  },
  roas: {
    description: 'Revenue earned for each unit of currency spent on advertising, shown as a multiplier (5.0x '
      + 'means $5 back per $1). It is the everyday efficiency measure for campaigns and channels. Whether a '
      + 'ROAS is profitable depends on margin: compare it with the break-even ROAS.',
    cautions: [ROAS_IS_NOT_ROI, PLATFORM_CONVERSIONS, sumsNotMeans('revenue', 'cost')],
    examples: ['$50,000 of revenue attributed to $10,000 of ads: a ROAS of 5.0x.'],
  },
  roi: {
    description: 'The profit marketing returned after paying for itself, as a percentage of what it cost. '
      + '100 % means the campaign doubled its money; below 0 % it lost money. The default uses gross profit; '
      + 'the revenue basis is a rougher shortcut, and the sales-growth basis is the manufacturing KPI.',
    cautions: [ROAS_IS_NOT_ROI,
      'The revenue basis ignores product costs and can show a profit on a campaign that lost money.',
      'The sales-growth basis credits marketing with all growth, including growth it did not cause '
        + '(season, prices, distribution).'],
    examples: [
      'A $50,000 campaign producing $100,000 of gross profit: an ROI of 100 %.',
      'On the revenue basis, the same campaign\'s $200,000 of revenue gives 300 %.',
      'Illustrative: $150,000 of sales growth on $50,000 of marketing cost gives 200 %.',
    ],
  },
  salesGrowthRate: {
    description: 'How much sales rose or fell compared with the previous period, as a percentage. It is the '
      + 'simplest read on momentum. Compare like periods (this quarter with the same quarter last year for a '
      + 'seasonal business) and read it next to market share.',
    cautions: [noValueWithout('previous sales'),
      'Growth from a small base looks large; check the amounts as well as the rate.'],
    examples: ['Sales growing from $10M to $12M: a growth rate of 20 %.'],
  },
};
