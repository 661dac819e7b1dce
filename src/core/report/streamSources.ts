/**
 * A file's records as they arrive, in runs read into cells: a CSV or TSV after its header (found
 * as csv.ts finds it: past a platform export's title or comments, with the delimiter the header
 * uses and the line ending papaparse would guess), or JSON Lines. The opening of the file, a
 * megabyte or the whole of a smaller one, decides which, as it decides that guess.
 */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';
import { headerCells, type Delimiter } from '../read/csv';
import { isHeader, lineEndAt, nextLineAt, pickDelimiter } from '../read/csvLines';
import { guessNewline } from '../read/csvScan';
import { frameOf } from '../read/exportFrame';
import { contentStart } from '../read/selection';
import type { DecimalSeparator } from '../read/locale';
import { delimitedCells, JsonColumns, jsonLineCells, type RecordCells } from './streamCells';
import { LineCutter, RecordCutter } from './streamRecords';

export type StreamFormat = 'csv' | 'tsv' | 'jsonl';

/** How much of the file decides its line ending: what papaparse's guess looks at (csvScan.ts). */
export const OPENING_LENGTH = 1024 * 1024;

export interface RecordSource {
  /** The columns, by name as written; JSON Lines adds keys until `fix` is called. */
  readonly columns: readonly string[];
  /** The decimal separator the format suggests (`;` between cells: `,`). */
  readonly hint?: DecimalSeparator;
  push(block: string): void;
  /** Characters of whole records waiting, and of everything held. */
  readonly wholeLength: number;
  readonly heldLength: number;
  /** The whole records waiting (at the end: everything held) in cells; undefined when none wait. */
  read(final: boolean, rowsBefore: number): RecordCells | Failure | undefined;
  /** The readings are settled: keys first seen later are left out. */
  fix(): void;
}

/** The source the opening of the file starts, or why the file is no table. */
export function openSource(opening: string, format: StreamFormat | undefined, locale: string): RecordSource | Failure {
  const body = opening.slice(contentStart(opening));
  const first = body.trimStart().charCodeAt(0);
  if (body.trim() === '') return fail('invalidSelection', l10n.t('The file is empty'));
  if (format === 'jsonl' || (format === undefined && first === 123)) return new JsonLinesSource(body, locale);
  if (format === undefined && first === 91)
    return fail('invalidSelection', l10n.t('The file is a JSON list, which is read whole, not streamed'), {
      hint: l10n.t('write one object per line (JSON Lines), or a CSV'),
    });
  return DelimitedSource.open(body, locale);
}

/**
 * Records held back from the end, at least: exportFrame.ts looks at the last 30 lines for the
 * export's own Total rows and copyright line, which are no rows.
 */
const TAIL_RECORDS = 40;

/**
 * A CSV or TSV framed as readDelimited frames it (exportFrame.ts): a platform export's title or
 * GA4's `#` comments before the header are left out, found in the opening; its Total rows and
 * copyright line at the end, found when the file ends in the runs held back for that. GA4's
 * second block may start anywhere after the first: a file opening with comments is held whole.
 */
class DelimitedSource implements RecordSource {
  private held: { readonly body: string; readonly records: number }[] = [];
  private heldRecords = 0;

  private constructor(
    readonly columns: readonly string[],
    private readonly delimiter: Delimiter,
    /** What stands before the header: exportFrame reads it again to frame the end. */
    private readonly preamble: string,
    /** The header line with its line ending: every run is read behind it. */
    private readonly header: string,
    private readonly cutter: RecordCutter,
    private readonly locale: string,
    private readonly commented: boolean,
  ) {}

  get hint(): DecimalSeparator | undefined {
    // Excel writes ';' between cells exactly where ',' is the decimal separator.
    return this.delimiter === ';' ? ',' : undefined;
  }

  static open(opening: string, locale: string): RecordSource | Failure {
    const start = frameOf(opening, 1, locale)?.start ?? 0;
    const body = opening.slice(start);
    const lineEnd = lineEndAt(body, 0);
    const headerLine = body.slice(0, lineEnd);
    const delimiter = pickDelimiter(headerLine) ?? '\t';
    const names = headerCells(headerLine, delimiter);
    if (!isHeader(names, locale))
      return fail('invalidSelection', l10n.t('The first line is no header: "{0}"', headerLine.slice(0, 80)), {
        hint: l10n.t('a report reads a CSV or TSV whose first line names its columns'),
      });
    const columns = names.map((name, i) => (name.trim() === '' ? `column ${i + 1}` : name.trim()));
    const recordsStart = Math.min(nextLineAt(body, lineEnd), body.length);
    const cutter = new RecordCutter(delimiter, guessNewline(body));
    cutter.push(body.slice(recordsStart));
    const preamble = opening.slice(0, start);
    const commented = /^\s*#/m.test(preamble);
    return new DelimitedSource(columns, delimiter, preamble, body.slice(0, recordsStart), cutter, locale, commented);
  }

  get wholeLength(): number {
    return this.cutter.wholeLength;
  }

  get heldLength(): number {
    return this.cutter.heldLength;
  }

  push(block: string): void {
    this.cutter.push(block);
  }

  /** The oldest run held, once the runs after it hold the tail; at the end, all of them, framed. */
  read(final: boolean, rowsBefore: number): RecordCells | Failure | undefined {
    if (final) return this.readTail(rowsBefore);
    const body = this.cutter.take(this.header);
    if (body !== '') {
      this.held.push({ body, records: this.cutter.taken });
      this.heldRecords += this.cutter.taken;
    }
    const oldest = this.held[0];
    if (!oldest || this.commented || this.heldRecords - oldest.records < TAIL_RECORDS) return undefined;
    this.held.shift();
    this.heldRecords -= oldest.records;
    return delimitedCells(oldest.body, this.delimiter, this.columns, this.locale, rowsBefore);
  }

  fix(): void {}

  private readTail(rowsBefore: number): RecordCells | Failure | undefined {
    const records = [...this.held.map((run) => run.body.slice(this.header.length)), this.cutter.rest()].join('');
    this.held = [];
    this.heldRecords = 0;
    if (records === '') return undefined;
    return delimitedCells(this.header + this.framed(records), this.delimiter, this.columns, this.locale, rowsBefore);
  }

  /** The records without the export's own lines after them, as frameOf finds them behind the same preamble and header. */
  private framed(records: string): string {
    const before = this.preamble.length + this.header.length;
    const frame = frameOf(this.preamble + this.header + records, 1, this.locale);
    if (!frame || frame.start !== this.preamble.length || frame.end < before) return records;
    return records.slice(0, frame.end - before);
  }
}

class JsonLinesSource implements RecordSource {
  private readonly cutter = new LineCutter();
  private readonly names = new JsonColumns();
  private lines = 0;

  constructor(
    body: string,
    private readonly locale: string,
  ) {
    this.cutter.push(body);
  }

  get columns(): readonly string[] {
    return this.names.names;
  }

  get wholeLength(): number {
    return this.cutter.wholeLength;
  }

  get heldLength(): number {
    return this.cutter.heldLength;
  }

  push(block: string): void {
    this.cutter.push(block);
  }

  read(final: boolean): RecordCells | Failure | undefined {
    const text = final ? this.cutter.rest() : this.cutter.take();
    if (text === '') return undefined;
    const read = jsonLineCells(text, this.names, this.locale, this.lines);
    if ('lineCount' in read) this.lines += read.lineCount;
    return read;
  }

  fix(): void {
    this.names.fixed = true;
  }
}
