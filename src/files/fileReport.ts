/**
 * A report over a whole file: DuckDB sums each input per group straight from the file (one
 * pass, memory by groups), and the core turns the sums into KPIs by its own rules
 * (reportSumsQuery). What DuckDB reads as text — money as `"$1,234.50"`, dates as `dd.mm.yyyy` —
 * is read in the query as the core read the file's first rows. No `vscode` import.
 */
import * as l10n from '@vscode/l10n';
import { readDates, reportSumsQuery, type CoreOptions, type Failure, type Report, type ReportSpec } from '../core';
import { fail } from '../core/errors';
import type { Database, QueryWatch } from './duckdb';
import type { FileSample } from './fileSample';

export async function fileReport(
  db: Database,
  sample: FileSample,
  spec: ReportSpec,
  options: CoreOptions,
  watch: QueryWatch = {},
): Promise<Report | Failure> {
  const base = { ...options, sample: sample.reading, table: sample.source, dialect: 'duckdb' as const };
  const textNumbers = textNumbersOf(sample);
  const first = reportSumsQuery(spec, { ...base, textNumbers });
  if (!first.ok) return first;
  const period = first.dimensions.find((d) => d.kind === 'period');
  const date = period ? dateFormatOf(sample, period.column, options.locale) : undefined;
  if (date && 'ok' in date) return date;
  const query =
    date?.format !== undefined ? reportSumsQuery(spec, { ...base, textNumbers, dateFormat: date.format }) : first;
  if (!query.ok) return query;
  const rows = await db.rows(
    query.sql,
    sample.rowEstimate !== undefined ? { ...watch, rows: sample.rowEstimate } : watch,
  );
  const total = rows.find((r) => Number(r.grouping_level) === 0);
  const notes = [
    l10n.t(
      'Read by DuckDB from the whole file: {0} rows.',
      Number(total?.row_count ?? 0).toLocaleString(options.locale ?? 'en-US'),
    ),
    ...(period && date ? [l10n.t('{0}: dates as {1}.', period.column, date.pattern)] : []),
  ];
  return query.finish(rows, notes);
}

/**
 * Columns DuckDB reads as text in which the core reads numbers, with their decimal separator:
 * the one under which the core's value of a cell is the cell's digits.
 */
function textNumbersOf(sample: FileSample): Record<string, '.' | ','> {
  const out: Record<string, '.' | ','> = {};
  sample.reading.columns.forEach((name, c) => {
    if (sample.types.get(name) !== 'VARCHAR') return;
    const values = sample.reading.data[c]!;
    const cells = sample.cells.get(name) ?? [];
    for (let r = 0; r < cells.length; r++) {
      const value = values[r];
      if (value === undefined || Number.isNaN(value) || !/\d/.test(cells[r]!)) continue;
      const dotted = Math.abs(Number(cells[r]!.replace(/[^0-9.eE+-]/g, '')));
      out[name] = Math.abs(Math.abs(value) - dotted) <= 1e-9 * Math.max(1, dotted) ? '.' : ',';
      return;
    }
  });
  return out;
}

/** How DuckDB reads the date column: as it is when DuckDB typed it a date, else with the core's format. */
function dateFormatOf(
  sample: FileSample,
  column: string,
  locale: string | undefined,
): { readonly format?: string; readonly pattern: string } | Failure {
  const type = sample.types.get(column) ?? '';
  if (type === 'DATE' || type.startsWith('TIMESTAMP')) return { pattern: type.toLowerCase() };
  const cells = sample.cells.get(column) ?? [];
  const reading = readDates(cells, { header: column, ...(locale !== undefined ? { locale } : {}) });
  if (!reading.ok) return fail('invalidSelection', reading.error.message, { input: column });
  if (reading.format === 'iso') return { pattern: reading.pattern };
  const format = STRPTIME[reading.format];
  if (format === undefined)
    return fail(
      'invalidSelection',
      l10n.t(
        '{0} holds dates as {1}, which Compute KPIs for File does not read yet: select the rows and use Evaluate Selection, or write the dates as yyyy-mm-dd',
        column,
        reading.pattern,
      ),
      { input: column },
    );
  return { format: format(reading.pattern), pattern: reading.pattern };
}

/** The core's date formats as DuckDB's strptime patterns: https://duckdb.org/docs/stable/sql/functions/dateformat */
const STRPTIME: Partial<Record<string, (pattern: string) => string>> = {
  yearMonthDay: fromPattern,
  dayMonthYear: fromPattern,
  monthDayYear: fromPattern,
  yyyymmdd: () => '%Y%m%d',
};

function fromPattern(pattern: string): string {
  return pattern.replace('yyyy', '%Y').replace('mm', '%m').replace('dd', '%d');
}
