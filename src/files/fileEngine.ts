/**
 * Who reads a whole file. In the Node host: DuckDB, from the disk (duckdbFile.ts); where it
 * cannot — no binary for this platform, a file on a remote file system — the core, streaming
 * the file through `workspace.fs` in blocks (streamFile.ts). The web host's build swaps this
 * module for fileEngine.web.ts, which has only the latter (esbuild.js).
 */
import type * as vscode from 'vscode';
import type { Failure } from '../core';
import { openDuckDbFile } from './duckdbFile';
import { loadDuckDb } from './duckdb';
import type { FileKind } from './fileKinds';
import type { OpenedFile } from './openedFile';
import { openStreamedFile } from './streamFile';

export async function openFile(
  uri: vscode.Uri,
  kind: FileKind,
  locale: string | undefined,
  sheetCsv?: string,
): Promise<OpenedFile | Failure> {
  const duckdb = uri.scheme === 'file' ? loadDuckDb() : undefined;
  if (duckdb) return openDuckDbFile(duckdb, uri.fsPath, kind, locale, sheetCsv);
  return openStreamedFile(uri, kind, locale, sheetCsv);
}
