/**
 * One worksheet's XML as CSV text. The sheet is scanned, not parsed into a tree: a 100,000-row
 * export is some 40 MB of `<c r="B7" s="3"><v>89.16</v></c>`, and only rows, cells, values and
 * inline text matter. It is read in slices that end after a whole row, decoded one at a time,
 * with a pause between slices so the extension host can answer while a large sheet is read.
 */
import { dateText, isoCellText } from './workbookDates';
import { csvField, type CellContext } from './workbookParts';
import { decodeText, runText } from './workbookXml';

/** Bytes of XML decoded and scanned at once, about 25,000 rows of a typical export. */
const SLICE = 8 << 20;

export interface SheetCsv {
  readonly csv: string;
  /** Lines in the CSV: the rows of the sheet's grid, from its first row to its last with a value. */
  readonly rows: number;
}

/** `slice` is for tests, which cut a small sheet into many slices. */
export async function sheetCsv(xml: Uint8Array, context: CellContext, slice = SLICE): Promise<SheetCsv> {
  const grid = new Grid(context);
  const decoder = new TextDecoder();
  for (let start = 0; start < xml.length;) {
    const end = sliceEnd(xml, start, slice);
    grid.scan(decoder.decode(xml.subarray(start, end)));
    start = end;
    if (start < xml.length) await pause();
  }
  return grid.finish();
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where a slice from `start` ends: just after the last `</row>` (or `</x:row>`) within `slice` bytes, else further on. */
function sliceEnd(xml: Uint8Array, start: number, slice: number): number {
  for (let limit = start + slice; limit < xml.length; limit += slice) {
    for (let i = limit - 1; i > start + 2; i--) {
      // `w>` of `</row>`; `<` never occurs in XML text unescaped, so `</…row>` is always an end tag.
      if (xml[i] !== 0x3e || xml[i - 1] !== 0x77 || xml[i - 2] !== 0x6f || xml[i - 3] !== 0x72) continue;
      let j = i - 4;
      if (xml[j] === 0x3a) while (j > start && xml[j] !== 0x2f && xml[j] !== 0x3c) j--; // a prefix: `</x:row>`
      if (xml[j] === 0x2f && xml[j - 1] === 0x3c) return i + 1;
    }
  }
  return xml.length;
}

const A = 65;

/** Rows as CSV lines; the sheet's width is known only at its end, so short lines are padded then. */
class Grid {
  private readonly lines: string[] = [];
  private readonly widths: number[] = [];
  private width = 0;
  /** Empty rows since the last row with a value: written only if another such row follows. */
  private emptyRows = 0;
  /** The sheet's row number of the next row (1-based), for rows written without `r`. */
  private nextRow = 1;
  private readonly dates = new Map<string, string>();

  constructor(private readonly context: CellContext) {}

  scan(xml: string): void {
    let row: string[] | undefined;
    let column = -1;
    let at = 0;
    for (;;) {
      const open = xml.indexOf('<', at);
      if (open < 0) break;
      const close = xml.indexOf('>', open);
      if (close < 0) break;
      at = close + 1;
      // The tag's local name: after `<` or `</`, after any `prefix:`.
      const ending = xml.charCodeAt(open + 1) === 0x2f;
      let nameStart = ending ? open + 2 : open + 1;
      let nameEnd = nameStart;
      for (; nameEnd < close; nameEnd++) {
        const ch = xml.charCodeAt(nameEnd);
        if (ch === 0x3a) nameStart = nameEnd + 1;
        else if (ch === 0x20 || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
      }
      const length = nameEnd - nameStart;
      const first = xml.charCodeAt(nameStart);
      const selfClosing = xml.charCodeAt(close - 1) === 0x2f;
      if (length === 1 && first === 0x63 /* c */ && !ending) {
        const tag = xml.slice(nameEnd, close);
        const ref = attribute(tag, 'r');
        column = ref === undefined ? column + 1 : columnOf(ref);
        if (selfClosing) continue;
        // The cell's content runs to its `</c>`: a value, a formula (its cached value is the `<v>`), inline text.
        const end = endTag(xml, close + 1, 'c');
        const inner = xml.slice(close + 1, end < 0 ? xml.length : end);
        at = end < 0 ? xml.length : xml.indexOf('>', end) + 1;
        const text = this.cellText(inner, attribute(tag, 't'), attribute(tag, 's'));
        if (text !== '') (row ??= [])[column] = text;
      } else if (length === 3 && first === 0x72 /* r */ && xml.startsWith('row', nameStart)) {
        if (ending) {
          this.endRow(row);
          row = undefined;
          continue;
        }
        const r = Number(attribute(xml.slice(nameEnd, close), 'r'));
        const number = Number.isInteger(r) && r > 0 ? r : this.nextRow;
        // Rows the sheet skips are empty rows of its grid.
        if (number > this.nextRow) this.emptyRows += number - this.nextRow;
        this.nextRow = number;
        row = undefined;
        column = -1;
        if (selfClosing) this.endRow(undefined);
      }
    }
  }

  private endRow(row: string[] | undefined): void {
    this.nextRow++;
    if (row === undefined) {
      this.emptyRows++;
      return;
    }
    // An empty row is an empty line, not a line of commas: the core takes a line of commas above
    // the header for a table's row, and then finds no table; an empty line it skips.
    for (; this.emptyRows > 0; this.emptyRows--) {
      this.lines.push('');
      this.widths.push(0);
    }
    this.lines.push(row.join(','));
    this.widths.push(row.length);
    if (row.length > this.width) this.width = row.length;
  }

  /** A cell's text as a CSV field, '' when it holds nothing. */
  private cellText(inner: string, type: string | undefined, style: string | undefined): string {
    if (type === 'inlineStr') {
      const is = startTag(inner, 'is');
      return is < 0 ? '' : csvField(runText(inner.slice(is)));
    }
    const v = startTag(inner, 'v');
    const valueStart = v < 0 ? -1 : inner.indexOf('>', v) + 1;
    // No value, or `<v/>`: a formula never calculated has none to give.
    if (v < 0 || inner.charCodeAt(valueStart - 2) === 0x2f) return '';
    const end = inner.indexOf('<', valueStart);
    const raw = inner.slice(valueStart, end < 0 ? inner.length : end);
    switch (type) {
      case 's':
        return this.context.strings[Number(raw)] ?? '';
      case 'str':
      case 'e':
        return csvField(decodeText(raw));
      case 'b':
        return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
      case 'd':
        return csvField(isoCellText(decodeText(raw)));
    }
    if (raw === '') return '';
    const value = Number(raw);
    if (!Number.isFinite(value)) return csvField(decodeText(raw));
    const kind = style === undefined ? undefined : this.context.dateKinds[Number(style)];
    if (kind === undefined) return String(value);
    // Whole days repeat down a date column: each is worded once. Times of day mostly do not.
    if (!Number.isInteger(value)) return dateText(value, kind, this.context.date1904) ?? String(value);
    const key = `${value}${kind}`;
    let date = this.dates.get(key);
    if (date === undefined) {
      date = dateText(value, kind, this.context.date1904) ?? String(value);
      this.dates.set(key, date);
    }
    return date;
  }

  finish(): SheetCsv {
    const { lines, widths, width } = this;
    for (let i = 0; i < lines.length; i++) {
      const w = widths[i]!;
      if (w > 0 && w < width) lines[i] += ','.repeat(width - w);
    }
    return { csv: lines.length === 0 ? '' : `${lines.join('\n')}\n`, rows: lines.length };
  }
}

/** An attribute's value in a start tag's text (after its name), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  // ` r="` and not `xr:r="`: the name must follow whitespace.
  for (let at = tag.indexOf(`${name}=`); at >= 0; at = tag.indexOf(`${name}=`, at + 1)) {
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    const quote = tag[at + name.length + 1];
    if (quote !== '"' && quote !== "'") continue;
    const start = at + name.length + 2;
    return tag.slice(start, tag.indexOf(quote, start));
  }
  return undefined;
}

/** Where the first start tag with that local name (any prefix) begins, or -1: `<v>`, `<x:v>`, `<v/>`, not `<vm>`. */
function startTag(xml: string, local: string): number {
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    if (xml.charCodeAt(at + 1) === 0x2f) continue;
    let name = at + 1;
    let end = name;
    for (; end < xml.length; end++) {
      const ch = xml.charCodeAt(end);
      if (ch === 0x3a) name = end + 1;
      else if (ch === 0x3e || ch === 0x2f || ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
    }
    if (end - name === local.length && xml.startsWith(local, name)) return at;
  }
  return -1;
}

/** Where the end tag with that local name (any prefix) begins, from `from` on, or -1. */
function endTag(xml: string, from: number, local: string): number {
  for (let at = xml.indexOf('</', from); at >= 0; at = xml.indexOf('</', at + 2)) {
    let name = at + 2;
    const gt = xml.indexOf('>', name);
    const colon = xml.indexOf(':', name);
    if (colon >= 0 && colon < gt) name = colon + 1;
    if (gt - name === local.length && xml.startsWith(local, name)) return at;
  }
  return -1;
}

/** `B7` → 1: the column letters of a cell reference, from 0. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const letter = ref.charCodeAt(i) - A;
    if (letter < 0 || letter > 25) break;
    column = column * 26 + letter + 1;
  }
  return column - 1;
}
