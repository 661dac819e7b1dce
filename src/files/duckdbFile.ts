/**
 * A file opened with DuckDB: its head read by the core (fileSample.ts), every report a query
 * over the whole file (fileReport.ts). A workbook's sheet, already CSV text, is written to a
 * temporary file for DuckDB to read, and removed on close.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Failure } from '../core';
import { Database, type DuckDb } from './duckdb';
import type { FileKind } from './fileKinds';
import { fileReport } from './fileReport';
import { sampleOf } from './fileSample';
import type { OpenedFile } from './openedFile';

export async function openDuckDbFile(
  duckdb: DuckDb,
  file: string,
  kind: FileKind,
  locale: string | undefined,
  sheetCsv?: string,
): Promise<OpenedFile | Failure> {
  const folder = sheetCsv !== undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-sheet-')) : undefined;
  const read = folder !== undefined ? path.join(folder, `${path.basename(file)}.csv`) : file;
  if (folder !== undefined) fs.writeFileSync(read, sheetCsv!);
  const db = await Database.open(duckdb);
  const close = () => {
    db.close();
    if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
  };
  const sample = await sampleOf(db, read, kind === 'xlsx' ? 'csv' : kind, locale).catch((error: unknown) => {
    close();
    throw error;
  });
  if ('ok' in sample) {
    close();
    return sample;
  }
  return {
    reading: sample.reading,
    report: (spec, options, control) => fileReport(db, sample, spec, options, control),
    close,
  };
}
