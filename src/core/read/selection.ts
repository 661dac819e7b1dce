/**
 * What did the user select? Tried in this order, each reader returning undefined when the text
 * is not its format:
 *  1. JSON, when the text starts with '{' or '[' (malformed JSON is then an error, not text);
 *  2. `name: value` / `name = value` lines;
 *  3. CSV or TSV with a header row (or one spreadsheet column under its header), skipping a
 *     platform export's title, `#` comments and totals rows around it;
 *  4. a bare list of numbers;
 *  5. `name<TAB>value` lines (two spreadsheet columns without a header);
 *  6. otherwise text, for the expression parser.
 */
import * as l10n from '@vscode/l10n';
import { fail } from '../errors';
import type { Failure } from '../errors';
import { readDelimited } from './csv';
import { readJson } from './json';
import { readJsonRows } from './jsonRows';
import { rowsOf } from './table';
import { readKeyValue } from './keyValue';
import { readNumberList } from './list';
import { DEFAULT_LOCALE } from './locale';
import type { ColumnarRows, ReadSelectionOptions, SelectionReading, TableReading } from './selectionTypes';

export type {
  Cell,
  CellProblem,
  ColumnarRows,
  Field,
  ReadSelectionOptions,
  ReportedTotal,
  SelectionReading,
  SkippedLine,
  TableReading,
} from './selectionTypes';

/** Only the start is sampled for control characters; a NUL anywhere is checked in full. */
const BINARY_SAMPLE = 65536;

export function readSelection(text: string, options: ReadSelectionOptions = {}): SelectionReading {
  const reading = readSelectionColumns(text, options);
  if (!reading.ok || reading.kind !== 'table') return reading;
  const { data, texts, problems, rowCount, columns, format, skipped, reportedTotals } = reading;
  const rows: SelectionReading = {
    ok: true,
    kind: 'rows',
    format,
    columns,
    rows: rowsOf({ data, texts }, columns.length, rowCount),
    problems,
  };
  // Only when the reader set them, so a plain table's reading is what it always was.
  if (skipped !== undefined) rows.skipped = skipped;
  if (reportedTotals !== undefined) rows.reportedTotals = reportedTotals;
  return rows;
}

/**
 * A table, held by column (a Float64Array of numbers per column, text cells aside): what
 * aggregateTable, analyseTable and report read, without an array per row. Anything else the
 * selection may be (numbers, a record, a formula) is a failure that says so.
 */
export function readTable(text: string, options: ReadSelectionOptions = {}): ColumnarRows | Failure {
  const reading = readSelectionColumns(text, options);
  if (!reading.ok || reading.kind === 'table') return reading;
  const what =
    reading.kind === 'numbers'
      ? l10n.t('a list of numbers')
      : reading.kind === 'record'
        ? l10n.t('one record of name: value fields')
        : l10n.t('no table');
  return fail(
    'invalidSelection',
    l10n.t('The selection is {0}: a table is CSV or TSV with a header row, or a JSON list of objects', what),
    { hint: l10n.t('select the rows of an export with its header') },
  );
}

/**
 * What the selection is, as readSelection says, with a table's rows held by column: Evaluate
 * Selection reads with this, to treat a table as a table and anything else as it is.
 */
export function readSelectionColumns(text: string, options: ReadSelectionOptions = {}): TableReading {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const base = contentStart(text);
  const body = text.slice(base);
  const first = firstVisible(body);
  if (first < 0) return fail('invalidSelection', l10n.t('The selection is empty'));
  const controls = controlsAt(body);
  // A NUL anywhere is the first sign shown, as it is when the start looks like text.
  if (controls >= 0) return notText(base, nulAt(body, controls));
  const opening = body.charCodeAt(first);
  // The rows scanner looks at every character and declines control characters, so a table it
  // reads holds no NUL: the search for one (a tenth of JSON.parse's time on a 80 MB selection,
  // the text being UTF-16) is left to the other readers.
  const rows = opening === 91 ? readJsonRows(body, locale) : undefined;
  if (rows !== undefined) return rows;
  const nul = body.indexOf('\0');
  if (nul >= 0) return notText(base, nul);
  if (opening === 91 || opening === 123) return readJson(body, { source: text, base, locale });
  const firstLine = lineNumberAt(text, base);
  return (
    readKeyValue(body, firstLine, locale, 'colonOrEquals') ??
    readDelimited(body, locale, firstLine) ??
    readNumberList(body, locale) ??
    readKeyValue(body, firstLine, locale, 'tab') ?? { ok: true, kind: 'text' }
  );
}

/**
 * Skips byte order marks (U+FEFF, which editors and Excel exports put at the start) and
 * leading blank lines, but keeps leading tabs of the first line: they may be empty cells.
 */
export function contentStart(text: string): number {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfeff || code === 10) start = i + 1;
    else if (code !== 32 && code !== 9 && code !== 13) break;
  }
  return start;
}

function firstVisible(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0 && code !== 0x202f && code !== 0xfeff) return i;
  }
  return -1;
}

/**
 * Offset of the first control character (or U+FFFD, what undecodable bytes become) when they
 * make up more than 1 in 20 sampled characters, or -1.
 */
function controlsAt(text: string): number {
  const sample = Math.min(text.length, BINARY_SAMPLE);
  let count = 0;
  let firstAt = -1;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code < 0xa0) || code === 0xfffd;
    if (!control) continue;
    if (firstAt < 0) firstAt = i;
    count++;
  }
  return count * 20 > sample ? firstAt : -1;
}

function nulAt(text: string, otherwise: number): number {
  const nul = text.indexOf('\0');
  return nul >= 0 ? nul : otherwise;
}

function notText(base: number, offset: number): Failure {
  return fail('invalidSelection', l10n.t('The selection is not text: it holds NUL bytes or other control characters'), {
    span: { start: base + offset, end: base + offset + 1 },
    hint: l10n.t('select numbers, a table, JSON or a formula'),
  });
}

/** 1-based line number of an offset (only the few characters before the content are counted). */
function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
