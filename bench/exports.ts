/**
 * The campaign rows of data.ts as platform exports carry them: a day, a campaign and its
 * channel before the numbers (Google Ads' "Day, Campaign", Meta's "Reporting starts, Campaign
 * name"), a few empty cells, and some amounts written as text ("$1,234.50") where a sheet
 * formatted them. The numbers are those of `campaignRows` with the same seed, so the realistic
 * and numbers-only figures time the same values; the text comes from a second seeded stream.
 */
import { campaignRows, random, type CampaignRow } from './data';

/** A type, not an interface: rows must pass as the core's `Inputs`, a record of any keys. */
export type ExportRow = {
  readonly date: string;
  readonly campaign: string;
  readonly channel: string;
  readonly impressions: number;
  readonly clicks: number;
  readonly cost: number | string;
  readonly conversions: number | null;
  readonly revenue: number | string | null;
  readonly sessions: number;
  readonly leads: number;
};

/** Shares of rows: conversions and revenue each empty (not reported yet), amounts as text. */
export const EMPTY_SHARE = 0.03;
export const MONEY_TEXT_SHARE = 0.05;

const CHANNELS = ['Search', 'Social', 'Display', 'Email', 'Video', 'Shopping', 'Affiliate'] as const;
const THEMES = [
  'Spring Sale',
  'Summer Launch',
  'Back to School',
  'Black Friday',
  'Holiday Gifts',
  'Brand',
  'New Arrivals',
  'Clearance',
];
const REGIONS = ['EU', 'US', 'UK', 'APAC', 'LATAM'];
const TACTICS = ['Retargeting', 'Prospecting', 'Lookalike', 'Keywords', 'Newsletter'];
/** Two years of days: exports of a day-by-campaign report run from the oldest day to the newest. */
const DAYS = 730;

/**
 * Campaign names as marketers write them, each with the one channel it runs on. Every third
 * name has a comma and a quoted region (`Spring Sale, "EU" – Retargeting`), which CSV must quote.
 */
export function campaignNames(): readonly { name: string; channel: string }[] {
  const names: { name: string; channel: string }[] = [];
  THEMES.forEach((theme, t) =>
    REGIONS.forEach((region, r) =>
      TACTICS.forEach((tactic, k) => {
        const i = names.length;
        const name =
          i % 3 === 0
            ? `${theme}, "${region}" – ${tactic}`
            : i % 3 === 1
              ? `${theme} – ${region} – ${tactic}`
              : `${theme} | ${tactic} (${region})`;
        names.push({ name, channel: CHANNELS[(t + r + k) % CHANNELS.length]! });
      }),
    ),
  );
  return names;
}

function isoDays(count: number): string[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
}

/** "$1,234.50": dollars grouped by thousands, two decimals, as en-US sheets format money. */
export function moneyText(value: number): string {
  const [whole, fraction] = value.toFixed(2).split('.') as [string, string];
  return `$${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

export function exportRows(count: number, seed = 7): ExportRow[] {
  const numbers = campaignRows(count, seed);
  const next = random(seed + 1);
  const days = isoDays(DAYS);
  const names = campaignNames();
  const rows: ExportRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const campaign = names[Math.floor(next() * names.length)]!;
    rows[i] = dressed(numbers[i]!, days[Math.floor((i * DAYS) / count)]!, campaign, next);
  }
  return rows;
}

function dressed(
  row: CampaignRow,
  date: string,
  campaign: { name: string; channel: string },
  next: () => number,
): ExportRow {
  const asText = (value: number): number | string => (next() < MONEY_TEXT_SHARE ? moneyText(value) : value);
  const cost = asText(row.cost);
  const revenue = next() < EMPTY_SHARE ? null : asText(row.revenue);
  const conversions = next() < EMPTY_SHARE ? null : row.conversions;
  const { impressions, clicks, sessions, leads } = row;
  return {
    date,
    campaign: campaign.name,
    channel: campaign.channel,
    impressions,
    clicks,
    cost,
    conversions,
    revenue,
    sessions,
    leads,
  };
}
