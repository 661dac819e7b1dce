/**
 * What one selection is, and what Evaluate Selection does with it:
 *  - a formula (`ctr(clicks=1200, impressions=45000)`, arithmetic) → its value;
 *  - `name: value` lines → every KPI they determine, as lines below;
 *  - a bare list of numbers → the metrics taking that many inputs, for the user to choose;
 *  - rows (JSON, CSV, TSV) or one JSON object → a results table with a TOTAL row.
 * Problems come back as the core's errors, to be shown naming the input.
 */
import {
  evaluateExpression,
  readSelectionColumns,
  type CoreOptions,
  type ExpressionValue,
  type Failure,
} from '../../core';
import type { TableSource } from '../../results/model';
import { computeRecord, separatorOf, type RecordResult } from './record';
import { sourceOfRecord, sourceOfRows } from './table';

export type Analysis =
  | { readonly kind: 'value'; readonly value: ExpressionValue }
  | { readonly kind: 'record'; readonly record: RecordResult; readonly separator: ': ' | ' = ' }
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  | { readonly kind: 'table'; readonly source: TableSource }
  | Failure;

export function analyse(text: string, options: CoreOptions): Analysis {
  // Tables come by column (a Float64Array per column): no object per row, however many rows.
  const reading = readSelectionColumns(text, options.locale !== undefined ? { locale: options.locale } : {});
  if (!reading.ok) return reading;
  switch (reading.kind) {
    case 'text': {
      const value = evaluateExpression(text, options);
      return value.ok ? { kind: 'value', value } : value;
    }
    case 'record': {
      if (reading.format === 'json') return { kind: 'table', source: sourceOfRecord(reading, options) };
      const record = computeRecord(reading, options);
      return 'ok' in record ? record : { kind: 'record', record, separator: separatorOf(text) };
    }
    case 'numbers':
      return { kind: 'numbers', values: reading.values };
    case 'table':
      return { kind: 'table', source: sourceOfRows(reading) };
  }
}
