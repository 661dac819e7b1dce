import type { MetricFacts } from '../withProse';

export const RETAIL_METRICS: readonly MetricFacts[] = [
  {
    id: 'aov', name: 'Average order value', abbreviation: 'AOV',
    // Not 'basket size': that is units per basket, not money per order.
    aliases: ['average order value', 'avg order value', 'average basket value', 'aov'],
    formula: 'revenue / orders', unit: 'currency', direction: 'higher',
    related: ['clv', 'conversionRate', 'roas'],
    examples: [{ inputs: { revenue: 50000, orders: 2000 }, expected: 25 }],
  },
  {
    id: 'cartAbandonmentRate', name: 'Cart abandonment rate',
    aliases: ['cart abandonment rate', 'shopping cart abandonment rate', 'basket abandonment rate',
      'cart abandonment'],
    formula: '(cartsCreated - checkoutsCompleted) / cartsCreated', unit: 'percent', direction: 'lower',
    related: ['conversionRate', 'aov'],
    examples: [{ inputs: { cartsCreated: 1000, checkoutsCompleted: 300 }, expected: 0.7 }],
    parts: [{ part: 'checkoutsCompleted', whole: 'cartsCreated' }],
  },
  {
    id: 'footTrafficConversionRate', name: 'Foot-traffic conversion rate',
    aliases: ['foot-traffic conversion rate', 'foot traffic conversion rate', 'store conversion rate',
      'shopper conversion rate'],
    formula: 'transactions / storeVisitors', unit: 'percent', direction: 'higher',
    related: ['conversionRate', 'aov', 'sameStoreSalesGrowth'],
    examples: [{ inputs: { transactions: 100, storeVisitors: 500 }, expected: 0.2 }],
    parts: [{ part: 'transactions', whole: 'storeVisitors' }],
  },
  {
    id: 'sameStoreSalesGrowth', name: 'Same-store sales growth',
    aliases: ['same-store sales growth', 'same store sales growth', 'comparable store sales growth',
      'like-for-like sales growth', 'comps'],
    formula: '(sameStoreSalesCurrent - sameStoreSalesPrevious) / sameStoreSalesPrevious',
    unit: 'percent', direction: 'higher',
    related: ['salesGrowthRate', 'footTrafficConversionRate'],
    examples: [{ inputs: { sameStoreSalesPrevious: 5000000, sameStoreSalesCurrent: 5500000 }, expected: 0.1 }],
  },
];
