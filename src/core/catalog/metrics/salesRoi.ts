import type { MetricFacts } from '../withProse';

export const SALES_ROI_METRICS: readonly MetricFacts[] = [
  {
    id: 'cac', name: 'Customer acquisition cost', abbreviation: 'CAC',
    aliases: ['customer acquisition cost', 'cost of customer acquisition', 'cost per new customer', 'cac'],
    formula: 'cost / newCustomers', unit: 'currency', direction: 'lower',
    related: ['cpa', 'clv', 'ltvToCac', 'cacPaybackMonths', 'pac', 'roi'],
    examples: [{ inputs: { cost: 100000, newCustomers: 200 }, expected: 500 }],
  },
  {
    id: 'clv', name: 'Customer lifetime value', abbreviation: 'CLV',
    aliases: ['customer lifetime value', 'lifetime value', 'ltv', 'cltv', 'clv', 'lifetime customer value'],
    formula: 'avgPurchaseValue * purchaseFrequency * customerLifespan', unit: 'currency', direction: 'higher',
    defaultVariantLabel: 'revenue over the lifespan',
    variants: [
      // With a margin, value is gross profit, not revenue (LTV:CAC follows the form CLV takes).
      { id: 'margin', label: 'gross profit over the lifespan', formula: 'avgPurchaseValue * purchaseFrequency * customerLifespan * grossMarginRate', usedWhen: 'given' },
      { id: 'churn', label: 'monthly margin ÷ monthly churn', formula: 'monthlyRevenuePerCustomer * grossMarginRate / churnRate', usedWhen: 'defaultMissing' },
    ],
    related: ['cac', 'ltvToCac', 'customerLifetime', 'aov', 'plv', 'churnRate'],
    examples: [
      { inputs: { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3 }, expected: 900 },
      { inputs: { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3, grossMarginRate: 0.4 }, expected: 360, variant: 'margin' },
      { inputs: { monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75, churnRate: 0.05 }, expected: 1200, variant: 'churn' },
    ],
  },
  {
    id: 'marketShare', name: 'Market share',
    aliases: ['market share', 'share of market', 'market share (units)', 'unit market share',
      'revenue market share'],
    formula: 'companySales / marketSales', unit: 'percent', direction: 'higher',
    related: ['shareOfVoice', 'salesGrowthRate'],
    examples: [
      { inputs: { companySales: 50000000, marketSales: 500000000 }, expected: 0.1 },
      { inputs: { companySales: 2550000, marketSales: 17000000 }, expected: 0.15 },
    ],
    parts: [{ part: 'companySales', whole: 'marketSales' }],
  },
  {
    id: 'roas', name: 'Return on ad spend', abbreviation: 'ROAS',
    aliases: ['return on ad spend', 'return on advertising spend', 'roas'],
    formula: 'revenue / cost', unit: 'ratio', direction: 'higher',
    related: ['roi', 'mer', 'breakEvenRoas', 'cpa', 'cac'],
    examples: [{ inputs: { revenue: 50000, cost: 10000 }, expected: 5 }],
  },
  {
    id: 'roi', name: 'Return on (marketing) investment', abbreviation: 'ROI',
    aliases: ['return on investment', 'return on marketing investment', 'marketing roi', 'romi', 'roi'],
    formula: '(grossProfit - cost) / cost', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'gross profit basis',
    variants: [
      { id: 'revenue', label: 'revenue basis', formula: '(revenue - cost) / cost' },
      { id: 'salesGrowth', label: 'sales-growth basis', formula: '(salesGrowth - cost) / cost' },
    ],
    related: ['roas', 'mer', 'cac', 'clv', 'salesGrowthRate'],
    examples: [
      { inputs: { grossProfit: 100000, cost: 50000 }, expected: 1 },
      { inputs: { revenue: 200000, cost: 50000 }, expected: 3, variant: 'revenue' },
      { inputs: { salesGrowth: 150000, cost: 50000 }, expected: 2, variant: 'salesGrowth' },
    ],
  },
  {
    id: 'salesGrowthRate', name: 'Sales growth rate',
    aliases: ['sales growth rate', 'revenue growth rate', 'period-over-period sales growth'],
    formula: '(currentSales - previousSales) / previousSales', unit: 'percent', direction: 'higher',
    related: ['sameStoreSalesGrowth', 'marketShare', 'roi'],
    examples: [{ inputs: { previousSales: 10000000, currentSales: 12000000 }, expected: 0.2 }],
  },
];
