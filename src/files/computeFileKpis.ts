/**
 * Compute KPIs for File, from the explorer's context menu, the editor title's and the palette:
 * the report of a whole CSV, TSV, JSON, JSON Lines, Parquet or Excel file, however large, in
 * the results view. The core reads the file's first rows (what its columns are, the breakdown
 * picker's choices); DuckDB sums the whole file (or, where it cannot, the core streams it) under
 * a progress notification whose Cancel stops the work; the core finishes the numbers. Arguments for tests and other
 * extensions: a Uri, or `{ uri, groupBy?, period?, compare?, sheet? }` (no picker is shown).
 */
import vscode = require('vscode');
import * as z from 'zod/mini';
import type { Failure, Report } from '../core';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { rememberBreakdown, rememberedBreakdown } from '../commands/breakdown/memory';
import { choiceFor } from '../commands/breakdown/withBreakdown';
import { pickBreakdown } from '../commands/breakdown/pickBreakdown';
import { sourceOfRows, computeTable } from '../commands/evaluate/table';
import { optionsFor, tableFormatter } from '../commands/evaluate/remap';
import { NO_PROGRESS } from '../commands/evaluate/work';
import { CANCELLED, failed, type Outcome } from '../commands/outcome';
import type { ResultTable } from '../results/destination';
import type { TableModel } from '../results/model';
import type { ResultsPanel } from '../results/panel';
import {
  breakdownOptionsOf,
  canBreakDown,
  choiceText,
  COMPARISONS,
  fits,
  PERIODS,
  specOf,
  type BreakdownChoice,
} from '../results/report/choice';
import { reportJson } from '../results/report/reportFormats';
import { reportColumnsOf } from '../results/report/reportTable';
import type { ConfigStore } from '../settings/store';
import { openFile } from './fileEngine';
import { duckdbSource, FILE_EXTENSIONS, fileKindOf, type FileKind } from './fileKinds';
import { QueryCancelled, type OpenedFile, type QueryControl } from './openedFile';
import { pickSheet, workbookAsCsv } from './workbookFile';

export interface FileDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly results: ResultsPanel;
  readonly memory?: vscode.Memento;
  /** Tests pass a runner that cancels; the command runs the query under a progress notification. */
  readonly runQuery?: QueryRunner;
}

/** Runs the file's query with progress and a way to cancel it; undefined when cancelled. */
export type QueryRunner = (
  name: string,
  run: (control: QueryControl) => Promise<Report | Failure>,
) => Promise<Report | Failure | undefined>;

const COMMAND = COMMANDS.computeFileKpis;

const argsSchema = z.lazy(() =>
  z.object({
    uri: z.string(),
    groupBy: z.optional(z.array(z.string())),
    period: z.optional(z.nullable(z.enum(PERIODS))),
    compare: z.optional(z.nullable(z.enum(COMPARISONS))),
    sheet: z.optional(z.string()),
  }),
);
type Args = z.infer<typeof argsSchema>;

/** What a report of the file is computed from: the opened file and its first rows as the view shows them. */
interface FileTable {
  readonly uri: vscode.Uri;
  readonly name: string;
  readonly file: OpenedFile;
  readonly model: TableModel;
  /** A workbook's sheet. */
  readonly sheet?: string;
}

export async function computeFileKpis(deps: FileDeps, arg?: unknown): Promise<Outcome> {
  const target = await targetOf(arg);
  if (!target) return CANCELLED;
  if ('message' in target) return failed(deps.log, COMMAND, target.message, { code: 'invalidArguments' });
  const { uri, args } = target;
  const name = uri.path.split('/').pop() ?? uri.path;
  const kind = fileKindOf(uri.path);
  if (!kind)
    return failed(
      deps.log,
      COMMAND,
      vscode.l10n.t(
        '{0} is not a file Compute KPIs for File reads: choose a {1} file.',
        name,
        FILE_EXTENSIONS.join(', '),
      ),
      { code: 'unsupportedFile' },
    );
  const sheet = kind === 'xlsx' ? await workbookAsCsv(uri, name, args?.sheet, pickSheet) : undefined;
  if (sheet === null) return CANCELLED;
  if (sheet && 'message' in sheet) return failed(deps.log, COMMAND, sheet.message, { code: 'unreadableFile' });
  const options = optionsFor(deps.settings, uri);
  const opened = await openFile(uri, kind, options.locale, sheet?.csv);
  if ('ok' in opened)
    return failed(deps.log, COMMAND, vscode.l10n.t('Marketing Metrics: {0}', opened.error.message), {
      code: 'unreadableFile',
      detail: opened.error.code,
    });
  try {
    const model = await computeTable(sourceOfRows(opened.reading), options, NO_PROGRESS);
    if (!model) return CANCELLED;
    const file: FileTable = {
      uri,
      name: sheet ? `${name} › ${sheet.sheet}` : name,
      file: opened,
      model,
      ...(sheet ? { sheet: sheet.sheet } : {}),
    };
    const choice = await firstChoice(file, args, deps.memory);
    if (!choice) return CANCELLED;
    const table = await reportOf(file, choice, deps);
    if (!table) return CANCELLED;
    if ('message' in table)
      return failed(deps.log, COMMAND, table.message, { code: 'invalidInput', detail: table.code });
    await rememberBreakdown(deps.memory, choice);
    deps.results.show([table]);
    return doneWith(table);
  } finally {
    // Break down by… in the view opens the file again: nothing stays open meanwhile.
    opened.close();
  }
}

