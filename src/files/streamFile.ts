/**
 * A file the core reads itself, where DuckDB cannot (the web host, a remote file system, a
 * platform without DuckDB's binary): its bytes from `workspace.fs`, decoded and fed to the
 * core's ReportStream a block at a time, so no string of the whole file is ever built and the
 * report holds one accumulator per group, not the rows. VS Code's file system API reads a file
 * whole, so the file's bytes are in memory once.
 */
import vscode = require('vscode');
import { readTable, ReportStream, type Failure } from '../core';
import { fail } from '../core/errors';
import type { FileKind } from './fileKinds';
import { QueryCancelled, type OpenedFile } from './openedFile';

/** A block is decoded and pushed between two looks at Cancel: a few ms of work. */
const BLOCK_BYTES = 1 << 20;

export async function openStreamedFile(
  uri: vscode.Uri,
  kind: FileKind,
  locale: string | undefined,
  sheetCsv?: string,
): Promise<OpenedFile | Failure> {
  const name = uri.path.split('/').pop() ?? uri.path;
  if (kind === 'parquet' || kind === 'json')
    return fail(
      'invalidSelection',
      kind === 'parquet'
        ? vscode.l10n.t(
            '{0} is Parquet, which only DuckDB reads whole, and DuckDB is not available here: export it as CSV or JSON Lines, or open it in VS Code on the desktop',
            name,
          )
        : vscode.l10n.t(
            '{0} is a JSON array, which only DuckDB reads whole, and DuckDB is not available here: export it as CSV or JSON Lines, or open it in VS Code on the desktop',
            name,
          ),
      { input: name },
    );
  const bytes = sheetCsv !== undefined ? new TextEncoder().encode(sheetCsv) : await vscode.workspace.fs.readFile(uri);
  const format = kind === 'tsv' ? 'tsv' : kind === 'jsonl' ? 'jsonl' : 'csv';
  const reading = readTable(headOf(bytes, format), locale !== undefined ? { locale } : {});
  if (!reading.ok) return reading;
  if (!('kind' in reading)) return fail('invalidSelection', vscode.l10n.t('{0} holds no table', name), { input: name });
  return {
    reading,
    report: async (spec, options, control) => {
      const stream = new ReportStream(spec, { ...options, format });
      const decoder = new TextDecoder();
      for (let at = 0; at < bytes.length; at += BLOCK_BYTES) {
        const end = Math.min(bytes.length, at + BLOCK_BYTES);
        stream.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
        control?.onProgress({ percent: (end / bytes.length) * 100, rows: stream.rowCount });
        // Let the notification's Cancel be seen between blocks.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (control?.signal.aborted) throw new QueryCancelled();
      }
      const report = stream.end();
      return report.ok
        ? {
            ...report,
            notes: [
              ...report.notes,
              vscode.l10n.t(
                'The whole file streamed through the core: {0} rows.',
                report.rowCount.toLocaleString(options.locale ?? 'en-US'),
              ),
            ],
          }
        : report;
    },
    close: () => undefined,
  };
}

/** The first megabyte's complete lines, as a table the core reads (JSON Lines as a JSON array). */
function headOf(bytes: Uint8Array, format: 'csv' | 'tsv' | 'jsonl'): string {
  const text = new TextDecoder().decode(bytes.subarray(0, BLOCK_BYTES));
  const complete = bytes.length > BLOCK_BYTES ? text.slice(0, text.lastIndexOf('\n') + 1) : text;
  if (format !== 'jsonl') return complete;
  const lines = complete.split(/\r?\n/).filter((line) => line.trim() !== '');
  return `[${lines.join(',\n')}]`;
}
