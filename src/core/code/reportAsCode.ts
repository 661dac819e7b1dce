/**
 * A report spec (the `report` of the breakdowns: metrics, dimensions, period, comparison) as
 * the whole query, for where the data lives: SQL for a warehouse in any of the dialects of
 * Insert Formula as Code, or pandas for a DataFrame. The same numbers as the core's report: each
 * group's KPIs are the formula over its summed inputs, with subtotals per level and a grand
 * total, and each period's KPIs beside those of the period it is compared with.
 */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';
import { catalogOf } from '../options';
import { checkSpec } from '../report/spec';
import type { ReportSpec } from '../report/types';
import { reportPandas } from './reportPandas';
import { reportPlan, type ReportCodeOptions } from './reportPlan';
import { reportSql } from './reportSql';
import { SQL_DIALECTS } from './sqlDialects';

export type { ReportCodeOptions } from './reportPlan';

export const REPORT_CODE_TARGETS = ['sql', 'pandas'] as const;
export type ReportCodeTarget = (typeof REPORT_CODE_TARGETS)[number];

export type ReportCode =
  | {
      readonly ok: true;
      readonly target: ReportCodeTarget;
      readonly code: string;
      /** What the code assumes or leaves out (also written as comments in it). */
      readonly notes: readonly string[];
    }
  | Failure;

export function reportAsCode(spec: ReportSpec, target: ReportCodeTarget, options: ReportCodeOptions = {}): ReportCode {
  if (!REPORT_CODE_TARGETS.includes(target))
    return fail('invalidVariant', l10n.t("unknown report code target '{0}'; choose sql or pandas", String(target)), {
      input: 'target',
    });
  const dialect = options.dialect ?? 'portable';
  if (target === 'sql' && !SQL_DIALECTS.includes(dialect))
    return fail(
      'invalidVariant',
      l10n.t("unknown SQL dialect '{0}'; choose {1}", String(dialect), SQL_DIALECTS.join(', ')),
      {
        input: 'dialect',
      },
    );
  const specProblem = checkSpec(spec);
  if (specProblem) return specProblem;
  if (target === 'sql' && spec.period && spec.compare && dialect === 'portable')
    return fail(
      'invalidVariant',
      spec.compare === 'previousYear'
        ? l10n.t(
            "Comparing each {0} with the same one a year before needs the engine's date arithmetic, which no SQL shares: choose a dialect ({1})",
            spec.period,
            SQL_DIALECTS.slice(1).join(', '),
          )
        : l10n.t(
            "Comparing each {0} with the one before needs the engine's date arithmetic, which no SQL shares: choose a dialect ({1})",
            spec.period,
            SQL_DIALECTS.slice(1).join(', '),
          ),
      { input: 'dialect' },
    );
  if (target === 'sql' && spec.period && dialect === 'portable')
    return fail(
      'invalidVariant',
      l10n.t(
        "A breakdown by {0} needs the engine's date functions, which no SQL shares: choose a dialect ({1})",
        spec.period,
        SQL_DIALECTS.slice(1).join(', '),
      ),
      { input: 'dialect' },
    );
  const plan = reportPlan(spec, options, options.table ?? (target === 'sql' ? 'exports' : 'df'));
  if ('ok' in plan) return plan;
  const code = target === 'sql' ? reportSql(plan, catalogOf(options), dialect) : reportPandas(plan);
  return { ok: true, target, code, notes: plan.notes };
}
