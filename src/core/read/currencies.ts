/**
 * The currencies the values themselves name (`1.234,50 €`, `$120`, `EUR 40`): results keep the
 * currency of their inputs rather than the currency setting's, which is only the fallback.
 */
import { readNumber } from './number';

/** Distinct ISO codes named by the texts, in order of first appearance. */
export function writtenCurrencies(texts: Iterable<string>, locale?: string): string[] {
  const found: string[] = [];
  const options = locale !== undefined ? { locale } : {};
  for (const text of texts) {
    const reading = readNumber(text, options);
    if (reading.ok && reading.currency !== undefined && !found.includes(reading.currency)) found.push(reading.currency);
  }
  return found;
}
