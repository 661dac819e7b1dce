/** A report spec checked before anything is read: a wrong word is named, with what it may be. */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';
import type { ReportSpec } from './types';

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];
const COMPARISONS = ['previousPeriod', 'previousYear'];

export function checkSpec(spec: ReportSpec): Failure | undefined {
  if (typeof spec !== 'object' || spec === null)
    return fail(
      'invalidSelection',
      l10n.t('A report spec is an object such as {0}', '{ groupBy: ["channel"], period: "month" }'),
      {
        input: 'spec',
      },
    );
  for (const field of ['metrics', 'groupBy'] as const) {
    const list = spec[field] as unknown;
    if (
      list !== undefined &&
      (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === ''))
    ) {
      return fail(
        'invalidSelection',
        l10n.t(
          '{0} is a list of names, such as {1}',
          field,
          field === 'metrics' ? '["ctr", "cpa"]' : '["channel", "Campaign name"]',
        ),
        { input: field },
      );
    }
  }
  const repeated = spec.groupBy?.find((word, i) => spec.groupBy!.indexOf(word) !== i);
  if (repeated !== undefined)
    return fail('invalidSelection', l10n.t('groupBy names "{0}" twice', repeated), { input: 'groupBy' });
  if (spec.period !== undefined && !PERIODS.includes(spec.period))
    return fail('invalidSelection', l10n.t('period "{0}" is none of {1}', String(spec.period), PERIODS.join(', ')), {
      input: 'period',
    });
  if (spec.compare !== undefined && !COMPARISONS.includes(spec.compare))
    return fail(
      'invalidSelection',
      l10n.t('compare "{0}" is none of {1}', String(spec.compare), COMPARISONS.join(', ')),
      {
        input: 'compare',
      },
    );
  if (spec.compare !== undefined && spec.period === undefined)
    return fail(
      'invalidSelection',
      l10n.t('compare: "{0}" needs a period to compare, such as period: "month"', spec.compare),
      {
        input: 'compare',
      },
    );
  if (
    spec.weekStart !== undefined &&
    !(Number.isInteger(spec.weekStart) && spec.weekStart >= 0 && spec.weekStart <= 6)
  ) {
    return fail(
      'invalidSelection',
      l10n.t('weekStart {0} is no weekday: 0 is Sunday, 1 Monday … 6 Saturday', String(spec.weekStart)),
      { input: 'weekStart' },
    );
  }
  return undefined;
}
