/**
 * CSV and TSV with a header row, as exported by ad platforms or copied from a spreadsheet
 * (which puts tabs between cells). The header decides: a first line whose cells are names, not
 * numbers, followed by lines using the same delimiter. Parsing itself is papaparse's, so quoted
 * delimiters and line breaks inside quotes work.
 */
import Papa from 'papaparse';
import { fail } from '../errors';
import { readNumber } from './number';
import { readCells } from './table';
import type { CellProblem, SelectionReading } from './selectionTypes';
import type { DecimalSeparator } from './locale';

type Delimiter = '\t' | ';' | ',';

/** Returns undefined when the text is not a table, so the caller can try other readings. */
export function readDelimited(body: string, locale: string): SelectionReading | undefined {
  const lineEnd = firstLineEnd(body);
  if (lineEnd < 0 || body.slice(lineEnd).trim() === '') return undefined;
  const headerLine = body.slice(0, lineEnd);
  const picked = pickDelimiter(headerLine);
  // One spreadsheet column under its header ("clicks\n120\n130") has no delimiter: read it
  // as TSV (for the quoting) and keep it only if its values are mostly numbers.
  const delimiter = picked ?? '\t';
  const header = Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? [];
  if (!isHeader(header, locale) || (picked === undefined && !/\p{L}/u.test(headerLine))) return undefined;
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError !== undefined) {
    if (picked === undefined) return undefined;
    return fail('invalidSelection', `The ${delimiter === '\t' ? 'TSV' : 'CSV'} is malformed in row ${(quoteError.row ?? 0) + 1}: ${quoteError.message.toLowerCase()}`, {
      hint: 'close the quoted cell with a double quote',
    });
  }
  const data = parsed.data.slice(1);
  if (data.length === 0 || (picked !== undefined && (data[0]?.length ?? 0) < 2)) return undefined;
  const columns = header.map(columnName);
  const shapeProblems = fitRows(data, columns);
  // Excel writes ';' between cells exactly where ',' is the decimal separator.
  const hint: DecimalSeparator | undefined = delimiter === ';' ? ',' : undefined;
  const { rows, problems } = readCells(columns, data, hint !== undefined ? { locale, hint } : { locale });
  if (picked === undefined && rows.filter((row) => typeof row[0] === 'number').length * 2 <= rows.length) return undefined;
  problems.push(...shapeProblems);
  problems.sort((a, b) => a.row - b.row);
  return { ok: true, kind: 'rows', format: delimiter === '\t' ? 'tsv' : 'csv', columns, rows, problems };
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  const carriage = text.indexOf('\r');
  if (newline < 0) return carriage;
  return carriage < 0 ? newline : Math.min(newline, carriage);
}

/** Tab, then ';', then ',': a tab never occurs in a name, while ',' may sit inside a ';' header. */
function pickDelimiter(headerLine: string): Delimiter | undefined {
  let tabs = 0;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const code = headerLine.charCodeAt(i);
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
function isHeader(cells: readonly string[], locale: string): boolean {
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

function columnName(cell: string, index: number): string {
  const name = cell.trim();
  return name === '' ? `column ${index + 1}` : name;
}

/** Pads short rows and trims long ones to the header, reporting each. */
function fitRows(data: string[][], columns: readonly string[]): CellProblem[] {
  const problems: CellProblem[] = [];
  data.forEach((row, r) => {
    if (row.length === columns.length) return;
    const message = `has ${row.length} cell${row.length === 1 ? '' : 's'} but the header has ${columns.length} columns`;
    const column = row.length < columns.length ? columns[row.length] ?? '' : `column ${columns.length + 1}`;
    problems.push({ row: r, column, raw: row.slice(columns.length).join(', '), message: `Row ${r + 1} ${message}` });
    row.length = columns.length;
  });
  return problems;
}
