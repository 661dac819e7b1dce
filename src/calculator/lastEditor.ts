import vscode = require('vscode');

/**
 * Remembers the last text editor the user worked in. When the calculator has focus there is
 * no active text editor, so "Insert at cursor" needs the one that was active before it.
 */
export class LastEditor implements vscode.Disposable {
  private editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly listener = vscode.window.onDidChangeActiveTextEditor((editor) => {
    // The Output panel's text is an editor too, but not a place to insert a result.
    if (editor && editor.document.uri.scheme !== 'output') this.editor = editor;
  });

  dispose(): void {
    this.listener.dispose();
  }

  /**
   * Inserts `text` at every cursor of the last editor, replacing what is selected, as one
   * undoable edit. Returns a message for the user when there is nowhere to insert.
   */
  async insert(text: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const editor = await this.usable();
    if (!editor)
      return {
        ok: false,
        message: vscode.l10n.t(
          'There is no text editor to insert into: click into a file first, then choose "{0}" again.',
          vscode.l10n.t('Insert at cursor'),
        ),
      };
    const selections = editor.selections;
    const done = await editor
      .edit((edit) => {
        for (const selection of selections) edit.replace(selection, text);
      })
      .then(undefined, () => false);
    if (!done)
      return {
        ok: false,
        message: vscode.l10n.t(
          'Could not insert into {0}: the editor refused the edit (is it read-only?).',
          vscode.workspace.asRelativePath(editor.document.uri),
        ),
      };
    return { ok: true };
  }

  /** The remembered editor, shown again in its column if it was hidden meanwhile. */
  private async usable(): Promise<vscode.TextEditor | undefined> {
    const last = this.editor;
    if (!last || last.document.isClosed) return undefined;
    const visible = vscode.window.visibleTextEditors.find((e) => e === last || e.document === last.document);
    if (visible) return visible;
    try {
      return await vscode.window.showTextDocument(last.document, {
        preserveFocus: true,
        selection: last.selection,
        ...(last.viewColumn !== undefined ? { viewColumn: last.viewColumn } : {}),
      });
    } catch {
      return undefined;
    }
  }
}
