/**
 * Responses of ad and analytics APIs whose rows are not simply "the one list of objects":
 *
 *  - Google Ads API SearchStream (REST): a list of batches `{results, fieldMask, requestId,
 *    summaryRow?, queryResourceConsumption?}`; the rows are every batch's `results`, in order.
 *    https://developers.google.com/google-ads/api/reference/rpc/v20/SearchGoogleAdsStreamResponse
 *    Search (not streamed) returns one such object, read as "the one list of rows" (json.ts); in
 *    both, `summaryRow` (when asked for) is the report's own totals.
 *  - GA4 Data API runReport: `{dimensionHeaders, metricHeaders, rows, totals?, maximums?,
 *    minimums?, rowCount, metadata, kind}`; a row holds its values by position,
 *    `rows[i].metricValues[k].value` named by `metricHeaders[k].name`.
 *    https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/RunReportResponse
 *    https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/Row
 *
 * The fields of the rows are then flattened into columns as jsonTable.ts says.
 */
import * as l10n from '@vscode/l10n';
import type { Node } from 'jsonc-parser';
import type { Failure } from '../errors';
import { duplicateIn, failAt, keyOf, kindOf, propertyOf, rawCellOf } from './jsonReader';
import type { Reader } from './jsonReader';
import { cellsOf, readRows, RowsBuilder, skippedAt } from './jsonTable';
import type { JsonFrame, TotalsRow } from './jsonTable';
import type { SkippedLine, TableReading } from './selectionTypes';
import type { RawCell } from './table';
import { quote } from './text';

/** The fields of SearchGoogleAdsStreamResponse: a list of objects holding nothing else is a stream. */
const STREAM_FIELDS = new Set(['results', 'fieldMask', 'summaryRow', 'requestId', 'queryResourceConsumption']);

/** Label of a Google Ads summaryRow among the reported totals. */
const TOTAL = 'Total';

/**
 * A stream's batch with no `results` (a query that matched nothing) has only flat fields, and the
 * one-pass reader (jsonRows.ts) would take it for a row: it asks this of its columns first.
 */
export function isStreamFields(names: readonly string[]): boolean {
  return names.includes('fieldMask') && names.every((name) => STREAM_FIELDS.has(name));
}

/** `[{"results": [...], "fieldMask": "...", "requestId": "..."}, ...]`: checked on the first item that says otherwise. */
export function isGoogleAdsStream(items: readonly Node[]): boolean {
  let marked = false;
  for (const item of items) {
    if (item.type !== 'object') return false;
    for (const property of item.children ?? []) {
      const name = keyOf(property);
      if (!STREAM_FIELDS.has(name)) return false;
      const type = property.children?.[1]?.type;
      if (name === 'results' && type !== 'array') return false;
      if (name === 'fieldMask' && type !== 'string') return false;
      if (name === 'results' || name === 'fieldMask') marked = true;
    }
  }
  return marked;
}

export function readGoogleAdsStream(stream: Node, reader: Reader): TableReading {
  const rows: Node[] = [];
  let summary: Node | undefined;
  for (const batch of stream.children ?? []) {
    const duplicate = duplicateIn(batch.children ?? [], reader);
    if (duplicate !== undefined) return duplicate;
    const results = propertyOf(batch, 'results')?.children ?? [];
    for (let i = 0; i < results.length; i++) {
      const row = results[i]!;
      if (row.type !== 'object')
        return failAt(
          reader,
          row.offset,
          row.length,
          l10n.t('Item {0} of the Google Ads results is {1}, but rows are objects', i + 1, kindOf(row)),
        );
      rows.push(row);
    }
    summary = propertyOf(batch, 'summaryRow') ?? summary;
  }
  if (rows.length === 0)
    return failAt(
      reader,
      stream.offset,
      1,
      l10n.t('The Google Ads response holds no rows (no "results")'),
      l10n.t('run the query again for a range with data'),
    );
  const frame = summaryFrame(summary, reader);
  return 'ok' in frame ? frame : readRows(rows, reader, frame);
}

/** Google Ads' summaryRow, a GoogleAdsRow of totals, read by the same paths as the rows. */
export function summaryFrame(summary: Node | undefined, reader: Reader): JsonFrame | Failure {
  if (summary?.type !== 'object') return {};
  const cells = cellsOf(summary, reader);
  if (!(cells instanceof Map)) return cells;
  return {
    totals: [{ label: TOTAL, cells }],
    skipped: [
      skippedAt(
        reader,
        summary.offset,
        l10n.t('Total row of the Google Ads report (summaryRow): {0}', shownValues(cells.values())),
      ),
    ],
  };
}

/** `{"dimensionHeaders": [...], "metricHeaders": [...], ...}`, with or without its `rows`. */
export function isGa4Report(object: Node): boolean {
  const headers = propertyOf(object, 'dimensionHeaders') ?? propertyOf(object, 'metricHeaders');
  const rows = propertyOf(object, 'rows');
  return headers?.type === 'array' && (rows === undefined || rows.type === 'array');
}

