import vscode = require('vscode');
import { registerCommands } from '../commandGuard';
import { COMMANDS } from '../commandIds';
import type { Log } from '../log';
import { openSampleExport } from './openSampleExport';

/** The first five minutes: Try a Sample Export, the walkthrough's and the Get Started view's button. */
export function registerWelcome(context: vscode.ExtensionContext, log: Log): void {
  registerCommands(context, log, {
    [COMMANDS.openSampleExport]: () => openSampleExport(context.extensionUri),
  });
}
