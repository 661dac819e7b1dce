/**
 * CSV and TSV with a header row, as exported by ad platforms or copied from a spreadsheet
 * (which puts tabs between cells). The header decides: a first line whose cells are names, not
 * numbers, followed by lines using the same delimiter. The rows are read by csvScan.ts, which
 * reads what papaparse reads (quoted delimiters and line breaks inside quotes included) straight
 * into columns; text whose quotes papaparse calls malformed is given to papaparse, for its error.
 * A platform export's lines around the table (a title, GA4's `#` comments, its own Total rows,
 * a copyright line) are found by exportFrame.ts and reported in `skipped` and `reportedTotals`.
 */
import * as l10n from '@vscode/l10n';
import Papa from 'papaparse';
import { fail } from '../errors';
import type { Failure } from '../errors';
import { ColumnCells, columnVerdicts, finishColumns } from './table';
import type { CellProblem, ColumnarRows, ReportedTotal } from './selectionTypes';
import type { DecimalSeparator } from './locale';
import { scanDelimited, shapeProblem, type Scanned } from './csvScan';
import { isHeader, lineEndAt, pickDelimiter, type Delimiter } from './csvLines';
import { frameOf, type Frame } from './exportFrame';
import { readTotals } from './exportTotals';

export type { Delimiter } from './csvLines';

/**
 * Returns undefined when the text is not a table, so the caller can try other readings.
 * `firstLine` is the 1-based line of the body's first line in the selection, for `skipped`.
 */
export function readDelimited(body: string, locale: string, firstLine = 1): ColumnarRows | Failure | undefined {
  const lineEnd = firstLineEnd(body);
  if (lineEnd < 0 || !hasContentAfter(body, lineEnd)) return undefined;
  // A platform export's title, comments and totals around the table are not rows.
  const frame = frameOf(body, firstLine, locale);
  return frame === undefined ? readRows(body, locale) : readRows(body.slice(frame.start, frame.end), locale, frame);
}

/** The header is the first line of `body`; `frame` says what was left out around it. */
function readRows(body: string, locale: string, frame?: Frame): ColumnarRows | Failure | undefined {
  const lineEnd = firstLineEnd(body);
  if (lineEnd < 0) return undefined;
  const headerLine = body.slice(0, lineEnd);
  const picked = pickDelimiter(headerLine);
  // One spreadsheet column under its header ("clicks\n120\n130") has no delimiter: read it
  // as TSV (for the quoting) and keep it only if its values are mostly numbers.
  const delimiter = picked ?? '\t';
  const header = headerCells(headerLine, delimiter);
  if (!isHeader(header, locale) || (picked === undefined && !/\p{L}/u.test(headerLine))) return undefined;
  const columns = header.map(columnName);
  // Excel writes ';' between cells exactly where ',' is the decimal separator.
  const hint: DecimalSeparator | undefined = delimiter === ';' ? ',' : undefined;
  const context = hint !== undefined ? { locale, hint } : { locale };
  const scanned = scanDelimited(body, delimiter, columns, locale) ?? parseQuoted(body, delimiter, columns, locale);
  if (!('cells' in scanned)) return scanned.failure !== undefined && picked !== undefined ? scanned.failure : undefined;
  const { cells, rowCount, firstRowLength, shapeProblems } = scanned;
  if (rowCount === 0 || (picked !== undefined && firstRowLength < 2)) return undefined;
  const table = finishColumns(columns, cells, rowCount, context);
  if (picked === undefined && numbersIn(table.data[0]) * 2 <= rowCount) return undefined;
  const problems = table.problems;
  // One at a time: spreading 100,000+ problems as call arguments overflows the stack.
  for (const problem of shapeProblems) problems.push(problem);
  problems.sort((a, b) => a.row - b.row);
  const reading: ColumnarRows = {
    ok: true,
    kind: 'table',
    format: delimiter === '\t' ? 'tsv' : 'csv',
    columns,
    rowCount,
    data: table.data,
    texts: table.texts,
    problems,
    ...(table.currencies ? { currencies: table.currencies } : {}),
  };
  if (frame !== undefined)
    setAside(reading, frame, () =>
      readTotals(frame.totals, delimiter, columns.length, columnVerdicts(cells, hint), locale),
    );
  return reading;
}

/** Only what there is: a plain CSV's reading has neither field. */
function setAside(reading: ColumnarRows, frame: Frame, totals: () => ReportedTotal[]): void {
  if (frame.skipped.length > 0) reading.skipped = frame.skipped;
  if (frame.totals.length > 0) reading.reportedTotals = totals();
}

/**
 * papaparse's reading, for text whose quotes it calls malformed (the error says where), and
 * as the reference the scanner is tested against: its rows fill the columns.
 */
export function parseQuoted(
  body: string,
  delimiter: Delimiter,
  columns: readonly string[],
  locale: string,
  /** Rows of the file before `body` (a file read in runs): the error's row counts from its start. */
  rowsBefore = 0,
): Scanned {
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError !== undefined) {
    return {
      failure: fail(
        'invalidSelection',
        l10n.t(
          'The {0} is malformed in row {1}: {2}',
          delimiter === '\t' ? 'TSV' : 'CSV',
          (quoteError.row ?? 0) + 1 + rowsBefore,
          quoteProblem(quoteError),
        ),
        { hint: l10n.t('close the quoted cell with a double quote') },
      ),
    };
  }
  const data = parsed.data.slice(1);
  const firstRowLength = data[0]?.length ?? 0;
  const shapeProblems = fitRows(data, columns);
  const options = { locale };
  const cells = columns.map((_, c) => {
    const column = new ColumnCells(data.length, options);
    for (let r = 0; r < data.length; r++) column.raw(r, data[r]?.[c]);
    return column;
  });
  return { cells, rowCount: data.length, firstRowLength, shapeProblems };
}

/** A header without quotes splits as papaparse would split it; only a quoted one needs papaparse. */
export function headerCells(headerLine: string, delimiter: Delimiter): string[] {
  if (headerLine.indexOf('"') < 0) return headerLine === '' ? [] : headerLine.split(delimiter);
  return Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
}

/** papaparse's words for a quote problem, in the user's language where we know them. */
function quoteProblem(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return l10n.t('quoted field unterminated');
  if (error.code === 'InvalidQuotes') return l10n.t('trailing quote on quoted field is malformed');
  return error.message.toLowerCase();
}

function numbersIn(column: Float64Array | undefined): number {
  let count = 0;
  if (column) for (let r = 0; r < column.length; r++) if (!Number.isNaN(column[r]!)) count++;
  return count;
}

/** Whether anything but whitespace follows: without copying the rest of a 50 MB selection to trim it. */
function hasContentAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    // Beyond ASCII, what trim() removes is what \s matches (no-break spaces, U+FEFF, U+2028…).
    if (code < 128 || !/\s/.test(text[i]!)) return true;
  }
  return false;
}

/** Where the first line ends, or -1 when the text is one line (looking no further: a search for \r would read all of it). */
function firstLineEnd(text: string): number {
  const end = lineEndAt(text, 0);
  return end === text.length ? -1 : end;
}

function columnName(cell: string, index: number): string {
  const name = cell.trim();
  return name === '' ? `column ${index + 1}` : name;
}

/** Pads short rows and trims long ones to the header, reporting each. */
function fitRows(data: string[][], columns: readonly string[]): CellProblem[] {
  const problems: CellProblem[] = [];
  data.forEach((row, r) => {
    if (row.length === columns.length) return;
    problems.push(shapeProblem(r, row.length, columns, row.slice(columns.length).join(', ')));
    row.length = columns.length;
  });
  return problems;
}
