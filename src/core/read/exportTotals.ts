/**
 * The export's own totals rows ("Total: Account", "Grand total"), kept out of the table's rows
 * so they are neither summed again nor taken for a campaign, and read as the table's cells are:
 * readNumber, with an ambiguous `1,234` settled by its column's evidence, so that the totals can
 * be compared with the sums of the rows.
 */
import { splitLine, type Delimiter } from './csvLines';
import { settleGroup, type Verdict } from './evidence';
import { readNumber, type NumberReading } from './number';
import type { ReportedTotal } from './selectionTypes';
import { isNoValue, type RawCell } from './table';

/** `verdicts`: each column's decimal separator, from columnVerdicts (table.ts). */
export function readTotals(
  lines: readonly string[],
  delimiter: Delimiter,
  columnCount: number,
  verdicts: readonly Verdict[],
  locale: string,
): ReportedTotal[] {
  return lines.map((line) => {
    const cells = splitLine(line, delimiter);
    const label = cells.find((cell) => cell.trim() !== '')?.trim() ?? '';
    const values = Array.from({ length: columnCount }, (_, c) => valueOf(cells[c], verdicts[c], locale));
    return { label, values };
  });
}

/** A JSON API's totals cell (GA4's `"13390"`, Google Ads' summaryRow): a number, text read as above, else null. */
export function totalValue(cell: RawCell, verdict: Verdict, locale: string): number | null {
  if (typeof cell === 'number') return cell;
  return typeof cell === 'string' ? valueOf(cell, verdict, locale) : null;
}

/** The label, ` --` and other text are null: only numbers are totals. */
function valueOf(cell: string | undefined, verdict: Verdict, locale: string): number | null {
  const text = cell?.trim() ?? '';
  if (text === '' || isNoValue(text)) return null;
  const readings: NumberReading[] = [readNumber(text, { locale })];
  // A column whose values use both separators keeps the locale's reading, as its cells do.
  settleGroup([text], readings, verdict, locale, () => undefined);
  const reading = readings[0];
  return reading?.ok === true ? reading.value : null;
}
