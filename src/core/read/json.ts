/**
 * JSON (with comments and trailing commas, as people keep it in editors) read through
 * jsonc-parser's parseTree. The tree keeps keys as plain strings on nodes, so `__proto__` or
 * `constructor` keys never reach an object's prototype; fields and columns are kept in arrays
 * and Maps. parseTree recurses once per nesting level, so the depth is checked first with a
 * flat scan: 100,000 '[' must fail with a message, not a stack overflow.
 */
import * as l10n from '@vscode/l10n';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { fail } from '../errors';
import type { Failure } from '../errors';
import { readNumber } from './number';
import type { NumberReading } from './number';
import { settleGroup, tallyOf, verdictOf } from './evidence';
import { collect, collected, settleList } from './list';
import { notANumber, quote } from './text';
import type { Field, TableReading } from './selectionTypes';
import { MAX_JSON_DEPTH, tooDeepAt } from './jsonDepth';
import { duplicateIn, failAt, keyOf, kindOf, lineOf, position, propertyOf, rawCellOf } from './jsonReader';
import type { JsonContext, Reader } from './jsonReader';
import { readRows } from './jsonTable';
import { isGa4Report, isGoogleAdsStream, readGa4Report, readGoogleAdsStream, summaryFrame } from './apiJson';

export type { JsonContext } from './jsonReader';

export function readJson(body: string, context: JsonContext): TableReading {
  const reader: Reader = { ...context, body };
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    return failAt(
      reader,
      deep,
      1,
      l10n.t('The JSON is nested more than {0} levels deep (at {1})', MAX_JSON_DEPTH, position(reader, deep)),
      l10n.t('metric data needs only an object, or a list of objects'),
    );
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  const error = errors[0];
  if (error !== undefined || root === undefined) {
    const offset = error?.offset ?? 0;
    const what = error !== undefined ? jsonProblem(printParseErrorCode(error.error)) : l10n.t('no value');
    return failAt(
      reader,
      offset,
      error?.length ?? 0,
      l10n.t('The JSON is malformed at {0}: {1}', position(reader, offset), what),
      l10n.t('fix the JSON, or select just the numbers'),
    );
  }
  if (root.type === 'object') return readObject(root, reader);
  if (root.type === 'array') return readArray(root, reader);
  return { ok: true, kind: 'text' };
}

function readObject(node: Node, reader: Reader): TableReading {
  const properties = node.children ?? [];
  if (properties.length === 0) return failAt(reader, node.offset, node.length, l10n.t('The JSON object is empty'));
  const duplicate = duplicateIn(properties, reader);
  if (duplicate !== undefined) return duplicate;
  // GA4's runReport holds its headers, rows and totals in several lists (apiJson.ts).
  if (isGa4Report(node)) return readGa4Report(node, reader);
  // An API response such as {"data": [...], "paging": {...}} holds its rows in one list.
  const tables = properties.filter((property) => isRowList(property.children?.[1]));
  const table = tables[0]?.children?.[1];
  if (tables.length === 1 && table !== undefined) {
    // Google Ads' Search (not streamed) gives its totals beside the rows: {"results": [...], "summaryRow": {...}}.
    const frame = keyOf(tables[0]!) === 'results' ? summaryFrame(propertyOf(node, 'summaryRow'), reader) : {};
    return 'ok' in frame ? frame : readRows(table.children ?? [], reader, frame);
  }
  if (tables.length > 1) {
    const names = tables.map((property) => quote(String(property.children?.[0]?.value))).join(', ');
    return failAt(
      reader,
      node.offset,
      1,
      l10n.t('The JSON object holds several lists of rows ({0})', names),
      l10n.t('select just one of them'),
    );
  }
  return { ok: true, kind: 'record', format: 'json', fields: fieldsOf(properties, reader) };
}

function readArray(node: Node, reader: Reader): TableReading {
  const items = node.children ?? [];
  if (items.length === 0) return failAt(reader, node.offset, node.length, l10n.t('The JSON list is empty'));
  if (items[0]?.type === 'object') {
    // Google Ads' SearchStream: a list of batches, each holding some of the rows (apiJson.ts).
    if (isGoogleAdsStream(items)) return readGoogleAdsStream(node, reader);
    const stray = items.findIndex((item) => item.type !== 'object');
    if (stray < 0) return readRows(items, reader);
    const item = items[stray];
    return failAt(
      reader,
      item?.offset ?? 0,
      item?.length ?? 0,
      l10n.t('Item {0} of the JSON list is {1}, but item 1 is an object', stray + 1, kindOf(item)),
    );
  }
  return readNumberItems(items, reader);
}

