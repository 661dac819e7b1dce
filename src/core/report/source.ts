/**
 * What `report` reads: the selection's text (a CSV/TSV or JSON table, read as Evaluate Selection
 * reads it), records (`JSON.parse` output, an API caller's rows) or columns already read.
 */
import { fail, type Failure } from '../errors';
import type { ColumnsInput } from '../columns/readColumns';
import type { Inputs } from '../inputs';
import type { CoreOptions } from '../options';
import { readNumber } from '../read/number';
import { readTable } from '../read/selection';
import { notARecord } from '../wording';

export type ReportInput = string | readonly Inputs[] | ColumnsInput;

export function columnsOf(input: ReportInput, options: CoreOptions): ColumnsInput | Failure {
  if (typeof input === 'string')
    return readTable(input, options.locale !== undefined ? { locale: options.locale } : {});
  if (Array.isArray(input)) return columnsOfRecords(input as readonly Inputs[], options.locale);
  return input as ColumnsInput;
}

/**
 * Records into columns: numbers (and text that reads as one) by column, other text aside, as a
 * table reader gives them. Columns are the keys in order of first appearance.
 */
export function columnsOfRecords(rows: readonly Inputs[], locale?: string): ColumnsInput | Failure {
  const index = new Map<string, number>();
  const data: Float64Array[] = [];
  const texts: Map<number, string>[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return fail('invalidSelection', notARecord(r, row));
    }
    for (const [key, value] of Object.entries(row)) {
      let c = index.get(key);
      if (c === undefined) {
        c = index.size;
        index.set(key, c);
        data.push(new Float64Array(rows.length).fill(NaN));
        texts.push(new Map());
      }
      if (typeof value === 'number') data[c]![r] = value;
      else if (typeof value === 'string' && value.trim() !== '') {
        const reading = readNumber(value, locale !== undefined ? { locale } : {});
        if (reading.ok) data[c]![r] = reading.value;
        else texts[c]!.set(r, value.trim());
      }
    }
  }
  return {
    columns: [...index.keys()],
    rowCount: rows.length,
    data,
    texts: texts.map((t) => (t.size > 0 ? t : undefined)),
  };
}
