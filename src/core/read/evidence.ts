/**
 * Ambiguous numbers (`1,234`) are settled by the other values of the same group (a column, a
 * record, a list) before the locale: a column holding `1.234,5` shows that its `2.000` is two
 * thousand even when the locale is en-US. A group whose values prove both conventions is
 * "mixed": each unambiguous value is read by its own evidence, and the ambiguous ones keep the
 * locale's reading but are reported, since no rule can tell what was meant.
 */
import * as l10n from '@vscode/l10n';
import { readNumber } from './number';
import type { NumberReading } from './number';
import { decimalSeparatorOf } from './locale';
import type { DecimalSeparator } from './locale';
import { quote } from './text';

export interface Tally {
  point: number;
  comma: number;
}

export type Verdict = DecimalSeparator | 'mixed' | undefined;

export function tallyOf(readings: readonly (NumberReading | undefined)[], into: Tally = { point: 0, comma: 0 }): Tally {
  for (const reading of readings) {
    if (reading?.ok !== true) continue;
    if (reading.decimal === '.') into.point++;
    else if (reading.decimal === ',') into.comma++;
  }
  return into;
}

export function verdictOf(tally: Tally, fallback: DecimalSeparator | undefined): Verdict {
  if (tally.point > 0 && tally.comma > 0) return 'mixed';
  if (tally.point > 0) return '.';
  if (tally.comma > 0) return ',';
  return fallback;
}

/**
 * Re-reads, in place, the ambiguous readings whose group evidence disagrees with the locale.
 * In a mixed group, reports each ambiguous reading through onMixed instead.
 */
export function settleGroup(
  texts: readonly (string | undefined)[],
  readings: (NumberReading | undefined)[],
  verdict: Verdict,
  locale: string,
  onMixed: (index: number, message: string) => void,
): void {
  if (verdict === undefined || (verdict !== 'mixed' && verdict === decimalSeparatorOf(locale))) return;
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i];
    const text = texts[i];
    if (reading?.ok !== true || reading.ambiguous !== true || text === undefined) continue;
    if (verdict === 'mixed') {
      onMixed(
        i,
        l10n.t(
          "{0} is ambiguous because these values use both '.' and ',' as decimal separators; {1}",
          quote(text.trim()),
          reading.note ?? '',
        ),
      );
    } else {
      readings[i] = readNumber(text, { locale, decimal: verdict });
    }
  }
}
