/**
 * What a command did, returned to executeCommand callers (tests, other extensions) so they
 * need not read notifications. The user sees the same as a message.
 */
import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import type { CoreError } from '../core';
import type { Log } from '../log';

/**
 * The kind of failure a command met: a closed set, so that callers can branch on it while the
 * message gives the particulars. Where the core said what was wrong, its CoreError.code is the
 * Outcome's `detail` (e.g. code 'invalidSelection', detail 'zeroDenominator').
 */
export type FailureCode =
  /**
   * An executeCommand caller (another extension, a keybinding's `args`, a command link) passed
   * arguments the command does not take. The message names the argument and what it takes.
   */
  | 'invalidArguments'
  /** The command works in a text editor and none is active. */
  | 'noEditor'
  /** Evaluate Selection with nothing selected. */
  | 'emptySelection'
  /** The selection is longer than marketingMetrics.maxSelectionLength. */
  | 'tooLarge'
  /** The selected text could not be read or computed; `detail` is the core's code. */
  | 'invalidSelection'
  /** Inputs given or typed (Quick Calculate, a report's columns, a file's rows) could not be computed; `detail` is the core's code. */
  | 'invalidInput'
  /** No metric takes the selected list of numbers. */
  | 'noCandidate'
  /** A metric named by an argument is not in the catalog, or does not take the inputs given. */
  | 'unknownMetric'
  /** Use Column as… named a column the results view does not show. */
  | 'unknownColumn'
  /** Use Column as… named no quantity or metric. */
  | 'unknownQuantity'
  /** The command works on the table the results view shows, and none (or none that fits) is shown. */
  | 'noResults'
  /** Compare Periods… on a breakdown with no period. */
  | 'noPeriod'
  /** Compute KPIs for File on a kind of file it does not read. */
  | 'unsupportedFile'
  /** The file or the workbook's sheet could not be read; `detail` is the core's code where it gave one. */
  | 'unreadableFile'
  /** An exception inside the command: a bug. The log has its stack. */
  | 'unexpected';

/**
 * Only `failed()` makes a failed Outcome (a handler cannot write one out by hand), so every
 * failure has been logged and shown by the time a command returns it, and a failure passed on
 * from a nested executeCommand is not shown twice.
 */
declare const reported: unique symbol;

export type Failed = {
  readonly status: 'failed';
  readonly message: string;
  readonly code: FailureCode;
  /** The core's error code, or what else narrows `code` down. */
  readonly detail?: string;
  readonly [reported]: true;
};

export type Outcome =
  | {
      readonly status: 'done';
      readonly edits: number;
      readonly tables: number;
      readonly copied?: string;
      readonly table?: unknown;
      readonly breakdown?: string;
    }
  | { readonly status: 'cancelled' }
  | Failed
  | { readonly status: 'refused'; readonly message: string };

export const CANCELLED: Outcome = { status: 'cancelled' };
export const DONE: Outcome = { status: 'done', edits: 0, tables: 0 };

/** What `failed()` is told besides the message. */
export interface FailureDetails {
  readonly code: FailureCode;
  readonly detail?: string;
  /** Sizes and kinds of the selection, for the log. */
  readonly shape?: string;
  /** The exception, for an `unexpected` failure: its stack goes to the log. */
  readonly error?: unknown;
}

/**
 * Every failure of every command goes through here: logged, then shown as an error that starts
 * "Marketing Metrics:" with a Show Log button. The log gets the command, the code, the detail
 * and `shape`, never the user's text: messages quote values, so they stay on screen.
 */
export function failed(log: Log, command: string, message: string, details: FailureDetails): Outcome {
  const { code, detail, shape, error } = details;
  log.error(`${command}: ${code}${detail ? ` (${detail})` : ''}${shape ? ` [${shape}]` : ''}`, error);
  // A message that names the product already (in English, or translated) names it once.
  const prefix = vscode.l10n.t('Marketing Metrics: {0}', '');
  const text = message.replace(/^Marketing Metrics: /, '');
  const shown = text.startsWith(prefix) ? text : `${prefix}${text}`;
  const showLog = vscode.l10n.t('Show Log');
  // Not awaited: the notification stays until the user closes it, and the command has returned.
  void Promise.resolve(vscode.window.showErrorMessage(shown, showLog))
    .then((choice) => (choice === showLog ? vscode.commands.executeCommand(COMMANDS.showLog) : undefined))
    // The window closing meanwhile is nothing to report.
    .catch(() => undefined);
  return { status: 'failed', message, code, ...(detail !== undefined ? { detail } : {}) } as Failed;
}

/**
 * The core's error as a failure of `code`: the kind of thing that could not be computed (the
 * selection, or inputs given otherwise); the core's own code is the detail.
 */
export function coreFailed(
  log: Log,
  command: string,
  error: CoreError,
  prefix: string,
  shape: string,
  code: 'invalidSelection' | 'invalidInput' = 'invalidInput',
): Outcome {
  const hint = error.hint && !error.message.includes(error.hint) ? ` (${error.hint})` : '';
  const span = error.span ? ` at ${error.span.start}–${error.span.end}` : '';
  return failed(log, command, `${prefix}${error.message}${hint}`, {
    code,
    detail: error.code,
    shape: `${shape}${span}`,
  });
}

/** The document changed while the command worked (or was closed): nothing was edited. */
export function refused(
  log: Log,
  command: string,
  message = vscode.l10n.t(
    'The document changed while the selection was evaluated, so it was left as it is. Run the command again.',
  ),
): Outcome {
  log.warn(`${command}: refused, the document changed or closed meanwhile`);
  void vscode.window.showWarningMessage(message);
  return { status: 'refused', message };
}
