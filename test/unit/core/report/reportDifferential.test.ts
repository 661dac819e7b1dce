import assert from 'node:assert/strict';
import fc from 'fast-check';
import { report, type Inputs, type ReportGroup } from '../../../../src/core';
import { aggregateRows } from '../../../../src/core/aggregate';

/**
 * The report against a plain reference on random tables: rows filtered by their key with
 * Array.filter, months from JavaScript's Date, each group's total from the per-row aggregate
 * (computeAll on each record, a separate path from the columns the report uses).
 */
interface Row {
  channel: string;
  campaign: string;
  date: string;
  impressions: number;
  clicks: number;
  cost: number;
  conversions: number;
  reach: number;
}

const rowArbitrary = fc.record({
  channel: fc.constantFrom('Search', 'Social', 'Display'),
  campaign: fc.constantFrom('Brand', 'Spring, "EU"', 'Retargeting', 'Launch – 2026'),
  date: fc
    .integer({ min: Date.UTC(2025, 10, 1) / 864e5, max: Date.UTC(2026, 2, 31) / 864e5 })
    .map((day) => new Date(day * 864e5).toISOString().slice(0, 10)),
  impressions: fc.integer({ min: 0, max: 50_000 }),
  clicks: fc.integer({ min: 0, max: 2_000 }),
  cost: fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100),
  conversions: fc.integer({ min: 0, max: 40 }),
  // One reach for most rows, so that some groups share it and some do not.
  reach: fc.constantFrom(5_000, 5_000, 5_000, 8_000),
});

const METRICS = ['ctr', 'cpc', 'cpa', 'cpm', 'cvr', 'frequency'];
const monthOf = (date: string): string => date.slice(0, 7);
const inputsOf = (row: Row): Inputs => ({
  impressions: row.impressions,
  clicks: row.clicks,
  cost: row.cost,
  conversions: row.conversions,
  reach: row.reach,
});

function referenceTotal(rows: readonly Row[]): Map<string, number> {
  const total = aggregateRows(rows.map(inputsOf), METRICS, {}).total;
  return new Map(total.results.map((r) => [r.id, r.value]));
}

/** The same metrics with the same values, but for the last bits: the rows are summed in another order. */
function sameValues(ours: Map<string, number>, theirs: Map<string, number>, what: string): void {
  assert.deepEqual([...ours.keys()].sort(), [...theirs.keys()].sort(), what);
  for (const [id, value] of ours)
    assert.ok(
      Math.abs(value - theirs.get(id)!) <= 1e-12 * Math.max(1, Math.abs(value)),
      `${what} ${id}: ${value} vs ${theirs.get(id)}`,
    );
}

describe('report: the same totals as a plain reference on random tables (differential)', () => {
  it('every group of every level, and the grand total, by channel, campaign and month', function () {
    this.timeout(30_000); // 200 random tables, each through the report and the per-row reference
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 60 }), (rows) => {
        const result = report(rows as unknown as Inputs[], {
          groupBy: ['channel', 'campaign'],
          period: 'month',
          metrics: METRICS,
        });
        if (!result.ok) return assert.fail(JSON.stringify(result));
        const keyOf = (row: Row, level: number) =>
          [row.channel, row.campaign, monthOf(row.date)].slice(0, level).join('|');
        let groups = 0;
        for (const level of [1, 2, 3]) {
          const expected = new Map<string, Row[]>();
          for (const row of rows) expected.set(keyOf(row, level), [...(expected.get(keyOf(row, level)) ?? []), row]);
          const got: readonly ReportGroup[] = result.groups.filter((g) => g.level === level);
          assert.deepEqual(
            new Set(got.map((g) => Object.values(g.key).join('|'))),
            new Set(expected.keys()),
            `level ${level}`,
          );
          for (const group of got) {
            const members = expected.get(Object.values(group.key).join('|'))!;
            assert.deepEqual(
              Array.from(group.rows).map((r) => rows[r]),
              members,
              'the rows, in input order',
            );
            sameValues(
              new Map(group.total.results.map((r) => [r.id, r.value])),
              referenceTotal(members),
              JSON.stringify(group.key),
            );
            groups++;
          }
        }
        sameValues(new Map(result.total.results.map((r) => [r.id, r.value])), referenceTotal(rows), 'the grand total');
        return groups > 0;
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
