import type * as vscode from 'vscode';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';

// Placeholder until the editor commands land (being written now).
export function registerEditorCommands(_context: vscode.ExtensionContext, _settings: ConfigStore, _log: Log): void {}
