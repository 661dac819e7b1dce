import type { MetricDef } from '../schema';
import { sumsNotMeans } from '../cautions';

export const DIRECT_MARKETING_METRICS: readonly MetricDef[] = [
  {
    id: 'directMailConversionRate',
    name: 'Conversion rate (direct mail)',
    aliases: [
      'direct mail conversion rate',
      'conversion rate (direct mail)',
      'mail conversion rate',
      'catalog conversion rate',
    ],
    formula: 'conversions / piecesMailed',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of mailed pieces (catalogues, letters, postcards) that led to a purchase or ' +
      'sign-up. It ties a mailing to actual business and is the basis for judging its return. Tracking ' +
      'needs a code, a dedicated number or a match-back of buyers to the mailing list.',
    cautions: [
      sumsNotMeans('conversions', 'pieces mailed'),
      'Some recipients would have bought anyway; only a held-out control group that received nothing shows the ' +
        "mailing's true lift.",
    ],
    related: ['responseRate', 'redemptionRate', 'conversionRate', 'cpa'],
    examples: [
      {
        description: '500 buyers among 10,000 catalogue recipients is a conversion rate of 5 %.',
        inputs: { conversions: 500, piecesMailed: 10000 },
        expected: 0.05,
      },
    ],
    parts: [{ part: 'conversions', whole: 'piecesMailed' }],
  },
  {
    id: 'redemptionRate',
    name: 'Redemption rate',
    aliases: ['redemption rate', 'coupon redemption rate', 'offer redemption rate'],
    formula: 'offersRedeemed / offersDistributed',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of distributed coupons or offers that were actually used. It shows how attractive ' +
      'the offer was and how well it reached people ready to buy. A high rate on a deep discount may still ' +
      'lose money, so weigh it against margin.',
    cautions: [
      sumsNotMeans('redemptions', 'offers distributed'),
      'Shared or leaked codes can be redeemed by people who never received the offer, pushing the rate up ' +
        '(even past 100 %).',
    ],
    related: ['responseRate', 'directMailConversionRate'],
    examples: [
      {
        description: '250 of 5,000 coupons redeemed is a redemption rate of 5 %.',
        inputs: { offersRedeemed: 250, offersDistributed: 5000 },
        expected: 0.05,
      },
    ],
    parts: [{ part: 'offersRedeemed', whole: 'offersDistributed' }],
  },
  {
    id: 'responseRate',
    name: 'Response rate',
    aliases: ['response rate', 'direct mail response rate', 'mail response rate'],
    formula: 'responses / piecesMailed',
    unit: 'percent',
    direction: 'higher',
    description:
      'The share of mailed pieces that drew any response: a call, a visit, a reply card or a ' +
      "website visit with the mailing's code. It is the first read on whether a mailing worked and comes " +
      'before the sales it leads to. Define what counts as a response before comparing mailings.',
    cautions: [
      sumsNotMeans('responses', 'pieces mailed'),
      'A response is not a sale: read it next to the direct-mail conversion rate.',
    ],
    related: ['directMailConversionRate', 'redemptionRate'],
    examples: [
      {
        description: '300 responses to 10,000 postcards is a response rate of 3 %.',
        inputs: { responses: 300, piecesMailed: 10000 },
        expected: 0.03,
      },
    ],
    parts: [{ part: 'responses', whole: 'piecesMailed' }],
  },
];
