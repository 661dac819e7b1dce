import vscode = require('vscode');
import { SECTION } from './keys';
import { columnMappings } from './values';

/**
 * Writes one entry of `marketingMetrics.columnMappings` (or removes it, for null) where the
 * team shares it: the workspace folder of the document when there is one, else the user's
 * settings. The other entries at that level are kept.
 */
export async function writeColumnMapping(
  column: string,
  target: string | null,
  scope: vscode.Uri,
): Promise<vscode.ConfigurationTarget> {
  const configuration = vscode.workspace.getConfiguration(SECTION, scope);
  const inspected = configuration.inspect<Record<string, unknown>>('columnMappings');
  const level = levelFor(scope);
  const current =
    level === vscode.ConfigurationTarget.WorkspaceFolder
      ? inspected?.workspaceFolderValue
      : level === vscode.ConfigurationTarget.Workspace
        ? inspected?.workspaceValue
        : inspected?.globalValue;
  const next: Record<string, unknown> = { ...(current ?? {}) };
  if (target === null) delete next[column];
  else next[column] = target;
  await configuration.update('columnMappings', next, level);
  return level;
}

/** A folder of a multi-root workspace carries its own mappings; one folder is the workspace. */
function levelFor(scope: vscode.Uri): vscode.ConfigurationTarget {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0 || vscode.workspace.getWorkspaceFolder(scope) === undefined)
    return folders.length > 0 ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  return folders.length > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
}

/**
 * The columnMappings that apply to a document: the setting is resource-scoped, so a folder of
 * a multi-root workspace can carry its own. Read when a selection is evaluated.
 */
export function columnMappingsFor(scope: vscode.ConfigurationScope | undefined): Readonly<Record<string, string>> {
  return columnMappings(vscode.workspace.getConfiguration(SECTION, scope).get('columnMappings'));
}
