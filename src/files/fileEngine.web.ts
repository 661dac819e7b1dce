/**
 * The web host's file engine: no DuckDB and no disk, so the core streams the file through
 * `workspace.fs` in blocks (fileEngine.ts is the Node host's; esbuild.js picks this one).
 */
import type * as vscode from 'vscode';
import type { Failure } from '../core';
import type { FileKind } from './fileKinds';
import type { OpenedFile } from './openedFile';
import { openStreamedFile } from './streamFile';

export function openFile(
  uri: vscode.Uri,
  kind: FileKind,
  locale: string | undefined,
  sheetCsv?: string,
): Promise<OpenedFile | Failure> {
  return openStreamedFile(uri, kind, locale, sheetCsv);
}
