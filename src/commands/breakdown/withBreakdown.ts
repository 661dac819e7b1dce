/**
 * Gives a results table its breakdown: "Break down by…" on any table with dimension or date
 * columns, the breakdown remembered for the workspace applied when its columns are all there,
 * and the report computed by the core's `report` from the columns already read (the selection
 * is not read again). The flat table stays as it is when there is no breakdown.
 */
import vscode = require('vscode');
import { report, type Failure } from '../../core';
import type { Log } from '../../log';
import type { BreakdownAsk, ResultTable } from '../../results/destination';
import {
  breakdownOptionsOf,
  canBreakDown,
  fits,
  isBreakdown,
  NO_BREAKDOWN,
  specOf,
  type BreakdownChoice,
} from '../../results/report/choice';
import { reportColumnsOf } from '../../results/report/reportTable';
import type { TableModel, TableSource } from '../../results/model';
import type { ConfigStore } from '../../settings/store';
import { optionsFor } from '../evaluate/remap';
import { rememberBreakdown, rememberedBreakdown } from './memory';
import { pickBreakdown } from './pickBreakdown';
import { pickComparison } from './pickComparison';

export interface BreakdownDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  /** Where the last choice is kept: the workspace's state. */
  readonly memory?: vscode.Memento;
}

/** The table with Break down by… (when it has dimensions) and the remembered breakdown, if it fits. */
export function withBreakdown(table: ResultTable, source: TableSource, deps: BreakdownDeps): ResultTable {
  const options = breakdownOptionsOf(table.model);
  if (!canBreakDown(options)) return table;
  const remembered = rememberedBreakdown(deps.memory);
  const shown = fits(remembered, options) ? reportTable(table, source, remembered, deps) : table;
  return withActions({ ...('ok' in shown ? table : shown), header: source.columns }, source, deps);
}

function withActions(table: ResultTable, source: TableSource, deps: BreakdownDeps): ResultTable {
  const remap = table.remap;
  return {
    ...table,
    breakDown: (ask) => breakDownAgain(table, source, ask, deps),
    // Use as… computes the table again: its breakdown is computed again with it.
    ...(remap
      ? {
          remap: async (column: number, choice?: { readonly as: string | null }) => {
            const updated = await remap(column, choice);
            return updated && withBreakdown(updated, source, deps);
          },
        }
      : {}),
  };
}

async function breakDownAgain(
  table: ResultTable,
  source: TableSource,
  ask: BreakdownAsk,
  deps: BreakdownDeps,
): Promise<ResultTable | undefined> {
  const choice = await choiceFor(table.model, table.report?.choice ?? NO_BREAKDOWN, ask);
  if (!choice) return undefined;
  await rememberBreakdown(deps.memory, choice);
  const { report: _shown, ...flat } = table;
  if (!isBreakdown(choice)) return withActions(flat, source, deps);
  const next = reportTable(flat, source, choice, deps);
  if ('ok' in next) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Marketing Metrics: no breakdown by {0}: {1}',
        choice.groupBy.join(', ') || choice.period || '',
        next.error.message,
      ),
    );
    return undefined;
  }
  return withActions(next, source, deps);
}

/** What the user asked for: given, or picked; undefined when cancelled. */
export async function choiceFor(
  model: TableModel,
  current: BreakdownChoice,
  ask: BreakdownAsk,
): Promise<BreakdownChoice | undefined> {
  if (ask.kind === 'groups') return ask.choice ?? pickBreakdown(breakdownOptionsOf(model), current);
  if (current.period === undefined) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Compare periods… compares periods of a date column: choose a period (month, week…) in Break down by… first.',
      ),
    );
    return undefined;
  }
  const compare = ask.compare !== undefined ? ask.compare : await pickComparison(current.compare);
  if (compare === undefined) return undefined;
  const { compare: _old, ...rest } = current;
  return compare === null ? rest : { ...rest, compare };
}

function reportTable(
  table: ResultTable,
  source: TableSource,
  choice: BreakdownChoice,
  deps: BreakdownDeps,
): ResultTable | Failure {
  const options = optionsFor(deps.settings, table.origin.uri);
  const result = report(source, specOf(choice), options);
  if (!result.ok) {
    deps.log.warn(
      `breakdown: ${result.error.code} (${choice.groupBy.length} dimension(s), period ${choice.period ?? 'none'})`,
    );
    return result;
  }
  return {
    ...table,
    report: { choice, report: result, columns: reportColumnsOf(table.model) },
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  };
}
