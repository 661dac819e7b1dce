/**
 * Break Down by… and Compare Periods…, from the command palette, the results view's title bar
 * and its buttons: on the table the results view shows. Arguments give the answer instead of
 * the QuickPick: `{ groupBy: ['Campaign name'], period: 'month' | null }`, `{ compare:
 * 'previousPeriod' | 'previousYear' | null }`.
 */
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { COMMANDS } from '../../commandIds';
import type { Log } from '../../log';
import type { ResultTable } from '../../results/destination';
import type { ResultsPanel } from '../../results/panel';
import { choiceText, COMPARISONS, PERIODS } from '../../results/report/choice';
import { reportJson } from '../../results/report/reportFormats';
import { CANCELLED, failed, type Outcome } from '../outcome';

export interface BreakDownDeps {
  readonly log: Log;
  readonly results: ResultsPanel;
}

const groupsSchema = z.lazy(() =>
  z.object({ groupBy: z.array(z.string()), period: z.optional(z.nullable(z.enum(PERIODS))) }),
);
const compareSchema = z.lazy(() => z.object({ compare: z.nullable(z.enum(COMPARISONS)) }));

function noResults(): string {
  return l10n.t(
    'No KPI results with dimension columns are shown: select the rows of an export with a campaign, channel or date column, run Marketing Metrics: Evaluate Selection, then break it down.',
  );
}

export async function breakDown(deps: BreakDownDeps, arg?: unknown): Promise<Outcome> {
  const command = COMMANDS.breakDown;
  const target = deps.results.breakdownTargets()[0];
  if (!target) return failed(deps.log, command, noResults(), { code: 'noResults' });
  let choice;
  if (isArgument(arg)) {
    const parsed = groupsSchema.safeParse(arg);
    if (!parsed.success)
      return failed(
        deps.log,
        command,
        l10n.t('Break Down by… takes {0}.', `{ groupBy: ["<column>", …], period?: ${PERIODS.join(' | ')} | null }`),
        { code: 'invalidArguments' },
      );
    const { groupBy, period } = parsed.data;
    choice = { groupBy, ...(period ? { period } : {}) };
  }
  const updated = await deps.results.breakDown(target.tableId, { kind: 'groups', ...(choice ? { choice } : {}) });
  return updated ? doneWith(updated) : CANCELLED;
}

export async function comparePeriods(deps: BreakDownDeps, arg?: unknown): Promise<Outcome> {
  const command = COMMANDS.comparePeriods;
  const target = deps.results.breakdownTargets()[0];
  if (!target) return failed(deps.log, command, noResults(), { code: 'noResults' });
  if (!target.compared)
    return failed(
      deps.log,
      command,
      l10n.t('Compare Periods… needs a breakdown by period: choose month, week… in Break Down by… first.'),
      { code: 'noPeriod' },
    );
  let compare;
  if (isArgument(arg)) {
    const parsed = compareSchema.safeParse(arg);
    if (!parsed.success)
      return failed(
        deps.log,
        command,
        l10n.t('Compare Periods… takes {0}.', `{ compare: ${COMPARISONS.join(' | ')} | null }`),
        {
          code: 'invalidArguments',
        },
      );
    compare = parsed.data.compare;
  }
  const updated = await deps.results.breakDown(target.tableId, {
    kind: 'compare',
    ...(compare !== undefined ? { compare } : {}),
  });
  return updated ? doneWith(updated) : CANCELLED;
}

/** Menus pass a URI or nothing; an object is arguments. */
function isArgument(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && !('scheme' in arg);
}

/** The report as JSON for callers (tests, other extensions), as Copy would give it. */
function doneWith(table: ResultTable): Outcome {
  if (!table.report) return { status: 'done', edits: 0, tables: 1 };
  return {
    status: 'done',
    edits: 0,
    tables: 1,
    breakdown: choiceText(table.report.choice),
    table: JSON.parse(reportJson(table.report)) as unknown,
  };
}
