/**
 * Evaluate Selection and Evaluate Selection and Replace It, for every selection of a multi-cursor:
 * read the selections, evaluate them all (under a cancellable progress notification when
 * large), ask which metric a list of numbers is, then make every edit at once and show tables
 * in the results view. Any failure stops everything before the first edit.
 */
import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import type { ResultsPanel } from '../results/panel';
import { sendTable, type Origin, type ResultTable } from '../results/destination';
import type { ConfigStore } from '../settings/store';
import { evaluateArgsOf, type EvaluateArgs } from './args';
import { applyEdits, belowAnchor, eolOf, notebookCellOf, type CellInsert } from '../edits/apply';
import { evaluateAll, type Evaluated } from './evaluate/evaluateAll';
import { candidatesFor, noCandidateMessage, numbersAppendix } from './evaluate/numbers';
import { commentPrefixOf, recordLines, recordMarkdown } from './evaluate/record';
import { appended, blockBelow, shiftOffset, withEol, type BelowAnchor, type OffsetEdit } from '../edits/offsets';
import { Stages } from './evaluate/stages';
import { isLarge } from './evaluate/work';
import { optionsFor, tableFormatter, withRemap } from './evaluate/remap';
import { CANCELLED, coreFailed, failed, refused, type Outcome } from './outcome';
import { pickCandidate } from './pickCandidate';
import { runWork, type WorkRunner } from './progress';
import { withBreakdown } from './breakdown/withBreakdown';
import { choiceText } from '../results/report/choice';
import type { TableSource } from '../results/model';

export type EvaluateMode = 'append' | 'replace';

export interface EvaluateDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly results: ResultsPanel;
  /** Tests pass a runner that cancels; the command uses the progress notification. */
  readonly runWork?: WorkRunner;
  /** Where the stage timings go; the benchmark passes its own to read them. */
  readonly stages?: Stages;
  /** The workspace's state, where the last breakdown is kept. */
  readonly memory?: vscode.Memento;
}

/** What the selections asked for, before anything is applied. */
interface Plan {
  readonly edits: OffsetEdit[];
  readonly cells: string[];
  readonly tables: {
    readonly title: string;
    readonly model: Extract<Evaluated, { kind: 'table' }>['model'];
    readonly source: TableSource;
    readonly anchor: BelowAnchor;
    readonly text: string;
  }[];
  copied?: string;
}

interface Context {
  readonly deps: EvaluateDeps;
  readonly command: string;
  readonly mode: EvaluateMode;
  readonly args: EvaluateArgs;
  readonly editor: vscode.TextEditor;
  readonly selections: readonly vscode.Selection[];
  readonly stages: Stages;
}

export async function evaluateSelection(deps: EvaluateDeps, mode: EvaluateMode, arg?: unknown): Promise<Outcome> {
  const command = mode === 'append' ? COMMANDS.evaluateSelection : COMMANDS.evaluateAndReplaceSelection;
  const editor = vscode.window.activeTextEditor;
  if (!editor)
    return failed(
      deps.log,
      command,
      vscode.l10n.t(
        'Evaluate Selection needs an editor: open a document and select a formula, name: value lines, numbers or a table.',
      ),
      { code: 'noEditor' },
    );
  const parsed = evaluateArgsOf(arg);
  if (!parsed.ok) return failed(deps.log, command, parsed.message, { code: 'invalidArguments' });
  const selections = editor.selections.filter((s) => !s.isEmpty);
  if (selections.length === 0) {
    return failed(
      deps.log,
      command,
      vscode.l10n.t(
        'Nothing is selected: select a formula such as {0}, name: value lines, a list of numbers or a table, then run Evaluate Selection again.',
        'ctr(clicks=1200, impressions=45000)',
      ),
      { code: 'emptySelection' },
    );
  }
  const context: Context = {
    deps,
    command,
    mode,
    args: parsed.args,
    editor,
    selections,
    stages: deps.stages ?? new Stages(),
  };
  return checkSize(context) ?? run(context);
}

function checkSize({ deps, command, editor, selections }: Context): Outcome | undefined {
  const limit = deps.settings.current.maxSelectionLength;
  const index = selections.findIndex((s) => lengthOf(editor.document, s) > limit);
  if (index < 0) return undefined;
  const length = lengthOf(editor.document, selections[index]!);
  const locale = deps.settings.current.locale;
  const [chars, most] = [length.toLocaleString(locale), limit.toLocaleString(locale)];
  return failed(
    deps.log,
    command,
    selections.length > 1
      ? vscode.l10n.t(
          'Selection {0} of {1} has {2} characters, more than the limit of {3}. Raise the setting marketingMetrics.maxSelectionLength to evaluate it.',
          index + 1,
          selections.length,
          chars,
          most,
        )
      : vscode.l10n.t(
          'The selection has {0} characters, more than the limit of {1}. Raise the setting marketingMetrics.maxSelectionLength to evaluate it.',
          chars,
          most,
        ),
    { code: 'tooLarge', shape: `${length} chars` },
  );
}

