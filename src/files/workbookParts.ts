/**
 * A workbook's package: the ZIP archive an .xlsx is, its parts found as Excel finds them (by
 * relationships, not by the names Excel happens to give them), and what cells need from them:
 * the shared strings, which styles are dates, and the date system. fflate unzips one part at a
 * time, so listing the sheets never inflates a sheet.
 */
import * as l10n from '@vscode/l10n';
import { unzipSync } from 'fflate';
import { dateKindOf, type DateKind } from './workbookDates';
import { decodeText, element, elements, runText } from './workbookXml';

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part in the archive, when its relationship names one. */
  readonly path: string | undefined;
  /** Chart sheets and macro sheets hold no table of cells. */
  readonly kind: 'worksheet' | 'chart' | 'other';
}

export interface Workbook {
  /** Every sheet, in the workbook's order (the order of its tabs). */
  readonly sheets: readonly SheetEntry[];
  /** The part's bytes, or undefined when the archive has no such part. */
  part(path: string): Uint8Array | undefined;
  /** What reading cells needs, read on first use. */
  cells(): CellContext;
}

export interface CellContext {
  /** The shared strings, already written as CSV fields (quoted where they must be). */
  readonly strings: readonly string[];
  /** Per style index (a cell's `s`), the kind of date its number format shows, if any. */
  readonly dateKinds: readonly (DateKind | undefined)[];
  readonly date1904: boolean;
}

export type Opened = { readonly ok: true; readonly book: Workbook } | { readonly ok: false; readonly message: string };

const decoder = new TextDecoder();

export function openWorkbook(bytes: Uint8Array, fileName: string): Opened {
  const notZip = notZipReason(bytes);
  if (notZip !== undefined) return { ok: false, message: notAWorkbook(fileName, notZip) };
  let names: Map<string, string>;
  try {
    names = entryNames(bytes);
  } catch (error) {
    return {
      ok: false,
      message: l10n.t(
        '{0} could not be read as a workbook: its ZIP archive is damaged ({1})',
        fileName,
        messageOf(error),
      ),
    };
  }
  const part = (path: string): Uint8Array | undefined => {
    const name = names.get(path.toLowerCase());
    return name === undefined ? undefined : unzipSync(bytes, { filter: (f) => f.name === name })[name];
  };
  const text = (path: string): string | undefined => {
    const data = part(path);
    return data === undefined ? undefined : decoder.decode(data);
  };
  try {
    const root = relationships(text('_rels/.rels') ?? '', '');
    const workbookPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const workbookXml = text(workbookPath);
    if (workbookXml === undefined) return { ok: false, message: notAWorkbook(fileName, otherPackage(names)) };
    const rels = relationships(text(relsPathOf(workbookPath)) ?? '', folderOf(workbookPath));
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets = elements(workbookXml, 'sheet').map((sheet): SheetEntry => {
      const rel = byId.get(sheet.attributes.id ?? '');
      const kind = rel?.type.endsWith('/worksheet')
        ? 'worksheet'
        : rel?.type.endsWith('/chartsheet')
          ? 'chart'
          : 'other';
      return { name: decodeText(sheet.attributes.name ?? ''), path: rel?.target, kind };
    });
    let context: CellContext | undefined;
    const cells = (): CellContext => {
      if (context) return context;
      const strings = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
      const styles = rels.find((r) => r.type.endsWith('/styles'))?.target;
      const properties = element(workbookXml, 'workbookPr')?.attributes.date1904;
      context = {
        strings: sharedStrings(strings === undefined ? undefined : text(strings)),
        dateKinds: styleDateKinds(styles === undefined ? undefined : text(styles)),
        date1904: properties === '1' || properties === 'true',
      };
      return context;
    };
    return { ok: true, book: { sheets, part, cells } };
  } catch (error) {
    return { ok: false, message: l10n.t('{0} could not be read as a workbook: {1}', fileName, messageOf(error)) };
  }
}

function notAWorkbook(fileName: string, why: string): string {
  return l10n.t('{0} is not an Excel workbook (.xlsx): {1}', fileName, why);
}

/** Why the bytes are no ZIP archive, in words a person can act on; undefined when they are one. */
function notZipReason(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && (c === 3 || c === 5) && (d === 4 || d === 6)) return undefined;
  if (bytes.length === 0) return l10n.t('the file is empty');
  // An OLE2 compound file: an Excel 97–2003 .xls, or an .xlsx that a password encrypted.
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0)
    return l10n.t(
      'it is an Excel 97–2003 workbook (.xls) or a password-protected one; save it from Excel as an .xlsx workbook without a password',
    );
  const head = bytes.subarray(0, 512);
  return head.includes(0)
    ? l10n.t('an .xlsx file is a ZIP archive, and this file is not one')
    : l10n.t(
        'it holds text, not a ZIP archive as an .xlsx file does (a CSV file named .xlsx?); open it as text instead',
      );
}

/** What the archive is when it holds no workbook part. */
function otherPackage(names: ReadonlyMap<string, string>): string {
  if (names.has('xl/workbook.bin'))
    return l10n.t('it is an Excel binary workbook (.xlsb); save it from Excel as an .xlsx workbook');
  if (names.has('content.xml') && names.has('mimetype'))
    return l10n.t('it is an OpenDocument file (.ods?); save it as an Excel workbook (.xlsx)');
  return l10n.t('its ZIP archive holds no workbook (no xl/workbook.xml)');
}

/** Archive entry names by their lower case: part names are case-insensitive (ECMA-376 Part 2, §6.2.2.3). */
function entryNames(bytes: Uint8Array): Map<string, string> {
  const names = new Map<string, string>();
  unzipSync(bytes, {
    filter: (file) => {
      names.set(file.name.toLowerCase(), file.name);
      return false;
    },
  });
  return names;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target's path in the archive. */
  readonly target: string;
}

function relationships(xml: string, folder: string): Relationship[] {
  return elements(xml, 'Relationship')
    .filter((r) => r.attributes.TargetMode !== 'External')
    .map((r) => ({
      id: r.attributes.Id ?? '',
      type: r.attributes.Type ?? '',
      target: resolvePath(folder, r.attributes.Target ?? ''),
    }));
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPathOf(path: string): string {
  const folder = folderOf(path);
  return `${folder}_rels/${path.slice(folder.length)}.rels`;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A relationship's target against its source's folder: `worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`, `../x.xml`. */
function resolvePath(folder: string, target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target : folder + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

function sharedStrings(xml: string | undefined): string[] {
  return xml === undefined ? [] : elements(xml, 'si').map((si) => csvField(runText(si.inner)));
}

/** Per cell style (`<cellXfs>`, in order), the date kind of its number format. */
function styleDateKinds(xml: string | undefined): (DateKind | undefined)[] {
  if (xml === undefined) return [];
  const codes = new Map(
    elements(xml, 'numFmt').map((f) => [Number(f.attributes.numFmtId), f.attributes.formatCode ?? ''] as const),
  );
  const cellXfs = element(xml, 'cellXfs')?.inner ?? '';
  return elements(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.attributes.numFmtId ?? 0);
    return dateKindOf(id, codes.get(id));
  });
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
