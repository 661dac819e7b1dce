import type { MetricDef } from '../schema';
import { sumsNotMeans } from '../cautions';

export const BRAND_CUSTOMER_METRICS: readonly MetricDef[] = [
  {
    id: 'brandAwareness',
    name: 'Brand awareness (aided)',
    aliases: ['brand awareness', 'aided awareness', 'aided brand awareness', 'brand recognition'],
    formula: 'awareRespondents / respondents',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of surveyed people who recognise the brand when shown or named it. It tracks ' +
      'whether upper-funnel advertising is building familiarity over time. Because it comes from surveys, ' +
      'the sample and the question wording matter as much as the number.',
    cautions: [
      'Aided (prompted) and unaided (named unprompted) awareness differ greatly; compare only the same ' +
        'kind, from samples of the same population.',
      'Small samples are imprecise: 40 of 50 is 80 % give or take about 11 points.',
    ],
    related: ['shareOfVoice', 'reachRate', 'nps'],
    examples: [
      {
        description: '40 of 50 respondents recognise the brand: aided awareness of 80 %.',
        inputs: { awareRespondents: 40, respondents: 50 },
        expected: 0.8,
      },
    ],
    parts: [{ part: 'awareRespondents', whole: 'respondents' }],
  },
  {
    id: 'churnRate',
    name: 'Churn rate',
    aliases: ['churn rate', 'churn', 'customer churn rate', 'attrition rate', 'customer attrition'],
    formula: 'customersLost / customersStart',
    unit: 'percent',
    direction: 'lower',
    defaultVariantLabel: 'customers lost',
    variants: [
      {
        id: 'startNewEnd',
        label: 'lost = at start + new − at end',
        formula: '(customersStart + newCustomers - customersEnd) / customersStart',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The share of customers at the start of a period who left during it. For subscription and ' +
      'repeat-purchase businesses it is one of the strongest drivers of value, since every lost customer has ' +
      'to be replaced before growth begins. Its inverse gives the expected customer lifetime.',
    cautions: [
      'The denominator is customers at the start of the period; customers won during it are excluded, ' +
        'or churn looks lower than it is.',
      'Monthly and annual churn do not convert by ×12: 5 % a month is about 46 % a year.',
      'Without a count of customers lost, it is computed from customers at start, new and at end: lost = start ' +
        '+ new − end (Farris et al., Marketing Metrics, 2nd ed., ch. 5). Customers at end cannot exceed start ' +
        'plus new, nor fall below the new ones.',
    ],
    related: ['retentionRate', 'customerLifetime', 'clv', 'unsubscribeRate'],
    examples: [
      {
        description: '50 of 1,000 customers lost during the period: a churn rate of 5 %.',
        inputs: { customersLost: 50, customersStart: 1000 },
        expected: 0.05,
      },
      {
        description: '1,000 customers at start, 100 new and 1,050 at end: 50 lost, a churn rate of 5 %.',
        inputs: { customersStart: 1000, newCustomers: 100, customersEnd: 1050 },
        expected: 0.05,
        variant: 'startNewEnd',
      },
    ],
    parts: [
      { part: 'customersLost', whole: 'customersStart' },
      { part: 'newCustomers', whole: 'customersEnd' },
      { part: 'customersEnd', whole: 'customersStart + newCustomers' },
    ],
  },
  {
    id: 'csat',
    name: 'Customer satisfaction score',
    abbreviation: 'CSAT',
    aliases: ['customer satisfaction score', 'customer satisfaction', 'csat score', 'csat'],
    formula: 'satisfiedRespondents / respondents',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of survey respondents who said they were satisfied, usually the top two answers on ' +
      'a five-point scale. It is asked right after an interaction, so it measures that experience rather ' +
      'than overall loyalty. Track it by touchpoint to see where service breaks down.',
    cautions: [
      'Count as satisfied only the top answers (4 and 5 on a five-point scale) and keep every ' +
        'respondent in the denominator.',
      'Unhappy and delighted customers answer more often than indifferent ones; a low response rate skews it.',
    ],
    related: ['nps', 'csi'],
    examples: [
      {
        description: '170 of 200 respondents satisfied: a CSAT of 85 %.',
        inputs: { satisfiedRespondents: 170, respondents: 200 },
        expected: 0.85,
      },
    ],
    parts: [{ part: 'satisfiedRespondents', whole: 'respondents' }],
  },
  {
    id: 'nps',
    name: 'Net Promoter Score',
    abbreviation: 'NPS',
    aliases: ['net promoter score', 'net promoter', 'nps'],
    formula: '100 * (promoters - detractors) / respondents',
    unit: 'score',
    direction: 'higher',
    defaultVariantLabel: 'respondents given',
    variants: [
      {
        id: 'counts',
        label: 'respondents = promoters + passives + detractors',
        formula: '100 * (promoters - detractors) / (promoters + passives + detractors)',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'A loyalty score from −100 to 100: the percentage of promoters minus the percentage of ' +
      'detractors, from the question "How likely are you to recommend us?" on a 0–10 scale. It is simple to ' +
      'collect and to track over time. Benchmarks vary a lot by industry, so compare within yours.',
    cautions: [
      'Promoters answer 9–10 and detractors 0–6; passives (7–8) stay in the denominator with all ' +
        'other respondents: without a respondent count, respondents are promoters + passives + detractors ' +
        '(Bain & Company, https://www.netpromotersystem.com/about/measuring-your-net-promoter-score/). ' +
        'Promoters and detractors together cannot exceed respondents.',
      'Round once, at the end: rounding the promoter and detractor percentages separately can shift the score.',
      'NPS is a score, not a percentage: 60 means 60 points, not 60 %.',
    ],
    related: ['csat', 'csi', 'churnRate', 'brandAwareness'],
    examples: [
      {
        description: '70 % promoters and 10 % detractors among 100 respondents: an NPS of 60.',
        inputs: { promoters: 70, detractors: 10, respondents: 100 },
        expected: 60,
      },
      {
        description: '70 promoters, 20 passives and 10 detractors: 100 respondents, an NPS of 60.',
        inputs: { promoters: 70, passives: 20, detractors: 10 },
        expected: 60,
        variant: 'counts',
      },
    ],
    parts: [
      { part: 'promoters', whole: 'respondents' },
      { part: 'detractors', whole: 'respondents' },
      { part: 'promoters + detractors', whole: 'respondents' },
    ],
  },
  {
    id: 'retentionRate',
    name: 'Retention rate',
    aliases: ['retention rate', 'customer retention rate', 'crr'],
    formula: '(customersEnd - newCustomers) / customersStart',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of customers at the start of a period who were still customers at its end. New ' +
      'customers are subtracted because they were not there to be retained. Small gains in retention ' +
      'compound into large gains in lifetime value.',
    cautions: [
      'Subtract the customers acquired during the period; otherwise growth masquerades as retention.',
      'It lies between 0 and 100 %: more retained customers (at end, less new) than at start, or more new ' +
        'customers than at end, is an input error and gives no value (Farris et al., Marketing Metrics, 2nd ed., ch. 5).',
      'Retention and churn add up to 100 % only when both use the same start-of-period base and period.',
    ],
    related: ['churnRate', 'customerLifetime', 'clv', 'patientRetentionRate'],
    examples: [
      {
        description: 'Starting with 500 customers, winning 50 and ending with 510: a retention rate ' + 'of 92 %.',
        inputs: { customersStart: 500, newCustomers: 50, customersEnd: 510 },
        expected: 0.92,
      },
    ],
    // Retained customers (at end, less new ones) lie between none and all at start: 110 % or −18 % is an input error.
    parts: [
      { part: 'newCustomers', whole: 'customersEnd' },
      { part: 'customersEnd - newCustomers', whole: 'customersStart' },
    ],
  },
  {
    id: 'shareOfVoice',
    name: 'Share of voice',
    abbreviation: 'SOV',
    aliases: ['share of voice', 'sov', 'share of ad spend', 'share of conversation'],
    formula: 'brandVoice / categoryVoice',
    unit: 'percent',
    direction: 'higher',
    description:
      "Your brand's share of all advertising spend, or of all mentions, in its category. Share of " +
      'voice above market share tends to precede market-share growth, which is why planners watch the two ' +
      'together. It can be measured in money or in mentions, but one at a time.',
    cautions: [
      'Measure brand and category the same way and over the same period (spend with spend, mentions ' +
        'with mentions, same channels); the category total includes your brand.',
      sumsNotMeans('brand voice', 'category voice'),
    ],
    related: ['marketShare', 'brandAwareness'],
    examples: [
      {
        description: '$5M of ad spend in a category spending $20M: a share of voice of 25 %.',
        inputs: { brandVoice: 5000000, categoryVoice: 20000000 },
        expected: 0.25,
      },
      {
        description: '2,000 of 10,000 category mentions: a share of voice of 20 %.',
        inputs: { brandVoice: 2000, categoryVoice: 10000 },
        expected: 0.2,
      },
    ],
    parts: [{ part: 'brandVoice', whole: 'categoryVoice' }],
  },
];
