import vscode = require('vscode');
import type { SqlDialect } from '../core';
import { SECTION } from './keys';

/**
 * Keeps the engine picked for SQL where the project's other settings live: the workspace when
 * a folder is open (a project queries one warehouse), else the user's settings.
 */
export async function writeSqlDialect(dialect: SqlDialect): Promise<vscode.ConfigurationTarget> {
  const target =
    (vscode.workspace.workspaceFolders ?? []).length > 0
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update('sqlDialect', dialect, target);
  return target;
}
