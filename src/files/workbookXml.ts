/**
 * Just enough XML for the small parts of a workbook (workbook.xml, its relationships, styles,
 * shared strings): elements found by local name, whatever prefix a writer gave them (`<x:sheet>`
 * from the Open XML SDK, `<sheet>` from Excel), and text with its escapes undone. SpreadsheetML
 * is machine-written, so no DTDs, CDATA or comments that hide markup need handling here.
 */

/** A start tag's attributes by local name: `r:id` is `id`, `xml:space` is `space`; `xmlns` declarations are left out. */
export type Attributes = Readonly<Record<string, string>>;

export interface Element {
  readonly attributes: Attributes;
  /** What lies between the start and end tag, as written; '' for `<x/>`. */
  readonly inner: string;
}

// A quoted value may hold `>` (formatCode="[>100]0"), so quotes are skipped whole.
const TAG_BODY = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributesOf(tagBody: string): Attributes {
  // No prototype: an attribute named __proto__ or constructor is just a name (SheetJS's CVE-2023-30533 was of this kind).
  const out: Record<string, string> = Object.create(null);
  for (const m of tagBody.matchAll(ATTRIBUTE)) {
    const name = m[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    out[name.slice(name.indexOf(':') + 1)] = decodeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Every element of that local name, in document order. Elements of the same name must not nest (none do in these parts). */
export function elements(xml: string, local: string): Element[] {
  const name = `(?:[\\w.-]+:)?${local}`;
  const pattern = new RegExp(`<(${name})(?=[\\s/>])${TAG_BODY}>`, 'g');
  const out: Element[] = [];
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    const body = m[2]!;
    if (body.endsWith('/')) {
      out.push({ attributes: attributesOf(body.slice(0, -1)), inner: '' });
      continue;
    }
    const close = xml.indexOf(`</${m[1]}>`, pattern.lastIndex);
    const end = close < 0 ? xml.length : close;
    out.push({ attributes: attributesOf(body), inner: xml.slice(pattern.lastIndex, end) });
    pattern.lastIndex = end;
  }
  return out;
}

/** The first element of that local name, or undefined. */
export function element(xml: string, local: string): Element | undefined {
  return elements(xml, local)[0];
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;` → `&`, `&#8211;` → `–`. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, named?: string) => {
    if (named !== undefined) return NAMED[named]!;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A cell's text as typed: XML entities, then Excel's `_xHHHH_` escapes, which stand for
 * characters XML cannot hold (`_x000D_` a carriage return, `_x005F_` an underscore that would
 * otherwise start an escape). One left-to-right pass, so `_x005F_x0041_` stays `_x0041_`.
 */
export function decodeText(text: string): string {
  const plain = decodeXml(text);
  return plain.includes('_x')
    ? plain.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : plain;
}

/** The text of a string item (`<si>`, `<is>`): its `<t>` runs joined, without phonetic guides (`<rPh>`), which are not part of the value. */
export function runText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(/<((?:[\w.-]+:)?rPh)\b[\s\S]*?<\/\1>/g, '') : inner;
  let text = '';
  T_RUN.lastIndex = 0;
  for (let m = T_RUN.exec(body); m; m = T_RUN.exec(body)) {
    if (m[2] === '/') continue;
    const close = body.indexOf(`</${m[1]}>`, T_RUN.lastIndex);
    const end = close < 0 ? body.length : close;
    text += body.slice(T_RUN.lastIndex, end);
    T_RUN.lastIndex = end;
  }
  return decodeText(text);
}

// `<t>`, `<t xml:space="preserve">`, `<x:t/>`; compiled once: a workbook can hold 100,000 strings.
const T_RUN = /<((?:[\w.-]+:)?t)(?:\s[^>]*?)?(\/)?>/g;
