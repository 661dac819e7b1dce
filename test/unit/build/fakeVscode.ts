/**
 * Just enough of the `vscode` module for activate() to run in plain Node: commands are
 * recorded so that a test can run them, events never fire, settings all read as their defaults.
 */
type Handler = (...args: unknown[]) => unknown;

export const registeredCommands = new Map<string, Handler>();

const disposable = { dispose: (): void => undefined };
const noEvent = (): typeof disposable => disposable;
const nothing = async (): Promise<undefined> => undefined;

export class EventEmitter {
  readonly event = noEvent;
  fire(): void {}
  dispose(): void {}
}

export const commands = {
  registerCommand(id: string, handler: Handler) {
    registeredCommands.set(id, handler);
    return disposable;
  },
  executeCommand: nothing,
};

export const window = {
  activeTextEditor: undefined,
  visibleTextEditors: [],
  createOutputChannel: () => ({ info() {}, warn() {}, error() {}, show() {}, dispose() {} }),
  createTreeView: () => ({ ...disposable, reveal: nothing, onDidChangeSelection: noEvent }),
  registerWebviewPanelSerializer: () => disposable,
  onDidChangeActiveTextEditor: noEvent,
  showWarningMessage: nothing,
  showErrorMessage: nothing,
};

export const workspace = {
  textDocuments: [],
  getConfiguration: () => ({ get: (): undefined => undefined }),
  onDidChangeConfiguration: noEvent,
  registerTextDocumentContentProvider: () => disposable,
};

export const languages = { registerHoverProvider: () => disposable, registerCodeLensProvider: () => disposable };

export const env = { language: 'en' };

/** English, as VS Code answers without a language pack: no bundle, the message with its arguments put in. */
export const l10n = {
  bundle: undefined,
  t: (message: string, ...args: unknown[]): string =>
    message.replace(/\{(\d+)\}/g, (match, index: string) => String(args[Number(index)] ?? match)),
};
