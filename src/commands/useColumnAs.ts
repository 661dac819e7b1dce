/**
 * Use Column as…: the results view's "Use as…" from the command palette (and for keyboard
 * users, scripts and tests): pick a column of the tables shown, say what it is, and the table
 * is computed again with the mapping saved in marketingMetrics.columnMappings. Arguments
 * `{ column: 'Spend (planned)', as: 'cost' | 'ignore' | null }` skip both questions.
 */
import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import { IGNORE_MAPPING } from '../core';
import type { Log } from '../log';
import { jsonTable } from '../results/formats';
import type { ResultsPanel } from '../results/panel';
import type { ConfigStore } from '../settings/store';
import { failed, CANCELLED, type Outcome } from './outcome';

export interface UseColumnAsDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly results: ResultsPanel;
}

interface Args {
  readonly column?: string;
  readonly as?: string | null;
}

export async function useColumnAs(deps: UseColumnAsDeps, arg?: unknown): Promise<Outcome> {
  const command = COMMANDS.useColumnAs;
  const args = argsOf(arg);
  if (!args)
    return failed(
      deps.log,
      command,
      vscode.l10n.t(
        'Use Column as… takes {0}.',
        '{ column: "<name as in the header>", as: "<quantity id>" | "ignore" | null }',
      ),
      { code: 'invalidArguments' },
    );
  const columns = deps.results.mappable();
  if (columns.length === 0)
    return failed(
      deps.log,
      command,
      vscode.l10n.t(
        'No KPI results are shown: evaluate a table (select it, then Marketing Metrics: Evaluate Selection) before saying what a column is.',
      ),
      { code: 'noResults' },
    );
  const wanted = args.column === undefined ? await pickColumn(columns) : columns.find((c) => c.name === args.column);
  if (!wanted)
    return args.column === undefined
      ? CANCELLED
      : failed(
          deps.log,
          command,
          vscode.l10n.t(
            "No column '{0}' in the KPI results. Columns: {1}",
            args.column,
            columns.map((c) => c.name).join(', '),
          ),
          { code: 'unknownColumn' },
        );
  if (
    args.as !== undefined &&
    args.as !== null &&
    args.as !== IGNORE_MAPPING &&
    !deps.settings.current.catalog.isKnown(args.as)
  ) {
    const hint = deps.settings.current.catalog.suggest(args.as);
    return failed(
      deps.log,
      command,
      hint
        ? vscode.l10n.t("'{0}' is no quantity or metric (did you mean '{1}'?)", args.as, hint)
        : vscode.l10n.t("'{0}' is no quantity or metric", args.as),
      { code: 'unknownQuantity' },
    );
  }
  const updated = await deps.results.remapColumn(
    wanted.tableId,
    wanted.column,
    args.as !== undefined ? { as: args.as } : undefined,
  );
  if (!updated) return CANCELLED;
  return { status: 'done', edits: 0, tables: 1, table: JSON.parse(jsonTable(updated.model)) as unknown };
}

function argsOf(arg: unknown): Args | undefined {
  if (arg === undefined) return {};
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { column, as } = arg as Record<string, unknown>;
  if (column !== undefined && typeof column !== 'string') return undefined;
  if (as !== undefined && as !== null && typeof as !== 'string') return undefined;
  return { ...(column !== undefined ? { column } : {}), ...(as !== undefined ? { as } : {}) };
}

async function pickColumn(columns: ReturnType<ResultsPanel['mappable']>) {
  const picked = await vscode.window.showQuickPick(
    columns.map((c) => ({ label: c.name, description: c.text, detail: c.title, column: c })),
    {
      title: vscode.l10n.t('Use Column as…'),
      placeHolder: vscode.l10n.t('Which column of the KPI results?'),
      matchOnDescription: true,
    },
  );
  return picked?.column;
}