/** [120, "4,000", null] → numbers; nulls (empty cells) are skipped. */
function readNumberItems(items: readonly Node[], reader: Reader): TableReading | Failure {
  const out = collected();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || item.type === 'null') continue;
    const text = item.type === 'string' ? String(item.value) : '';
    const reading =
      item.type === 'number'
        ? numberReading(item, reader)
        : item.type === 'string'
          ? readNumber(text, { locale: reader.locale })
          : fail('invalidNumber', notANumber(kindOf(item)));
    if (!reading.ok)
      return failAt(
        reader,
        item.offset,
        item.length,
        l10n.t('Item {0} of the JSON list: {1}', i + 1, reading.error.message),
      );
    collect(out, text, reading);
  }
  return settleList(out, reader.locale);
}

function fieldsOf(properties: readonly Node[], reader: Reader): Field[] {
  const raws: string[] = [];
  const texts: (string | undefined)[] = [];
  const readings: (NumberReading | undefined)[] = [];
  const problems: (string | undefined)[] = [];
  properties.forEach((property, i) => {
    const value = property.children?.[1];
    const cell = rawCellOf(value, reader);
    raws[i] = cell === null || cell === undefined ? 'null' : typeof cell === 'object' ? cell.raw : String(cell);
    if (typeof cell === 'string') texts[i] = cell;
    if (typeof cell === 'object' && cell !== null) problems[i] = cell.message;
    readings[i] =
      typeof cell === 'string'
        ? readNumber(cell, { locale: reader.locale })
        : typeof cell === 'number'
          ? { ok: true, value: cell }
          : undefined;
  });
  settleGroup(texts, readings, verdictOf(tallyOf(readings), undefined), reader.locale, (i, message) => {
    problems[i] = message;
  });
  return properties.map((property, i) => {
    const reading = readings[i];
    const key = property.children?.[0];
    const field: Field = {
      key: String(key?.value),
      value: reading?.ok === true ? reading.value : null,
      raw: raws[i] ?? '',
      line: lineOf(reader, key?.offset ?? 0),
    };
    const problem = problems[i] ?? (reading?.ok === false ? reading.error.message : undefined);
    if (problem !== undefined) field.problem = problem;
    return field;
  });
}

function numberReading(node: Node, reader: Reader): NumberReading {
  const cell = rawCellOf(node, reader);
  return typeof cell === 'number'
    ? { ok: true, value: cell }
    : fail('nonFinite', typeof cell === 'object' && cell !== null ? cell.message : l10n.t('not a number'));
}

function isRowList(node: Node | undefined): boolean {
  const items = node?.type === 'array' ? (node.children ?? []) : [];
  return items.length > 0 && items.every((item) => item.type === 'object');
}

/** printParseErrorCode gives "CommaExpected"; people read "comma expected", in their language. */
function jsonProblem(code: string): string {
  switch (code) {
    case 'InvalidSymbol':
      return l10n.t('invalid symbol');
    case 'InvalidNumberFormat':
      return l10n.t('invalid number format');
    case 'PropertyNameExpected':
      return l10n.t('property name expected');
    case 'ValueExpected':
      return l10n.t('value expected');
    case 'ColonExpected':
      return l10n.t('colon expected');
    case 'CommaExpected':
      return l10n.t('comma expected');
    case 'CloseBraceExpected':
      return l10n.t('close brace expected');
    case 'CloseBracketExpected':
      return l10n.t('close bracket expected');
    case 'EndOfFileExpected':
      return l10n.t('end of file expected');
    case 'UnexpectedEndOfString':
      return l10n.t('unexpected end of string');
    case 'UnexpectedEndOfNumber':
      return l10n.t('unexpected end of number');
    case 'InvalidCommentToken':
      return l10n.t('invalid comment token');
    case 'UnexpectedEndOfComment':
      return l10n.t('unexpected end of comment');
    case 'InvalidUnicode':
      return l10n.t('invalid unicode');
    case 'InvalidEscapeCharacter':
      return l10n.t('invalid escape character');
    case 'InvalidCharacter':
      return l10n.t('invalid character');
    default:
      return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }
}
