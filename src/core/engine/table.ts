/**
 * A table in columns: one Float64Array per column, NaN where a cell is empty or not a number.
 * Millions of rows cost one array per column instead of an object per row, and the formula
 * work reads them in tight loops. The meaning of a table is the records it stands for: row r is
 * `{ [columns[c]]: data[c][r] }` over the columns whose cell is not NaN, which is exactly what
 * `aggregate` would be given row by row.
 */
import type { FieldMatch } from '../catalog/catalog';
import type { Inputs } from '../inputs';
import { numberIn } from '../read/number';

export interface Table {
  /** Column names as the user wrote them (CSV header, JSON key). */
  readonly columns: readonly string[];
  readonly rowCount: number;
  /** One array per column, `rowCount` long. */
  readonly data: readonly Float64Array[];
  /**
   * What each column gives, when the caller has read the columns as a whole (readColumns:
   * mappings, platform names, two columns for one quantity settled); undefined leaves a column
   * out. Without it, each column is matched by its name alone.
   */
  readonly fields?: readonly (FieldMatch | undefined)[];
}

/** Column c's meaning: the caller's reading when there is one, else the field name's. */
export function fieldOfColumn(
  table: Table,
  c: number,
  byName: (name: string) => FieldMatch | undefined,
): FieldMatch | undefined {
  return table.fields ? table.fields[c] : byName(table.columns[c]!);
}

/** The table's own reading by field name (its first column of each name), for records of its rows. */
export function fieldsByName(table: Table): ((name: string) => FieldMatch | undefined) | undefined {
  const fields = table.fields;
  if (!fields) return undefined;
  const byName = new Map<string, FieldMatch | undefined>();
  table.columns.forEach((name, c) => {
    if (!byName.has(name)) byName.set(name, fields[c]);
  });
  return (name) => byName.get(name);
}

/** Row r as the record it stands for: the columns that hold a number there, in column order. */
export function recordOf(table: Table, r: number): Record<string, number> {
  const record: Record<string, number> = Object.create(null) as Record<string, number>;
  table.columns.forEach((name, c) => {
    const value = table.data[c]?.[r];
    if (value !== undefined && !Number.isNaN(value)) record[name] = value;
  });
  return record;
}

/**
 * Parsed rows (`JSON.parse` output, API callers' records) into columns. Text values are read
 * with readNumber; one that is not a number becomes NaN (the per-row view still reports it,
 * from the record itself). Returns undefined for rows whose keys differ in order between rows,
 * where "which of two aliases came first" would differ per row: the caller makes each row a table of its own.
 */
export function tableFromRecords(rows: readonly Inputs[], locale?: string): Table | undefined {
  const index = new Map<string, number>();
  const columns: string[] = [];
  const data: Float64Array[] = [];
  const n = rows.length;
  const options: TextReading = { ...(locale !== undefined ? { locale } : {}), words: new Set() };
  let shape: string[] = [];
  /** The column of each key of the shape, and the columns the shape lacks (NaN in its rows). */
  let targets: Float64Array[] = [];
  let missing: Float64Array[] = [];
  for (let r = 0; r < n; r++) {
    const row = rows[r]!;
    if (!readRow(row, r, shape, targets, options)) {
      shape = Object.keys(row);
      const slots = shape.map((key) => index.get(key) ?? addColumn(key, r));
      if (!ascending(slots)) return undefined;
      targets = slots.map((slot) => data[slot]!);
      missing = absent(slots, columns.length).map((c) => data[c]!);
      for (let k = 0; k < shape.length; k++) targets[k]![r] = numberOf(row[shape[k]!], options);
    }
    for (let m = 0; m < missing.length; m++) missing[m]![r] = NaN;
  }
  function addColumn(key: string, firstRow: number): number {
    index.set(key, columns.length);
    data.push(new Float64Array(n).fill(NaN, 0, firstRow));
    return columns.push(key) - 1;
  }
  return { columns, rowCount: n, data };
}

/**
 * Row r into the columns when its keys are `shape`, in order; false when they are not (some
 * cells may be written, which the caller writes again). One for-in both checks the keys and
 * reads the values: V8 reads `row[key]` inside it through the shape's enumeration cache.
 */
function readRow(
  row: Inputs,
  r: number,
  shape: readonly string[],
  targets: readonly Float64Array[],
  options: TextReading,
): boolean {
  let c = 0;
  for (const key in row) {
    if (shape[c] !== key) return false;
    targets[c]![r] = numberOf(row[key], options);
    c++;
  }
  return c === shape.length;
}

function absent(slots: readonly number[], columnCount: number): number[] {
  const present = new Set(slots);
  return Array.from({ length: columnCount }, (_, c) => c).filter((c) => !present.has(c));
}

/** Whether a row's keys come in the order of the columns, as every row of a table does. */
function ascending(slots: readonly number[]): boolean {
  for (let k = 1; k < slots.length; k++) if (slots[k]! <= slots[k - 1]!) return false;
  return true;
}

/** How text values are read: the locale, and labels already found to be no number. */
interface TextReading {
  readonly locale?: string;
  /** Dates, campaigns and channels repeat down the rows: each is read once (up to MAX_WORDS of them). */
  readonly words: Set<string>;
}

/** Enough for every label of a real export's text columns, small enough when every row's label differs. */
const MAX_WORDS = 4096;

function numberOf(raw: unknown, options: TextReading): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string' || raw === '' || options.words.has(raw)) return NaN;
  const value = numberIn(raw, options)?.value;
  if (value !== undefined) return value;
  if (options.words.size < MAX_WORDS) options.words.add(raw);
  return NaN;
}
