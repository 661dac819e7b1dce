import { readNumber, type Catalog, type Unit } from '../core';
import type { FieldMessage } from './protocol';

/** A field read: its value, or nothing typed yet, or a problem that names it. */
export type FieldReading =
  | { readonly kind: 'value'; readonly value: number; readonly note?: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'problem'; readonly message: string };

/**
 * Reads a calculator field with the core's number reader and the resolved locale. A
 * percentage field takes the percentage itself ("3" and "3%" are both 3 %), as its label
 * says; a ratio field also takes the "x" the results are shown with ("4x").
 */
export function readField(text: string, unit: Unit, label: string, locale: string): FieldReading {
  let trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (unit === 'ratio') trimmed = trimmed.replace(/\s*[x×]$/i, '');
  const read = readNumber(trimmed, { locale });
  if (!read.ok) return { kind: 'problem', message: `${label}: ${read.error.message}` };
  const value = unit === 'percent' && !read.percent ? read.value / 100 : read.value;
  return { kind: 'value', value, ...(read.note ? { note: `${label}: ${read.note}` } : {}) };
}

/**
 * A stored number as a user would type it into a field of that unit, in the locale, without
 * grouping (so it reads back unambiguously): 0.03 in a % field → "3", 1234.5 in de-DE → "1234,5".
 */
export function fieldText(value: number, unit: Unit, locale: string): string {
  const shown = unit === 'percent' ? value * 100 : value;
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(shown);
}

export interface ReadFields {
  /** The values of the fields that were typed, by field id. */
  readonly known: Record<string, number>;
  /** Fields still empty. */
  readonly missing: string[];
  readonly problems: FieldMessage[];
  readonly notes: FieldMessage[];
}

/** Reads every field of `fields` from the texts typed, each with its unit and label. */
export function readFields(
  fields: readonly string[],
  values: Readonly<Record<string, string>>,
  catalog: Catalog,
  locale: string,
): ReadFields {
  const read: ReadFields = { known: {}, missing: [], problems: [], notes: [] };
  for (const field of fields) {
    const reading = readField(textOf(values, field), catalog.unitOf(field) ?? 'number', catalog.nameOf(field), locale);
    if (reading.kind === 'empty') read.missing.push(field);
    else if (reading.kind === 'problem') read.problems.push({ field, message: reading.message });
    else {
      read.known[field] = reading.value;
      if (reading.note) read.notes.push({ field, message: reading.note });
    }
  }
  return read;
}

/** Own properties only: a field id such as `constructor` must not read Object.prototype. */
function textOf(values: Readonly<Record<string, string>>, field: string): string {
  return Object.hasOwn(values, field) ? (values[field] ?? '') : '';
}
