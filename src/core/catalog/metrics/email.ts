import type { MetricDef } from '../schema';
import { APPLE_MAIL_PRIVACY, sumsNotMeans } from '../cautions';

export const EMAIL_METRICS: readonly MetricDef[] = [
  {
    id: 'emailBounceRate',
    name: 'Email bounce rate',
    aliases: ['email bounce rate', 'bounce rate (email)'],
    formula: 'emailsBounced / emailsSent',
    unit: 'percent',
    direction: 'lower',
    description:
      'The share of sent emails that receiving servers rejected, because the address does not exist ' +
      '(hard bounce) or the mailbox was full or unavailable (soft bounce). It is mainly a measure of list ' +
      'hygiene. Persistently high rates damage sender reputation and push later emails into spam.',
    cautions: [
      'Not the web-analytics bounce rate: this counts emails that were never delivered.',
      sumsNotMeans('bounces', 'emails sent'),
    ],
    related: ['openRate', 'unsubscribeRate', 'emailClickRate'],
    examples: [
      {
        description: '300 of 10,000 emails bounced: an email bounce rate of 3 %.',
        inputs: { emailsBounced: 300, emailsSent: 10000 },
        expected: 0.03,
      },
    ],
    parts: [{ part: 'emailsBounced', whole: 'emailsSent' }],
  },
  {
    id: 'ctor',
    name: 'Click-to-open rate',
    abbreviation: 'CTOR',
    aliases: ['click-to-open rate', 'click to open rate', 'clicktoopen rate', 'ctor'],
    formula: 'uniqueClicks / uniqueOpens',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of people who opened an email and then clicked a link in it. Because it only ' +
      'looks at openers, it isolates how compelling the content and call to action were from how well the ' +
      'subject line did. Use it to compare creative across sends.',
    cautions: [
      APPLE_MAIL_PRIVACY +
        ' Inflated opens make CTOR look lower than it is; compare periods with a ' +
        'similar Apple Mail share, or use email click rate.',
      sumsNotMeans('unique clicks', 'unique opens'),
    ],
    related: ['openRate', 'emailClickRate'],
    examples: [
      {
        description: '150 clickers among 1,000 openers is a click-to-open rate of 15 %.',
        inputs: { uniqueClicks: 150, uniqueOpens: 1000 },
        expected: 0.15,
      },
    ],
    parts: [{ part: 'uniqueClicks', whole: 'uniqueOpens' }],
  },
  {
    id: 'openRate',
    name: 'Open rate',
    aliases: ['open rate', 'email open rate', 'unique open rate'],
    formula: 'uniqueOpens / emailsDelivered',
    unit: 'percent',
    direction: 'higher',
    defaultVariantLabel: 'emails delivered',
    variants: [
      {
        id: 'sentLessBounced',
        label: 'delivered = sent − bounced',
        formula: 'uniqueOpens / (emailsSent - emailsBounced)',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The share of delivered emails that were opened. It has traditionally judged subject lines, ' +
      'sender names and send times. Since automated privacy features now register opens on their own, it ' +
      'is best used as a rough trend rather than an exact count.',
    cautions: [
      APPLE_MAIL_PRIVACY + ' Prefer click rate and CTOR for decisions.',
      'Divide by delivered, not sent: bounced emails could never be opened. Given sent and bounced, delivered ' +
        "is their difference, as in Mailchimp's reports (https://mailchimp.com/help/about-open-and-click-rates/).",
      sumsNotMeans('unique opens', 'emails delivered'),
    ],
    related: ['ctor', 'emailClickRate', 'emailBounceRate'],
    examples: [
      {
        description: '8,000 of 10,000 delivered emails opened: an open rate of 80 %.',
        inputs: { uniqueOpens: 8000, emailsDelivered: 10000 },
        expected: 0.8,
      },
    ],
    parts: [
      { part: 'uniqueOpens', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'uniqueOpens', whole: 'emailsSent - emailsBounced' },
    ],
  },
  {
    id: 'unsubscribeRate',
    name: 'Unsubscribe rate',
    aliases: ['unsubscribe rate', 'unsub rate', 'opt-out rate'],
    formula: 'unsubscribes / emailsDelivered',
    unit: 'percent',
    direction: 'lower',
    defaultVariantLabel: 'emails delivered',
    variants: [
      {
        id: 'sentLessBounced',
        label: 'delivered = sent − bounced',
        formula: 'unsubscribes / (emailsSent - emailsBounced)',
        usedWhen: 'defaultMissing',
      },
    ],
    description:
      'The share of delivered emails after which the recipient left the list. Well under 1–2 % per ' +
      'send is commonly treated as normal. A spike after one send points at its content, its targeting or ' +
      'too high a sending frequency.',
    cautions: [
      'Delivered is sent less bounced: given those two, the rate divides by their difference.',
      sumsNotMeans('unsubscribes', 'emails delivered'),
      'Some tools divide by emails sent rather than delivered; check before comparing with benchmarks.',
    ],
    related: ['openRate', 'emailBounceRate', 'churnRate'],
    examples: [
      {
        description: '25 unsubscribes from 5,000 delivered emails: an unsubscribe rate of 0.5 %.',
        inputs: { unsubscribes: 25, emailsDelivered: 5000 },
        expected: 0.005,
      },
    ],
    parts: [
      { part: 'unsubscribes', whole: 'emailsDelivered' },
      { part: 'emailsBounced', whole: 'emailsSent' },
      { part: 'unsubscribes', whole: 'emailsSent - emailsBounced' },
    ],
  },
];