async function run(context: Context): Promise<Outcome> {
  const { deps, command, editor, selections, stages } = context;
  const document = editor.document;
  const version = document.version;
  const options = optionsFor(deps.settings, document.uri);
  const texts = selections.map((s) => document.getText(s));
  const shape = shapeOf(texts);
  stages.mark('getText');
  const evaluated = await (deps.runWork ?? runWork)(
    vscode.l10n.t('Marketing Metrics: evaluating the selection'),
    isLarge(texts),
    (work) => evaluateAll(texts, options, work, stages),
  );
  if (!evaluated) return cancelled(deps.log, command, shape);
  if (!evaluated.ok) {
    const prefix = selections.length > 1 ? selectionPrefix(evaluated.index, selections.length) : '';
    return coreFailed(deps.log, command, evaluated.failure.error, prefix, shape, 'invalidSelection');
  }
  const plan = await planOf(context, evaluated.results, texts);
  if ('status' in plan) return plan;
  const cell = notebookCellOf(document);
  const cells: CellInsert | undefined = cell && plan.cells.length > 0 ? { ...cell, markdown: plan.cells } : undefined;
  if ((await applyEdits(editor, version, plan.edits, cells)) === 'changed') return refused(deps.log, command);
  stages.mark('edits');
  const outcome = await finish(context, plan);
  stages.mark('results');
  deps.log.info(
    `${command}: ${plan.edits.length} edit(s), ${plan.cells.length} cell(s), ${plan.tables.length} table(s) (${shape}); ${stages}`,
  );
  return outcome;
}

/** Turns each selection's result into edits, cells and tables; asks about lists of numbers. */
async function planOf(
  context: Context,
  results: readonly Evaluated[],
  texts: readonly string[],
): Promise<Plan | Outcome> {
  const plan: Plan = { edits: [], cells: [], tables: [] };
  for (let i = 0; i < results.length; i++) {
    const stopped = await planOne(context, plan, results[i]!, i, texts[i]!);
    if (stopped) return stopped;
  }
  return plan;
}

async function planOne(
  context: Context,
  plan: Plan,
  result: Evaluated,
  i: number,
  text: string,
): Promise<Outcome | undefined> {
  const { editor, mode } = context;
  const document = editor.document;
  const selection = context.selections[i]!;
  const start = document.offsetAt(selection.start);
  const end = document.offsetAt(selection.end);
  const put = (appendText: string, replaceText: string) =>
    plan.edits.push(mode === 'append' ? { start: end, end, text: appendText } : { start, end, text: replaceText });
  switch (result.kind) {
    case 'value':
      put(appended(result.value.text), result.value.text);
      return undefined;
    case 'record': {
      const lines = recordLines(result.record, result.separator, commentPrefixOf(document.languageId));
      const inCodeCell = notebookCellOf(document) !== undefined && document.languageId !== 'markdown';
      if (mode === 'replace') plan.edits.push({ start, end, text: withEol(lines, eolOf(document)) });
      else if (inCodeCell) plan.cells.push(recordMarkdown(result.record));
      else plan.edits.push(blockBelow(belowAnchor(document, selection), lines, eolOf(document)));
      return undefined;
    }
    case 'numbers': {
      const chosen = await chooseCandidate(context, result.values, i);
      if (!('candidate' in chosen)) return chosen;
      if (chosen.copy) plan.copied = chosen.candidate.result.text;
      else put(numbersAppendix(chosen.candidate), chosen.candidate.result.text);
      return undefined;
    }
    case 'table':
      plan.tables.push({
        title: titleOf(document, selection),
        model: result.model,
        source: result.source,
        anchor: belowAnchor(document, selection),
        text,
      });
      return undefined;
  }
}

