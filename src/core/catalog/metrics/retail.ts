import type { MetricDef } from '../schema';
import { noValueWithout, sumsNotMeans } from '../cautions';

export const RETAIL_METRICS: readonly MetricDef[] = [
  {
    id: 'aov',
    name: 'Average order value',
    abbreviation: 'AOV',
    // Not 'basket size': that is units per basket, not money per order.
    aliases: ['average order value', 'avg order value', 'average basket value', 'aov'],
    formula: 'revenue / orders',
    unit: 'currency',
    direction: 'higher',
    description:
      'The average amount spent per order. Raising it through bundles, upsells or free-shipping ' +
      'thresholds grows revenue without more traffic. Together with conversion rate and traffic it makes up ' +
      'online revenue, so read the three together.',
    cautions: [
      sumsNotMeans('revenue', 'orders'),
      'Decide whether revenue includes tax, shipping and refunds, and keep it the same across periods; a few ' +
        'very large orders skew the average.',
    ],
    related: ['clv', 'conversionRate', 'roas'],
    examples: [
      {
        description: '$50,000 of revenue over 2,000 orders: an average order value of $25.',
        inputs: { revenue: 50000, orders: 2000 },
        expected: 25,
      },
    ],
  },
  {
    id: 'cartAbandonmentRate',
    name: 'Cart abandonment rate',
    aliases: ['cart abandonment rate', 'shopping cart abandonment rate', 'basket abandonment rate', 'cart abandonment'],
    formula: '(cartsCreated - checkoutsCompleted) / cartsCreated',
    unit: 'percent',
    direction: 'lower',
    description:
      'The share of shopping carts that were started but never turned into a completed purchase. ' +
      '60–80 % is typical in e-commerce, so the useful comparison is with your own history. Unexpected ' +
      'shipping costs, forced account creation and a long checkout are the usual causes.',
    cautions: [
      'Count carts, not add-to-cart events: one cart can receive many additions.',
      sumsNotMeans('abandoned carts', 'carts created'),
    ],
    related: ['conversionRate', 'aov'],
    examples: [
      {
        description: '1,000 carts created and 300 purchases completed: a cart abandonment rate of 70 %.',
        inputs: { cartsCreated: 1000, checkoutsCompleted: 300 },
        expected: 0.7,
      },
    ],
    parts: [{ part: 'checkoutsCompleted', whole: 'cartsCreated' }],
  },
  {
    id: 'footTrafficConversionRate',
    name: 'Foot-traffic conversion rate',
    aliases: [
      'foot-traffic conversion rate',
      'foot traffic conversion rate',
      'store conversion rate',
      'shopper conversion rate',
    ],
    formula: 'transactions / storeVisitors',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of people entering a physical store who bought something. It is the in-store ' +
      'counterpart of website conversion rate and reflects staffing, layout, stock and queues. Compare it ' +
      'by hour and day to match staff to traffic.',
    cautions: [
      'Door counters count entries, including staff, children and the same shopper twice; calibrate ' +
        'the counter or the rate reads low.',
      sumsNotMeans('transactions', 'store visitors'),
    ],
    related: ['conversionRate', 'aov', 'sameStoreSalesGrowth'],
    examples: [
      {
        description: '100 transactions from 500 store visitors: a conversion rate of 20 %.',
        inputs: { transactions: 100, storeVisitors: 500 },
        expected: 0.2,
      },
    ],
    parts: [{ part: 'transactions', whole: 'storeVisitors' }],
  },
  {
    id: 'sameStoreSalesGrowth',
    name: 'Same-store sales growth',
    aliases: [
      'same-store sales growth',
      'same store sales growth',
      'comparable store sales growth',
      'like-for-like sales growth',
      'comps',
    ],
    formula: '(sameStoreSalesCurrent - sameStoreSalesPrevious) / sameStoreSalesPrevious',
    unit: 'percent',
    direction: 'higher',
    description:
      'Sales growth counting only stores open in both periods, so that openings and closures do ' +
      'not distort the picture. It separates the health of the existing business from growth bought by ' +
      'expansion. Retail investors watch it more closely than total sales.',
    cautions: [
      'Include only stores open throughout both periods (usually at least 12 months); new, closed and ' +
        'refurbished stores distort it.',
      noValueWithout('previous same-store sales'),
    ],
    related: ['salesGrowthRate', 'footTrafficConversionRate'],
    examples: [
      {
        description: 'Comparable-store sales rising from $5.0M to $5.5M: growth of 10 %.',
        inputs: { sameStoreSalesPrevious: 5000000, sameStoreSalesCurrent: 5500000 },
        expected: 0.1,
      },
    ],
  },
];
