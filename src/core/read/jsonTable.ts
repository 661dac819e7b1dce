/**
 * JSON rows (objects, as jsonc-parser nodes) into columns. A row whose values are numbers,
 * strings, true/false or null gives one column per key, as it always did. Ad and analytics APIs
 * nest their rows, and those are flattened into columns named by the API's field paths:
 *
 *  - An object in a row becomes one column per field, named by its dotted path:
 *    `{"metrics": {"costMicros": "42600000"}}` → `metrics.costMicros` (Google Ads API), at any
 *    depth up to MAX_PATH_PARTS parts; an empty object gives no column.
 *  - A list of objects that each have a string key field and a `value` becomes one column per
 *    key and field: `"actions": [{"action_type": "purchase", "value": "57"}]` →
 *    `actions[action_type=purchase].value` (Meta Marketing API). The key field is `action_type`
 *    when the first object has one; otherwise the one field beside `value` of a first object
 *    holding only the two (`[{"name": …, "value": …}]`). Every object must have the key field as
 *    text, a `value`, and only numbers, text, true/false or null; no two share a key.
 *  - Any other list, and an object deeper than the limit, is one cell as before: a problem
 *    ("a list is not a number") once its column is read as numbers.
 *
 * A row lacking a field (proto3 JSON leaves out zeros; Meta leaves out actions that did not
 * happen) has an empty cell there, not 0. A path given twice in one row (`"a.b"` beside
 * `"a": {"b": …}`) is an error, as a key given twice is.
 */
import * as l10n from '@vscode/l10n';
import type { Node } from 'jsonc-parser';
import type { Failure } from '../errors';
import { totalValue } from './exportTotals';
import { duplicateIn, failAt, keyOf, lineOf, propertyOf, rawCellOf } from './jsonReader';
import type { Reader } from './jsonReader';
import type { ColumnarRows, ReportedTotal, SkippedLine } from './selectionTypes';
import { ColumnCells, columnVerdicts, finishColumns } from './table';
import type { RawCell } from './table';
import { quote } from './text';

/** Google Ads' deepest fields (`segments.keyword.info.matchType`) have four parts; six leave room. */
export const MAX_PATH_PARTS = 6;

/** The key field of Meta's action lists (actions, action_values, purchase_roas, cost_per_action_type…). */
const ACTION_KEY = 'action_type';
const VALUE_KEY = 'value';

/** Longest text of a SkippedLine, as exportFrame.ts cuts lines. */
const SHOWN = 120;

/**
 * A column's path, one part at a time: a row's cells are found by the keys as the parser gives
 * them, without writing `metrics.costMicros` out for every cell of every row. Two paths may be
 * written alike (`"a.b"` and `"a": {"b": …}`): they name one column.
 */
export class PathNode {
  private children: Map<string, PathNode> | undefined;
  /** Kept apart from the children: a key may be written `[action_type=purchase]` too. */
  private entries: Map<string, PathNode> | undefined;
  /** Its column in the table being built, once it has one. */
  column = -1;

  /** `name` undefined: the row itself, whose children are named by their keys alone. */
  private constructor(private readonly path: string | undefined) {}

  static root(): PathNode {
    return new PathNode(undefined);
  }

  get name(): string {
    return this.path ?? '';
  }

  /** `name.key`, or `key` at the top. */
  child(key: string): PathNode {
    const children = (this.children ??= new Map());
    let node = children.get(key);
    if (node === undefined) {
      node = new PathNode(this.path === undefined ? key : `${this.path}.${key}`);
      children.set(key, node);
    }
    return node;
  }

  /** `name[field=label]`, the object of a keyed list whose key field holds `label`. */
  entry(field: string, label: string): PathNode {
    const part = `[${field}=${label}]`;
    const entries = (this.entries ??= new Map());
    let node = entries.get(part);
    if (node === undefined) {
      node = new PathNode(`${this.name}${part}`);
      entries.set(part, node);
    }
    return node;
  }
}

/** Receives one cell of the row being read; `key` is where it was written, for an error. */
export type PutCell = (path: PathNode, cell: RawCell, key: Node | undefined) => Failure | undefined;

/** A totals row the API gave beside its rows, by column name, before it is read. */
export interface TotalsRow {
  readonly label: string;
  readonly cells: ReadonlyMap<string, RawCell>;
}

/** What an API reader found beside the rows. */
export interface JsonFrame {
  readonly totals?: readonly TotalsRow[];
  readonly skipped?: readonly SkippedLine[];
}

/** Columns by name, filled row by row. */
export class RowsBuilder {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly cells: ColumnCells[] = [];
  /** The row that last set each column: a path given twice in one row is caught here. */
  private readonly setIn: number[] = [];
  private readonly options: { locale: string };

  constructor(
    private readonly capacity: number,
    locale: string,
  ) {
    this.options = { locale };
  }

  column(name: string): number {
    let column = this.index.get(name);
    if (column === undefined) {
      column = this.names.push(name) - 1;
      this.index.set(name, column);
      this.cells.push(new ColumnCells(this.capacity, this.options));
      this.setIn.push(-1);
    }
    return column;
  }

  /** False when row `r` has set this column already. */
  set(r: number, column: number, cell: RawCell): boolean {
    if (this.setIn[column] === r) return false;
    this.setIn[column] = r;
    this.cells[column]!.raw(r, cell);
    return true;
  }