/** The file: the explorer's Uri, the arguments' `uri`, the active editor's file, or one chosen in a dialog. */
async function targetOf(arg: unknown): Promise<{ uri: vscode.Uri; args?: Args } | { message: string } | undefined> {
  if (arg instanceof vscode.Uri) return { uri: arg };
  if (arg !== undefined && arg !== null) {
    const parsed = argsSchema.safeParse(arg);
    if (!parsed.success)
      return {
        message: vscode.l10n.t(
          "Compute KPIs for File takes a file's Uri, or {0}.",
          `{ uri, groupBy?: ["<column>", …], period?: ${PERIODS.join(' | ')}, compare?: ${COMPARISONS.join(' | ')}, sheet? }`,
        ),
      };
    return { uri: vscode.Uri.parse(parsed.data.uri), args: parsed.data };
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && fileKindOf(active.path)) return { uri: active };
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Compute KPIs for File'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Exports and data files')]: FILE_EXTENSIONS.map((e) => e.slice(1)) },
  });
  return picked?.[0] ? { uri: picked[0] } : undefined;
}

/** The arguments' breakdown, the remembered one when the file has its columns, else the picker's. */
async function firstChoice(
  file: FileTable,
  args: Args | undefined,
  memory: vscode.Memento | undefined,
): Promise<BreakdownChoice | undefined> {
  if (args)
    return {
      groupBy: args.groupBy ?? [],
      ...(args.period ? { period: args.period } : {}),
      ...(args.compare ? { compare: args.compare } : {}),
    };
  const options = breakdownOptionsOf(file.model);
  if (!canBreakDown(options)) return { groupBy: [] };
  const remembered = rememberedBreakdown(memory);
  return fits(remembered, options) ? remembered : pickBreakdown(options, remembered);
}

/** The report of the whole file by `choice`, as a results table whose Break down by… runs it again. */
async function reportOf(
  file: FileTable,
  choice: BreakdownChoice,
  deps: FileDeps,
): Promise<ResultTable | { message: string; code: string } | undefined> {
  const options = optionsFor(deps.settings, file.uri);
  let result;
  try {
    result = await (deps.runQuery ?? withQueryProgress)(file.name, (control) =>
      file.file.report(specOf(choice), options, control),
    );
  } catch (error) {
    // Cancel interrupted the query: DuckDB has stopped, and the database is closed by the caller.
    if (error instanceof QueryCancelled) return undefined;
    throw error;
  }
  if (!result) return undefined;
  if (!result.ok)
    return { message: vscode.l10n.t('Marketing Metrics: {0}', result.error.message), code: result.error.code };
  return {
    title: vscode.l10n.t('{0} (whole file)', file.name),
    model: file.model,
    formatter: tableFormatter(file.model, options),
    origin: { uri: file.uri, version: 0, offset: 0, atLineStart: true, eol: '\n' },
    report: { choice, report: result, columns: reportColumnsOf(file.model) },
    wholeFile: true,
    header: file.file.reading.columns,
    ...(file.sheet === undefined && file.uri.scheme === 'file'
      ? { duckdbSource: duckdbSource(file.uri.fsPath, fileKindOf(file.uri.path) as Exclude<FileKind, 'xlsx'>) }
      : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    breakDown: (ask) => breakDownAgain(file, choice, ask, deps),
  };
}

/** Break down by… / Compare periods… on a file's report: the file is read again with the new choice. */
async function breakDownAgain(
  file: FileTable,
  current: BreakdownChoice,
  ask: Parameters<NonNullable<ResultTable['breakDown']>>[0],
  deps: FileDeps,
): Promise<ResultTable | undefined> {
  const choice = await choiceFor(file.model, current, ask);
  if (!choice) return undefined;
  const options = optionsFor(deps.settings, file.uri);
  const sheet = file.sheet !== undefined ? await workbookAsCsv(file.uri, file.name, file.sheet, pickSheet) : undefined;
  if (sheet === null || (sheet && 'message' in sheet)) return undefined;
  const opened = await openFile(file.uri, fileKindOf(file.uri.path)!, options.locale, sheet?.csv);
  if ('ok' in opened) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Marketing Metrics: {0}', opened.error.message));
    return undefined;
  }
  try {
    const table = await reportOf({ ...file, file: opened }, choice, deps);
    if (!table || 'message' in table) {
      if (table) void vscode.window.showWarningMessage(table.message);
      return undefined;
    }
    await rememberBreakdown(deps.memory, choice);
    return table;
  } finally {
    opened.close();
  }
}

/**
 * Runs the query under a cancellable notification that counts the rows DuckDB has read;
 * undefined when cancelled (the query is interrupted, nothing keeps running).
 */
const withQueryProgress: QueryRunner = async (name, run) =>
  vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Computing KPIs for {0}', name),
      cancellable: true,
    },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      try {
        return await run({
          signal: abort.signal,
          onProgress: ({ rows, percent }) => {
            progress.report({
              // Counted in the display language's numbers: 1,234 or 1.234.
              message:
                rows !== undefined
                  ? vscode.l10n.t('about {0} rows read', rows.toLocaleString(vscode.env.language))
                  : `${Math.floor(percent)} %`,
              increment: Math.max(0, percent - reported),
            });
            reported = Math.max(reported, percent);
          },
        });
      } finally {
        cancel.dispose();
      }
    },
  );

/** The report as JSON for callers (tests, other extensions), as Copy would give it. */
function doneWith(table: ResultTable): Outcome {
  return {
    status: 'done',
    edits: 0,
    tables: 1,
    ...(table.report
      ? { breakdown: choiceText(table.report.choice), table: JSON.parse(reportJson(table.report)) as unknown }
      : {}),
  };
}
