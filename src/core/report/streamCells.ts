/**
 * A run of whole records into columns of cells, as the core's table readers give them
 * (ColumnCells: numbers, interned texts, ambiguous numbers and "no value" marks aside): CSV and
 * TSV by the core's own scanner, behind the file's header record, and JSON Lines by JSON.parse
 * into the cells the JSON rows reader fills.
 */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';
import { parseQuoted, type Delimiter } from '../read/csv';
import { scanDelimited } from '../read/csvScan';
import { ColumnCells } from '../read/table';
import { quote, tooLarge, trueFalse } from '../read/text';

export interface RecordCells {
  /** One per column of the header, rows counted from 0 in this run. */
  readonly cells: readonly ColumnCells[];
  readonly rowCount: number;
}

/**
 * Records of a CSV or TSV read by csvScan behind the header record (`body` starts with it, its
 * line ending included): the scanner then reads them as it reads the whole file. Malformed
 * quotes go to papaparse, as csv.ts sends them, for its reading or its error, numbered in the
 * file's rows.
 */
export function delimitedCells(
  body: string,
  delimiter: Delimiter,
  columns: readonly string[],
  locale: string,
  rowsBefore: number,
): RecordCells | Failure {
  // papaparse counts rows from the start of the text it was given: here, this run's.
  const scanned =
    scanDelimited(body, delimiter, columns, locale) ?? parseQuoted(body, delimiter, columns, locale, rowsBefore);
  if ('cells' in scanned) return { cells: scanned.cells, rowCount: scanned.rowCount };
  return scanned.failure ?? fail('invalidSelection', l10n.t('The file is no table'));
}

/** Column names by first appearance; fixed once the readings are settled, then other keys are left out. */
export class JsonColumns {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  fixed = false;

  columnOf(key: string): number {
    const known = this.index.get(key);
    if (known !== undefined || this.fixed) return known ?? -1;
    this.index.set(key, this.names.length);
    return this.names.push(key) - 1;
  }
}

/** Lines of JSON Lines, each an object of fields: a cell per field, as the JSON rows reader reads a value. */
export function jsonLineCells(
  lines: string,
  columns: JsonColumns,
  locale: string,
  linesBefore: number,
): (RecordCells & { readonly lineCount: number }) | Failure {
  const options = { locale };
  const cells: ColumnCells[] = columns.names.map(() => new ColumnCells(1024, options));
  const texts = lines.split('\n');
  let row = 0;
  for (let l = 0; l < texts.length; l++) {
    const text = texts[l]!.trim();
    if (text === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      return fail(
        'invalidSelection',
        l10n.t('Line {0} is not JSON: {1}', linesBefore + l + 1, (error as Error).message),
        {
          hint: l10n.t('JSON Lines holds one object per line'),
        },
      );
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record))
      return fail(
        'invalidSelection',
        l10n.t('Line {0} is not an object of fields such as { "clicks": 120 }', linesBefore + l + 1),
      );
    for (const [key, value] of Object.entries(record)) {
      const c = columns.columnOf(key);
      if (c < 0) continue;
      while (cells.length <= c) cells.push(new ColumnCells(1024, options));
      putValue(cells[c]!, row, value);
    }
    row++;
  }
  return { cells, rowCount: row, lineCount: texts.length - 1 };
}

/** What readJsonRows does with each kind of value; nested values stay text, as no number. */
function putValue(column: ColumnCells, row: number, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) column.number(row, value);
    else column.invalidCell(row, { raw: String(value), message: tooLarge(String(value)) });
  } else if (typeof value === 'string') column.text(row, value);
  else if (typeof value === 'boolean')
    column.invalidCell(row, { raw: String(value), message: trueFalse(String(value)) });
  else {
    const raw = JSON.stringify(value);
    column.invalidCell(row, { raw, message: l10n.t('{0} is a nested value, not a number', quote(raw)) });
  }
}
