import type { MetricFacts } from '../withProse';

export const EMAIL_METRICS: readonly MetricFacts[] = [
  {
    id: 'emailBounceRate', name: 'Email bounce rate',
    aliases: ['email bounce rate', 'bounce rate (email)'],
    formula: 'emailsBounced / emailsSent', unit: 'percent', direction: 'lower',
    related: ['openRate', 'unsubscribeRate', 'emailClickRate'],
    examples: [{ inputs: { emailsBounced: 300, emailsSent: 10000 }, expected: 0.03 }],
    parts: [{ part: 'emailsBounced', whole: 'emailsSent' }],
  },
  {
    id: 'ctor', name: 'Click-to-open rate', abbreviation: 'CTOR',
    aliases: ['click-to-open rate', 'click to open rate', 'clicktoopen rate', 'ctor'],
    formula: 'uniqueClicks / uniqueOpens', unit: 'percent', direction: 'higher',
    related: ['openRate', 'emailClickRate'],
    examples: [{ inputs: { uniqueClicks: 150, uniqueOpens: 1000 }, expected: 0.15 }],
    parts: [{ part: 'uniqueClicks', whole: 'uniqueOpens' }],
  },
  {
    id: 'openRate', name: 'Open rate',
    aliases: ['open rate', 'email open rate', 'unique open rate'],
    formula: 'uniqueOpens / emailsDelivered', unit: 'percent', direction: 'higher',
    defaultVariantLabel: 'emails delivered',
    variants: [{ id: 'sentLessBounced', label: 'delivered = sent − bounced', formula: 'uniqueOpens / (emailsSent - emailsBounced)', usedWhen: 'defaultMissing' }],
    related: ['ctor', 'emailClickRate', 'emailBounceRate'],
    examples: [{ inputs: { uniqueOpens: 8000, emailsDelivered: 10000 }, expected: 0.8 }],
    parts: [
      { part: 'uniqueOpens', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'uniqueOpens', whole: 'emailsSent - emailsBounced' },
    ],
  },
  {
    id: 'unsubscribeRate', name: 'Unsubscribe rate',
    aliases: ['unsubscribe rate', 'unsub rate', 'opt-out rate'],
    formula: 'unsubscribes / emailsDelivered', unit: 'percent', direction: 'lower',
    defaultVariantLabel: 'emails delivered',
    variants: [{ id: 'sentLessBounced', label: 'delivered = sent − bounced', formula: 'unsubscribes / (emailsSent - emailsBounced)', usedWhen: 'defaultMissing' }],
    related: ['openRate', 'emailBounceRate', 'churnRate'],
    examples: [{ inputs: { unsubscribes: 25, emailsDelivered: 5000 }, expected: 0.005 }],
    parts: [
      { part: 'unsubscribes', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'unsubscribes', whole: 'emailsSent - emailsBounced' },
    ],
  },
];