export function readGa4Report(report: Node, reader: Reader): TableReading {
  const dimensions = headerNames(propertyOf(report, 'dimensionHeaders'), 'dimensionHeaders', reader);
  if (!Array.isArray(dimensions)) return dimensions;
  const metrics = headerNames(propertyOf(report, 'metricHeaders'), 'metricHeaders', reader);
  if (!Array.isArray(metrics)) return metrics;
  const rows = propertyOf(report, 'rows')?.children ?? [];
  if (rows.length === 0)
    return failAt(
      reader,
      report.offset,
      1,
      l10n.t('The GA4 report holds no rows'),
      l10n.t('run the report again for a range with data'),
    );
  const builder = new RowsBuilder(rows.length, reader.locale);
  const names = [...dimensions, ...metrics];
  const twice = names.find((name, c) => names.indexOf(name) !== c);
  if (twice !== undefined)
    return failAt(reader, report.offset, 1, l10n.t('The GA4 report names the column {0} twice', quote(twice)));
  // Columns 0, 1, … in header order: a row's cells are set by position.
  for (const name of names) builder.column(name);
  for (let r = 0; r < rows.length; r++) {
    const cells = rowCells(rows[r]!, l10n.t('Row {0}', r + 1), dimensions, metrics, reader);
    if (!Array.isArray(cells)) return cells;
    cells.forEach((cell, c) => builder.set(r, c, cell));
  }
  const totals: TotalsRow[] = [];
  const skipped: SkippedLine[] = [];
  for (const kind of ['totals', 'maximums', 'minimums'] as const) {
    const list = propertyOf(report, kind);
    if (list?.type !== 'array') continue;
    for (const [i, row] of (list.children ?? []).entries()) {
      const cells = rowCells(row, l10n.t('Item {0} of {1}', i + 1, kind), dimensions, metrics, reader);
      if (!Array.isArray(cells)) return cells;
      const label =
        cells
          .slice(0, dimensions.length)
          .find((cell): cell is string => typeof cell === 'string' && cell.trim() !== '') ?? TOTAL;
      const values = shownValues(cells);
      if (kind === 'totals') {
        totals.push({ label, cells: new Map(names.map((name, c) => [name, cells[c]])) });
        skipped.push(skippedAt(reader, row.offset, l10n.t('Total row of the GA4 report: {0}', values)));
      } else {
        skipped.push(skippedAt(reader, row.offset, l10n.t('GA4 {0} row left out: {1}', kind, values)));
      }
    }
  }
  return builder.finish(rows.length, { totals, skipped });
}

/** The `name` of each header, in order. */
function headerNames(headers: Node | undefined, what: string, reader: Reader): string[] | Failure {
  const names: string[] = [];
  if (headers === undefined) return names;
  if (headers.type !== 'array')
    return failAt(
      reader,
      headers.offset,
      headers.length,
      l10n.t('The GA4 {0} is {1}, but should be a list', what, kindOf(headers)),
    );
  for (const [i, header] of (headers.children ?? []).entries()) {
    const name = propertyOf(header, 'name');
    if (name?.type !== 'string')
      return failAt(reader, header.offset, header.length, l10n.t('Item {0} of the GA4 {1} has no name', i + 1, what));
    names.push(String(name.value));
  }
  return names;
}

/** A GA4 Row's cells: its dimension values, then its metric values, each `{"value": "…"}`. */
function rowCells(
  row: Node,
  which: string,
  dimensions: readonly string[],
  metrics: readonly string[],
  reader: Reader,
): RawCell[] | Failure {
  if (row.type !== 'object')
    return failAt(
      reader,
      row.offset,
      row.length,
      l10n.t('{0} of the GA4 report is {1}, but should be an object', which, kindOf(row)),
    );
  const duplicate = duplicateIn(row.children ?? [], reader);
  if (duplicate !== undefined) return duplicate;
  const cells: RawCell[] = [];
  for (const [field, headers] of [
    ['dimensionValues', dimensions],
    ['metricValues', metrics],
  ] as const) {
    const values = propertyOf(row, field);
    const items = values?.type === 'array' ? (values.children ?? []) : [];
    if ((values !== undefined && values.type !== 'array') || items.length !== headers.length) {
      const at = values ?? row;
      const count = values?.type === 'array' ? `${items.length} ${field}` : l10n.t('no list of {0}', field);
      const headerKind = field === 'dimensionValues' ? 'dimensionHeaders' : 'metricHeaders';
      return failAt(
        reader,
        at.offset,
        at.length,
        l10n.t('{0} of the GA4 report has {1} for {2} {3}', which, count, headers.length, headerKind),
      );
    }
    for (const item of items)
      cells.push(item.type === 'object' ? rawCellOf(propertyOf(item, 'value'), reader) : rawCellOf(item, reader));
  }
  return cells;
}

/**
 * A totals row's cells as a line: `RESERVED_TOTAL, 13390, 8570, …` (cut by skippedAt). The text
 * of a totals row starts with "Total", as an export's own Total line does: the results say those
 * apart from the lines around the table.
 */
function shownValues(cells: Iterable<RawCell>): string {
  return [...cells]
    .map((cell) => (cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.raw : String(cell)))
    .join(', ');
}