async function chooseCandidate(context: Context, values: readonly number[], index: number) {
  const { deps, command, args, selections } = context;
  const options = deps.settings.current.coreOptions;
  const candidates = candidatesFor(values, options);
  const prefix = selections.length > 1 ? selectionPrefix(index, selections.length) : '';
  if (candidates.length === 0)
    return failed(deps.log, command, `${prefix}${noCandidateMessage(values.length, options)}`, {
      code: 'noCandidate',
      shape: `${values.length} numbers`,
    });
  if (args.metric !== undefined) {
    const wanted = options.catalog?.metric(args.metric)?.id ?? args.metric;
    const candidate = candidates.find((c) => c.metric.id === wanted);
    if (!candidate)
      return failed(
        deps.log,
        command,
        prefix + vscode.l10n.t('{0} does not take {1} inputs', args.metric, values.length),
        {
          code: 'unknownMetric',
        },
      );
    if (!candidate.result.ok)
      return coreFailed(
        deps.log,
        command,
        candidate.result.error,
        prefix,
        `${values.length} numbers`,
        'invalidSelection',
      );
    return { candidate: { ...candidate, result: candidate.result }, copy: false };
  }
  const shown = values.map((v) => v.toLocaleString(deps.settings.current.locale)).join(', ');
  const chosen = await pickCandidate(candidates, prefix + vscode.l10n.t('Evaluate {0} as…', shown));
  return chosen ?? CANCELLED;
}

/** After the edits: copy, send tables where the arguments say, or show them in the results view. */
async function finish(context: Context, plan: Plan): Promise<Outcome> {
  const { deps, command, editor, args } = context;
  if (plan.copied !== undefined) {
    await vscode.env.clipboard.writeText(plan.copied);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', plan.copied), 3000);
  }
  const options = optionsFor(deps.settings, editor.document.uri);
  const tables = plan.tables.map((t): ResultTable =>
    withBreakdown(
      withRemap(
        {
          title: t.title,
          model: t.model,
          formatter: tableFormatter(t.model, options),
          origin: originOf(editor.document, t.anchor, plan.edits),
        },
        { text: t.text, uri: editor.document.uri },
        deps,
      ),
      t.source,
      deps,
    ),
  );
  // The breakdown remembered for the workspace, when it applied: said, since it changes what is shown.
  const report = tables.find((t) => t.report)?.report;
  const done: Outcome = {
    status: 'done',
    edits: plan.edits.length + plan.cells.length,
    tables: tables.length,
    ...(plan.copied !== undefined ? { copied: plan.copied } : {}),
    ...(report ? { breakdown: choiceText(report.choice) } : {}),
  };
  if (tables.length === 0) return done;
  if (!args.table) {
    deps.results.show(tables);
    return done;
  }
  for (const table of tables) {
    const sent = await sendTable(table, args.table.format, args.table.to);
    if (!sent.ok) return refused(deps.log, command, sent.message);
  }
  return done;
}

function originOf(document: vscode.TextDocument, anchor: BelowAnchor, edits: readonly OffsetEdit[]): Origin {
  const cell = notebookCellOf(document);
  return {
    uri: document.uri,
    version: document.version,
    offset: shiftOffset(anchor.offset, edits),
    atLineStart: anchor.atLineStart,
    eol: eolOf(document),
    ...(cell ? { cell: { ...cell, inserted: 0 } } : {}),
  };
}

function titleOf(document: vscode.TextDocument, selection: vscode.Selection): string {
  const cell = notebookCellOf(document);
  const name = (cell?.notebook.uri ?? document.uri).path.split('/').pop() || vscode.l10n.t('Untitled');
  const lastLine =
    selection.end.character === 0 && selection.end.line > selection.start.line
      ? selection.end.line - 1
      : selection.end.line;
  const lines =
    lastLine > selection.start.line
      ? vscode.l10n.t('lines {0}–{1}', selection.start.line + 1, lastLine + 1)
      : vscode.l10n.t('line {0}', selection.start.line + 1);
  return cell ? vscode.l10n.t('{0}, cell {1}, {2}', name, cell.index + 1, lines) : `${name}, ${lines}`;
}

/** "Selection 2 of 3: ", before what is said about one selection of several. */
function selectionPrefix(index: number, count: number): string {
  return vscode.l10n.t('Selection {0} of {1}: ', index + 1, count);
}

function cancelled(log: Log, command: string, shape: string): Outcome {
  log.info(`${command}: cancelled (${shape})`);
  return CANCELLED;
}

function lengthOf(document: vscode.TextDocument, selection: vscode.Selection): number {
  return document.offsetAt(selection.end) - document.offsetAt(selection.start);
}

/** Sizes only, for the log: never the selected text. */
function shapeOf(texts: readonly string[]): string {
  const sizes = texts.map((t) => {
    let lines = 1;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) lines++;
    return `${t.length} chars, ${lines} lines`;
  });
  return `${texts.length} selection(s): ${sizes.join('; ')}`;
}