  finish(rowCount: number, frame: JsonFrame = {}): ColumnarRows {
    const { locale } = this.options;
    // Totals are read as their columns' cells are, so the verdicts are taken before the columns are settled.
    const verdicts = frame.totals !== undefined ? columnVerdicts(this.cells, undefined) : [];
    const reportedTotals = frame.totals?.map(({ label, cells }): ReportedTotal => ({
      label,
      values: this.names.map((name, c) => totalValue(cells.get(name), verdicts[c], locale)),
    }));
    const table = finishColumns(this.names, this.cells, rowCount, { locale });
    const rows: ColumnarRows = { ok: true, kind: 'table', format: 'json', columns: this.names, rowCount, ...table };
    if (frame.skipped !== undefined && frame.skipped.length > 0)
      rows.skipped = [...frame.skipped].sort((a, b) => a.line - b.line);
    if (reportedTotals !== undefined && reportedTotals.length > 0) rows.reportedTotals = reportedTotals;
    return rows;
  }
}

/** Rows (object nodes) into columns, nested values flattened (see the file comment). */
export function readRows(items: readonly Node[], reader: Reader, frame?: JsonFrame): ColumnarRows | Failure {
  const builder = new RowsBuilder(items.length, reader.locale);
  const root = PathNode.root();
  let r = 0;
  const put: PutCell = (path, cell, key) => {
    if (path.column < 0) path.column = builder.column(path.name);
    return builder.set(r, path.column, cell) ? undefined : givenTwice(reader, path.name, key);
  };
  for (; r < items.length; r++) {
    const failure = flattenObject(root, items[r]!, 1, reader, put);
    if (failure !== undefined) return failure;
  }
  return builder.finish(items.length, frame);
}

/** One row (or a totals row) as cells by path. */
export function cellsOf(row: Node, reader: Reader): Map<string, RawCell> | Failure {
  const cells = new Map<string, RawCell>();
  const failure = flattenObject(PathNode.root(), row, 1, reader, (path, cell, key) => {
    if (cells.has(path.name)) return givenTwice(reader, path.name, key);
    cells.set(path.name, cell);
    return undefined;
  });
  return failure ?? cells;
}

/** Puts each field of `object` at `parent.key`; `parts`: how many parts those paths have. */
function flattenObject(
  parent: PathNode,
  object: Node,
  parts: number,
  reader: Reader,
  put: PutCell,
): Failure | undefined {
  const properties = object.children ?? [];
  const duplicate = duplicateIn(properties, reader);
  if (duplicate !== undefined) return duplicate;
  for (let p = 0; p < properties.length; p++) {
    const [key, value] = properties[p]!.children ?? [];
    const path = parent.child(String(key?.value));
    const failure =
      value !== undefined && (value.type === 'object' || value.type === 'array') && parts < MAX_PATH_PARTS
        ? flattenNested(path, value, parts, key, reader, put)
        : put(path, rawCellOf(value, reader), key);
    if (failure !== undefined) return failure;
  }
  return undefined;
}

function flattenNested(
  path: PathNode,
  value: Node,
  parts: number,
  key: Node | undefined,
  reader: Reader,
  put: PutCell,
): Failure | undefined {
  if (value.type === 'object') return flattenObject(path, value, parts + 1, reader, put);
  const field = keyFieldOf(value);
  if (field === undefined) return put(path, rawCellOf(value, reader), key);
  for (const item of value.children ?? []) {
    const properties = item.children ?? [];
    const duplicate = duplicateIn(properties, reader);
    if (duplicate !== undefined) return duplicate;
    const entry = path.entry(field, String(propertyOf(item, field)?.value));
    for (const property of properties) {
      const name = keyOf(property);
      if (name === field) continue;
      const failure = put(entry.child(name), rawCellOf(property.children?.[1], reader), property.children?.[0]);
      if (failure !== undefined) return failure;
    }
  }
  return undefined;
}

/** The key field of a list of `{key, value}` objects (see the file comment), or undefined for any other list. */
export function keyFieldOf(list: Node): string | undefined {
  const items = list.children ?? [];
  const first = items[0];
  if (first?.type !== 'object') return undefined;
  const field = propertyOf(first, ACTION_KEY) !== undefined ? ACTION_KEY : pairKeyOf(first.children ?? []);
  if (field === undefined) return undefined;
  const labels = new Set<string>();
  for (const item of items) {
    if (item.type !== 'object') return undefined;
    let label: string | undefined;
    let valued = false;
    for (const property of item.children ?? []) {
      const value = property.children?.[1];
      if (value === undefined || value.type === 'object' || value.type === 'array') return undefined;
      const name = keyOf(property);
      if (name === field) label = value.type === 'string' ? String(value.value) : undefined;
      else if (name === VALUE_KEY) valued = true;
    }
    if (label === undefined || !valued || labels.has(label)) return undefined;
    labels.add(label);
  }
  return field;
}

/** `{"name": "x", "value": 1}`: the field beside `value` of an object holding only the two. */
function pairKeyOf(properties: readonly Node[]): string | undefined {
  if (properties.length !== 2) return undefined;
  const [a, b] = properties.map(keyOf);
  if (a === VALUE_KEY && b !== VALUE_KEY) return b;
  if (b === VALUE_KEY && a !== VALUE_KEY) return a;
  return undefined;
}

function givenTwice(reader: Reader, path: string, key: Node | undefined): Failure {
  const offset = key?.offset ?? 0;
  return failAt(
    reader,
    offset,
    key?.length ?? 0,
    l10n.t('The column {0} is given twice in one row (line {1})', quote(path), lineOf(reader, offset)),
    l10n.t('a key with a dot in it names the same column as a nested object'),
    path,
  );
}

/** A line left out of the rows, its text cut as exportFrame.ts cuts lines. */
export function skippedAt(reader: Reader, offset: number, text: string): SkippedLine {
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
  return { line: lineOf(reader, offset), text: shown, why: 'footer' };
}
