/**
 * Every edit a command makes goes through here: all of a command's changes in one edit (one
 * undo step, all cursors or none), and only if the document is still the version the results
 * were computed from. VS Code checks the version again when it applies the edit.
 */
import vscode = require('vscode');
import type { BelowAnchor, OffsetEdit } from './offsets';

export type EditResult = 'applied' | 'changed';

/** A new Markdown cell to add below the notebook cell the selection is in. */
export interface CellInsert {
  readonly notebook: vscode.NotebookDocument;
  readonly index: number;
  readonly markdown: readonly string[];
}

export async function applyEdits(
  editor: vscode.TextEditor,
  version: number,
  edits: readonly OffsetEdit[],
  cells?: CellInsert,
): Promise<EditResult> {
  const document = editor.document;
  if (document.isClosed || document.version !== version) return 'changed';
  if (edits.length === 0 && !cells) return 'applied';
  try {
    // In notebook cells editor.edit can report success without applying (seen in VS Code 1.100
    // when a cell has two editors): a WorkspaceEdit addresses the cell's document itself.
    if (cells || document.uri.scheme === 'vscode-notebook-cell')
      return await applyWorkspaceEdit(document, edits, cells);
    const ranges = edits.map((edit) => ({ range: rangeOf(document, edit), text: edit.text }));
    const ok = await editor.edit(
      (builder) => {
        for (const { range, text } of ranges) builder.replace(range, text);
      },
      { undoStopBefore: true, undoStopAfter: true },
    );
    return ok ? 'applied' : 'changed';
  } catch {
    // A closed editor or a version VS Code no longer has: nothing was applied.
    return 'changed';
  }
}

/** Text edits and new cells below the current one, as one WorkspaceEdit. */
async function applyWorkspaceEdit(
  document: vscode.TextDocument,
  edits: readonly OffsetEdit[],
  cells: CellInsert | undefined,
): Promise<EditResult> {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e), e.text);
  if (cells) {
    const data = cells.markdown.map(
      (text) => new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, text, 'markdown'),
    );
    edit.set(cells.notebook.uri, [vscode.NotebookEdit.insertCells(cells.index + 1, data)]);
  }
  return (await vscode.workspace.applyEdit(edit)) ? 'applied' : 'changed';
}

function rangeOf(document: vscode.TextDocument, edit: OffsetEdit): vscode.Range {
  return new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
}

/** Below a selection: after its last line, or before the next line when it ends with a line break. */
export function belowAnchor(document: vscode.TextDocument, selection: vscode.Selection): BelowAnchor {
  const end = selection.end;
  if (end.character === 0 && end.line > selection.start.line)
    return { offset: document.offsetAt(end), atLineStart: true };
  return { offset: document.offsetAt(document.lineAt(end.line).range.end), atLineStart: false };
}

export function eolOf(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** The notebook cell a document is, with its index, when it is one. */
export function notebookCellOf(
  document: vscode.TextDocument,
): { notebook: vscode.NotebookDocument; index: number } | undefined {
  if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
  const uri = document.uri.toString();
  for (const notebook of vscode.workspace.notebookDocuments) {
    const cell = notebook.getCells().find((c) => c.document.uri.toString() === uri);
    if (cell) return { notebook, index: cell.index };
  }
  return undefined;
}
