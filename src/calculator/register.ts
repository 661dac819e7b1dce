import type * as vscode from 'vscode';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';

// Placeholder until the calculator webview lands (being written now).
export function registerCalculator(_context: vscode.ExtensionContext, _settings: ConfigStore, _log: Log): void {}
