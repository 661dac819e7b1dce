/**
 * What one line of a delimited table says about itself: the delimiter it uses, whether its cells
 * are names (a header), and its cells with quotes respected. Shared by the CSV reader (csv.ts)
 * and the export frame (exportFrame.ts), which only looks at the few lines around a table; the
 * rows themselves are split by csvScan.ts or papaparse.
 */
import { readNumber } from './number';

export type Delimiter = '\t' | ';' | ',';

/** Tab, then ';', then ',': a tab never occurs in a name, while ',' may sit inside a ';' header. */
export function pickDelimiter(line: string): Delimiter | undefined {
  let tabs = 0;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (code === 9) tabs++;
    else if (code === 59) semicolons++;
    else if (code === 44) commas++;
  }
  if (tabs > 0) return '\t';
  if (semicolons > 0) return ';';
  return commas > 0 ? ',' : undefined;
}

/** Names, not numbers or formulas: "campaign", "Cost (USD)", "" (a row-label column). */
export function isHeader(cells: readonly string[], locale: string): boolean {
  let named = 0;
  for (const cell of cells) {
    const name = cell.trim();
    if (name === '') continue;
    if (!looksLikeName(name) || readNumber(name, { locale }).ok) return false;
    named++;
  }
  return named > 0;
}

function looksLikeName(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61) return false; // '=': an assignment, not a column name
    if (code === 40) depth++;
    if (code === 41 && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A line's cells, split at delimiters outside double quotes, with the quotes taken off
 * (`"1,234.50"` → `1,234.50`, `""` inside quotes → `"`), untrimmed. Meant for a handful of lines.
 */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (char === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** An odd count means the line is part of a cell with a line break inside quotes. */
export function quotesBalanced(line: string): boolean {
  let quotes = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 0;
}

/** Offset where the line starting at `start` ends (its \n, \r or the end of the text). */
export function lineEndAt(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}

/** Offset of the next line after a line ending at `end`: past \r\n, \r or \n. */
export function nextLineAt(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return Math.min(end + 1, text.length + 1);
}
