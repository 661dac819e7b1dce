/**
 * What a command did, returned to executeCommand callers (tests, other extensions) so they
 * need not read notifications. The user sees the same as a message.
 */
import vscode = require('vscode');
import type { CoreError } from '../core';
import type { Log } from '../log';

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
  | { readonly status: 'failed'; readonly message: string; readonly code?: string }
  | { readonly status: 'refused'; readonly message: string };

export const CANCELLED: Outcome = { status: 'cancelled' };

/**
 * Shows an error and logs it. The log gets the command, the error code and `shape` (sizes and
 * kinds of the selection), never the user's text: messages quote values, so they stay on screen.
 */
export function failed(
  log: Log,
  command: string,
  message: string,
  details: { code?: string; shape?: string } = {},
): Outcome {
  log.error(`${command}: ${details.code ?? 'failed'}${details.shape ? ` (${details.shape})` : ''}`);
  void vscode.window.showErrorMessage(message);
  return { status: 'failed', message, ...(details.code !== undefined ? { code: details.code } : {}) };
}

export function coreFailed(log: Log, command: string, error: CoreError, prefix: string, shape: string): Outcome {
  const hint = error.hint && !error.message.includes(error.hint) ? ` (${error.hint})` : '';
  const span = error.span ? ` at ${error.span.start}–${error.span.end}` : '';
  return failed(log, command, `${prefix}${error.message}${hint}`, { code: error.code, shape: `${shape}${span}` });
}

export const CHANGED_MESSAGE =
  'The document changed while the selection was evaluated, so it was left as it is. Run the command again.';

/** The document changed while the command worked (or was closed): nothing was edited. */
export function refused(log: Log, command: string, message = CHANGED_MESSAGE): Outcome {
  log.warn(`${command}: refused, the document changed or closed meanwhile`);
  void vscode.window.showWarningMessage(message);
  return { status: 'refused', message };
}
