import type { MetricProse } from '../types';
import { sumsNotMeans } from '../cautions';

export const DIRECT_MARKETING_PROSE: Readonly<Record<string, MetricProse>> = {
  directMailConversionRate: {
    description: 'The share of mailed pieces (catalogues, letters, postcards) that led to a purchase or '
      + 'sign-up. It ties a mailing to actual business and is the basis for judging its return. Tracking '
      + 'needs a code, a dedicated number or a match-back of buyers to the mailing list.',
    cautions: [sumsNotMeans('conversions', 'pieces mailed'),
      'Some recipients would have bought anyway; only a held-out control group that received nothing shows the '
        + 'mailing\'s true lift.'],
    examples: ['500 buyers among 10,000 catalogue recipients is a conversion rate of 5 %.'],
  },
  redemptionRate: {
    description: 'The share of distributed coupons or offers that were actually used. It shows how attractive '
      + 'the offer was and how well it reached people ready to buy. A high rate on a deep discount may still '
      + 'lose money, so weigh it against margin.',
    cautions: [sumsNotMeans('redemptions', 'offers distributed'),
      'Shared or leaked codes can be redeemed by people who never received the offer, pushing the rate up '
        + '(even past 100 %).'],
    examples: ['250 of 5,000 coupons redeemed is a redemption rate of 5 %.'],
  },
  responseRate: {
    description: 'The share of mailed pieces that drew any response: a call, a visit, a reply card or a '
      + 'website visit with the mailing\'s code. It is the first read on whether a mailing worked and comes '
      + 'before the sales it leads to. Define what counts as a response before comparing mailings.',
    cautions: [sumsNotMeans('responses', 'pieces mailed'),
      'A response is not a sale: read it next to the direct-mail conversion rate.'],
    examples: ['300 responses to 10,000 postcards is a response rate of 3 %.'],
  },
};
