import type { MetricFacts } from '../withProse';

export const DIGITAL_ADVERTISING_METRICS: readonly MetricFacts[] = [
  {
    id: 'ctr', name: 'Click-through rate', abbreviation: 'CTR',
    aliases: ['click-through rate', 'click through rate', 'clickthrough rate', 'ctr'],
    formula: 'clicks / impressions', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'link clicks',
    variants: [{ id: 'allClicks', label: 'all clicks (Meta\'s CTR (all))', formula: 'allClicks / impressions' }],
    related: ['cpc', 'cpm', 'conversionRate', 'engagementRate'],
    examples: [{ inputs: { clicks: 120, impressions: 4000 }, expected: 0.03 }],
    parts: [{ part: 'clicks', whole: 'impressions' }],
  },
  {
    id: 'cpa', name: 'Cost per acquisition', abbreviation: 'CPA',
    aliases: ['cost per acquisition', 'cost per action', 'cost per conversion', 'cpa'],
    formula: 'cost / conversions', unit: 'currency', direction: 'lower',
    related: ['cpc', 'cac', 'conversionRate', 'roas'],
    examples: [{ inputs: { cost: 2000, conversions: 40 }, expected: 50 }],
  },
  {
    id: 'cpc', name: 'Cost per click', abbreviation: 'CPC',
    aliases: ['cost per click', 'cpc', 'average cpc', 'avg cpc'],
    formula: 'cost / clicks', unit: 'currency', direction: 'lower',
    related: ['ctr', 'cpm', 'cpa'],
    examples: [{ inputs: { cost: 600, clicks: 400 }, expected: 1.5 }],
  },
  {
    id: 'cpe', name: 'Cost per engagement', abbreviation: 'CPE',
    aliases: ['cost per engagement', 'cost per interaction', 'cpe'],
    formula: 'cost / engagements', unit: 'currency', direction: 'lower',
    related: ['engagementRate', 'cpc', 'cpm'],
    examples: [{ inputs: { cost: 300, engagements: 1200 }, expected: 0.25 }],
  },
  {
    id: 'cpl', name: 'Cost per lead', abbreviation: 'CPL',
    aliases: ['cost per lead', 'cpl'],
    formula: 'cost / leads', unit: 'currency', direction: 'lower',
    related: ['cac', 'leadToCustomerRate', 'mqlToSqlRate', 'cpa'],
    examples: [{ inputs: { cost: 5000, leads: 125 }, expected: 40 }],
  },
  {
    id: 'cpm', name: 'Cost per mille (thousand impressions)', abbreviation: 'CPM',
    aliases: ['cost per mille', 'cost per thousand', 'cost per thousand impressions', 'cpm'],
    formula: '1000 * cost / impressions', unit: 'currency', direction: 'lower',
    related: ['impressions', 'cpc', 'ctr', 'cpp'],
    examples: [{ inputs: { cost: 900, impressions: 300000 }, expected: 3 }],
  },
  {
    id: 'impressions', name: 'Impressions',
    aliases: ['ad impressions', 'impression count'],
    formula: 'reach * frequency', unit: 'count', direction: 'higher',
    related: ['frequency', 'cpm', 'ctr', 'reachRate', 'grps'],
    examples: [{ inputs: { reach: 100000, frequency: 5 }, expected: 500000 }],
  },
  {
    id: 'vcr', name: 'Video completion rate', abbreviation: 'VCR',
    aliases: ['video completion rate', 'completion rate', 'vcr'],
    formula: 'videoCompletions / videoStarts', unit: 'percent', direction: 'higher',
    related: ['cpm', 'engagementRate'],
    examples: [{ inputs: { videoCompletions: 1800, videoStarts: 6000 }, expected: 0.3 }],
    parts: [{ part: 'videoCompletions', whole: 'videoStarts' }],
  },
];
