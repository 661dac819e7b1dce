import type { MetricProse } from '../types';
import { APPLE_MAIL_PRIVACY, sumsNotMeans } from '../cautions';

export const EMAIL_PROSE: Readonly<Record<string, MetricProse>> = {
  emailBounceRate: {
    description: 'The share of sent emails that receiving servers rejected, because the address does not exist '
      + '(hard bounce) or the mailbox was full or unavailable (soft bounce). It is mainly a measure of list '
      + 'hygiene. Persistently high rates damage sender reputation and push later emails into spam.',
    cautions: ['Not the web-analytics bounce rate: this counts emails that were never delivered.',
      sumsNotMeans('bounces', 'emails sent')],
    examples: ['300 of 10,000 emails bounced: an email bounce rate of 3 %.'],
  },
  ctor: {
    description: 'The share of people who opened an email and then clicked a link in it. Because it only '
      + 'looks at openers, it isolates how compelling the content and call to action were from how well the '
      + 'subject line did. Use it to compare creative across sends.',
    cautions: [APPLE_MAIL_PRIVACY + ' Inflated opens make CTOR look lower than it is; compare periods with a '
      + 'similar Apple Mail share, or use email click rate.',
    sumsNotMeans('unique clicks', 'unique opens')],
    examples: ['150 clickers among 1,000 openers is a click-to-open rate of 15 %.'],
  },
  openRate: {
    description: 'The share of delivered emails that were opened. It has traditionally judged subject lines, '
      + 'sender names and send times. Since automated privacy features now register opens on their own, it '
      + 'is best used as a rough trend rather than an exact count.',
    cautions: [APPLE_MAIL_PRIVACY + ' Prefer click rate and CTOR for decisions.',
      'Divide by delivered, not sent: bounced emails could never be opened. Given sent and bounced, delivered '
        + 'is their difference, as in Mailchimp\'s reports (https://mailchimp.com/help/about-open-and-click-rates/).',
      sumsNotMeans('unique opens', 'emails delivered')],
    examples: ['8,000 of 10,000 delivered emails opened: an open rate of 80 %.'],
  },
  unsubscribeRate: {
    description: 'The share of delivered emails after which the recipient left the list. Well under 1–2 % per '
      + 'send is commonly treated as normal. A spike after one send points at its content, its targeting or '
      + 'too high a sending frequency.',
    cautions: ['Delivered is sent less bounced: given those two, the rate divides by their difference.',
    sumsNotMeans('unsubscribes', 'emails delivered'),
      'Some tools divide by emails sent rather than delivered; check before comparing with benchmarks.'],
    examples: ['25 unsubscribes from 5,000 delivered emails: an unsubscribe rate of 0.5 %.'],
  },
};
