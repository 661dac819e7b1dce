/**
 * The one way the extension registers a command (a unit test fails on any other
 * `registerCommand`): each command's arguments are checked against what it takes
 * (commandParameters.ts) before it runs, and an exception inside it is logged and shown, so that
 * every command answers executeCommand callers with an Outcome and every failure reaches the
 * user the same way, through `failed()`.
 */
import vscode = require('vscode');
import type { CommandId } from './commandIds';
import { argumentsProblem } from './commandParameters';
import { failed, type Outcome } from './commands/outcome';
import type { EvaluateResult, SolveResult } from './core';
import type { Log } from './log';

// What a command answers with, for the registrations of views (which never import src/commands/).
export { CANCELLED, DONE, failed, type FailureCode, type Outcome } from './commands/outcome';

/**
 * What a command gives executeCommand callers: an Outcome, or for `compute` and `solve` the
 * core's answer (ok with the value, or not with the core's error about the inputs: data, which
 * is not shown), as their callers have read it since they were published.
 */
export type CommandResult = Outcome | EvaluateResult | SolveResult;

export type CommandHandler = (...args: unknown[]) => CommandResult | Promise<CommandResult>;

export type CommandTable = { readonly [Id in CommandId]?: CommandHandler };

/** Registers each command of `table`, guarded, and disposes of it with the extension. */
export function registerCommands(context: vscode.ExtensionContext, log: Log, table: CommandTable): void {
  for (const [id, handler] of Object.entries(table) as [CommandId, CommandHandler][]) {
    context.subscriptions.push(vscode.commands.registerCommand(id, guarded(id, log, handler)));
  }
}

/**
 * `handler` behind the guard. A handler that answers at once still does (compute's answer is
 * not made a promise); an asynchronous one's rejection becomes a failed Outcome like a throw.
 */
export function guarded(id: CommandId, log: Log, handler: CommandHandler): CommandHandler {
  return (...args) => {
    const problem = argumentsProblem(id, args);
    if (problem !== undefined) return failed(log, id, problem, { code: 'invalidArguments' });
    try {
      const result = handler(...args);
      return isThenable(result)
        ? Promise.resolve(result).catch((error: unknown) => unexpected(log, id, error))
        : result;
    } catch (error) {
      return unexpected(log, id, error);
    }
  };
}

function isThenable(value: unknown): value is PromiseLike<CommandResult> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function unexpected(log: Log, id: CommandId, error: unknown): Outcome {
  return failed(log, id, vscode.l10n.t('{0} failed unexpectedly. The log has the details.', id), {
    code: 'unexpected',
    error,
  });
}
