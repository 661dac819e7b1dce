/** A report spec checked before anything is read: a wrong word is named, with what it may be. */
import { fail, type Failure } from '../errors';
import type { ReportSpec } from './types';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
const COMPARISONS = ['previousPeriod', 'previousYear'];

export function checkSpec(spec: ReportSpec): Failure | undefined {
  if (typeof spec !== 'object' || spec === null)
    return fail('invalidSelection', 'A report spec is an object such as { groupBy: ["channel"], period: "month" }', {
      input: 'spec',
    });
  for (const field of ['metrics', 'groupBy'] as const) {
    const list = spec[field] as unknown;
    if (
      list !== undefined &&
      (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === ''))
    ) {
      return fail(
        'invalidSelection',
        `${field} is a list of names, such as ${field === 'metrics' ? '["ctr", "cpa"]' : '["channel", "Campaign name"]'}`,
        { input: field },
      );
    }
  }
  const repeated = spec.groupBy?.find((word, i) => spec.groupBy!.indexOf(word) !== i);
  if (repeated !== undefined)
    return fail('invalidSelection', `groupBy names "${repeated}" twice`, { input: 'groupBy' });
  if (spec.period !== undefined && !PERIODS.includes(spec.period))
    return fail('invalidSelection', `period "${String(spec.period)}" is none of ${PERIODS.join(', ')}`, {
      input: 'period',
    });
  if (spec.compare !== undefined && !COMPARISONS.includes(spec.compare))
    return fail('invalidSelection', `compare "${String(spec.compare)}" is none of ${COMPARISONS.join(', ')}`, {
      input: 'compare',
    });
  if (spec.compare !== undefined && spec.period === undefined)
    return fail('invalidSelection', `compare: "${spec.compare}" needs a period to compare, such as period: "month"`, {
      input: 'compare',
    });
  if (
    spec.weekStart !== undefined &&
    !(Number.isInteger(spec.weekStart) && spec.weekStart >= 0 && spec.weekStart <= 6)
  ) {
    return fail(
      'invalidSelection',
      `weekStart ${String(spec.weekStart)} is no weekday: 0 is Sunday, 1 Monday … 6 Saturday`,
      { input: 'weekStart' },
    );
  }
  return undefined;
}
