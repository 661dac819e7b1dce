import vscode = require('vscode');

/**
 * The "Marketing Metrics" output channel. Errors are logged with what was being done and the
 * core's error code; user data beyond the selection's size and shape is never written here.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  show(): void;
}

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Marketing Metrics', { log: true });
  context.subscriptions.push(channel);
  return {
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message, error) => channel.error(error === undefined ? message : `${message}: ${describe(error)}`),
    show: () => channel.show(true),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
