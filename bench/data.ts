/**
 * Seeded synthetic campaign rows: the seven fields ad platforms export, with the invariants
 * real exports keep (clicks ≤ impressions, sessions ≤ clicks, conversions and leads ≤ sessions).
 * About 2% of rows have no conversions, so CPA meets zero denominators as it does in practice.
 * These are the numbers of both data sets; exports.ts dresses them as exports are.
 */
export const FIELDS = ['impressions', 'clicks', 'cost', 'conversions', 'revenue', 'sessions', 'leads'] as const;
export type Field = (typeof FIELDS)[number];
export type CampaignRow = Record<Field, number>;

/** A field's value as rows may hold it: a number, text such as "$1,234.50", or null (empty). */
export type FieldValue = number | string | null;
/** Any row the bench times: it has the seven fields, perhaps as text, perhaps beside others. */
export type FieldRow = Readonly<Record<Field, FieldValue>>;

/** mulberry32: small, fast and good enough to make the same rows on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cents = (value: number): number => Math.round(value * 100) / 100;

export function campaignRows(count: number, seed = 7): CampaignRow[] {
  const next = random(seed);
  const int = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  const rows: CampaignRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const impressions = int(1_000, 200_000);
    const clicks = Math.floor(impressions * (0.002 + next() * 0.05));
    const sessions = Math.floor(clicks * (0.7 + next() * 0.3));
    const conversions = next() < 0.02 ? 0 : Math.floor(sessions * next() * 0.1);
    const leads = 1 + Math.floor(sessions * next() * 0.2);
    const cost = cents(clicks * (0.2 + next() * 2.8) + 1);
    const revenue = cents(conversions * (5 + next() * 120));
    rows[i] = { impressions, clicks, cost, conversions, revenue, sessions, leads };
  }
  return rows;
}

/** Pretty-printed as people save API exports: two-space indent, one field per line. */
export function toJson(rows: readonly object[]): string {
  return JSON.stringify(rows, null, 2);
}

/**
 * CSV as spreadsheets and ad platforms write it: a header of the first row's keys, a cell
 * quoted only when it holds a comma, a quote or a line break (quotes doubled), null as an
 * empty cell. Text that `quoted` marks (money such as "$1,234.50") is always quoted, as
 * Google Ads and Sheets write formatted amounts.
 */
export function toCsv(rows: readonly object[]): string {
  const first = rows[0];
  if (first === undefined) return '';
  const keys = Object.keys(first);
  const lines = new Array<string>(rows.length + 1);
  lines[0] = keys.join(',');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, FieldValue>;
    lines[i + 1] = keys.map((key) => csvCell(row[key] ?? null)).join(',');
  }
  return `${lines.join('\n')}\n`;
}

const NEEDS_QUOTES = /[",\n\r]/;

function csvCell(value: FieldValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value.startsWith('$') || NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
