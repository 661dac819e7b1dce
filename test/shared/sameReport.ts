// Two reports agree: the same groups (key, level, rows), each KPI's value within 1e-9
// relatively (sums in another order round differently), the same reasons, assumptions and
// changes. Used by every test that checks a report computed elsewhere against the core's.
import assert from 'node:assert/strict';
import type { Report, ReportGroup, TotalRow } from '../../src/core';

/** A report as comparable values: each group's key, row count, KPIs, reasons and changes. */
export function reportValues(result: Report): Map<string, unknown> {
  const groupValues = (rowCount: number, total: TotalRow, change?: ReportGroup['change']) => ({
    rowCount,
    kpis: total.results.map((m) => [m.id, m.value, m.text]),
    problems: total.problems,
    assumptions: total.assumptions,
    notAggregable: total.notAggregable,
    change: Object.entries(change ?? {}).map(([id, c]) => [id, c.previous, c.relative, c.reason ?? null]),
  });
  const groups = new Map<string, unknown>();
  for (const group of result.groups)
    groups.set(JSON.stringify([group.level, group.key]), groupValues(group.rowCount, group.total, group.change));
  groups.set('total', groupValues(result.rowCount, result.total));
  return groups;
}

/** Equal, numbers within 1e-9 of each other relatively (sums in another order round differently). */
export function assertClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    assert.ok(
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
      `${where}: ${actual}, the core ${expected}`,
    );
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${where}: ${JSON.stringify(actual)}`);
    const keys = Object.keys(expected);
    assert.deepEqual(Object.keys(actual).sort(), [...keys].sort(), where);
    for (const k of keys)
      assertClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${where}.${k}`);
    return;
  }
  assert.equal(actual, expected, where);
}

/** Asserts `actual` is `expected`; returns how many groups (the grand total included) were compared. */
export function assertSameReport(actual: Report, expected: Report): number {
  const theirs = reportValues(actual);
  const ours = reportValues(expected);
  assert.deepEqual([...theirs.keys()].sort(), [...ours.keys()].sort(), 'the same groups');
  for (const [key, values] of ours) assertClose(theirs.get(key), values, key);
  return ours.size;
}
