import vscode = require('vscode');
import { COMMANDS } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import { fileKindOf } from './fileKinds';

/**
 * "Compute KPIs for <file>" above each data file a Python cell or script reads
 * (`pd.read_csv("exports/meta.csv")`, a DuckDB query's `FROM 'x.parquet'`): the file is the
 * one the kernel would open, so a relative path is resolved from the notebook's folder, the
 * Jupyter extension's default working directory (`jupyter.notebookFileRoot`: `${fileDirname}`).
 * A lens appears only for a file that exists and that Compute KPIs for File reads.
 */
export function registerFileLenses(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider({ language: 'python' }, { provideCodeLenses: lensesOf }),
  );
}

async function lensesOf(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  const text = document.getText();
  // Most cells read no file: the reader's names decide before the core is loaded.
  if (!/read_|scan_|from_|FROM|JOIN/i.test(text)) return [];
  const folder = folderOf(document);
  const lenses: vscode.CodeLens[] = [];
  for (const read of loadFeatures().filesRead(text)) {
    if (!fileKindOf(read.path)) continue;
    const uri = resolved(read.path, folder);
    if (!uri || !(await exists(uri))) continue;
    const range = new vscode.Range(document.positionAt(read.start), document.positionAt(read.end));
    const name = uri.path.split('/').pop()!;
    lenses.push(
      new vscode.CodeLens(range, {
        title: `$(table) ${vscode.l10n.t('Compute KPIs for {0}', name)}`,
        tooltip: vscode.l10n.t(
          'Compute KPIs for File: the report of every row of {0}',
          uri.scheme === 'file' ? uri.fsPath : uri.toString(),
        ),
        command: COMMANDS.computeFileKpis,
        arguments: [uri],
      }),
    );
  }
  return lenses;
}

/** The folder a relative path starts from: the notebook's or script's, else the workspace's. */
function folderOf(document: vscode.TextDocument): vscode.Uri | undefined {
  const notebook = vscode.workspace.notebookDocuments.find((n) =>
    n.getCells().some((cell) => cell.document === document),
  );
  const uri = notebook?.uri ?? document.uri;
  if (uri.scheme !== 'untitled' && uri.scheme !== 'vscode-notebook-cell') return vscode.Uri.joinPath(uri, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

function resolved(path: string, folder: vscode.Uri | undefined): vscode.Uri | undefined {
  if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return vscode.Uri.file(path);
  return folder && vscode.Uri.joinPath(folder, ...path.split(/[\\/]/));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory;
  } catch {
    return false;
  }
}
