/**
 * What the JSON readers (json.ts, jsonTable.ts, apiJson.ts) share: the text being read, its
 * positions for messages, and how one jsonc-parser node becomes a table cell.
 */
import * as l10n from '@vscode/l10n';
import type { Node } from 'jsonc-parser';
import { fail } from '../errors';
import type { Failure } from '../errors';
import type { InvalidCell, RawCell } from './table';
import { LineIndex, notANumber, quote, tooLarge } from './text';

export interface JsonContext {
  /** The whole selection, for line and column numbers. */
  readonly source: string;
  /** Offset of `body` in `source` (after a byte order mark). */
  readonly base: number;
  readonly locale: string;
}

/** Shared by the helpers below: the text, its positions, and the locale. */
export interface Reader extends JsonContext {
  readonly body: string;
  /** Built on the first message that needs a line number: indexing 200 MB of lines costs more than reading them. */
  lines?: LineIndex;
}

/** A JSON value as a table cell: numbers as is, strings to be read, anything else a problem. */
export function rawCellOf(node: Node | undefined, reader: Reader): RawCell {
  if (node === undefined || node.type === 'null') return null;
  if (node.type === 'string') return String(node.value);
  const raw = reader.body.slice(node.offset, node.offset + node.length);
  if (node.type === 'number') {
    const value = Number(node.value);
    return Number.isFinite(value) ? value : invalid(raw, tooLarge(quote(raw)));
  }
  return invalid(raw, notANumber(kindOf(node)));
}

function invalid(raw: string, message: string): InvalidCell {
  return { raw, message };
}

export function kindOf(node: Node | undefined): string {
  switch (node?.type) {
    case 'boolean':
      return l10n.t('{0} (a true/false value)', String(node.value));
    case 'object':
      return l10n.t('an object');
    case 'array':
      return l10n.t('a list');
    case 'string':
      return l10n.t('the text {0}', quote(String(node.value)));
    case 'number':
      return l10n.t('a number');
    default:
      return 'null';
  }
}

/** The value of the property `key` of an object node, if it has one. */
export function propertyOf(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  for (const property of node.children ?? []) {
    if (property.children?.[0]?.value === key) return property.children[1];
  }
  return undefined;
}

/** Keys are plain strings on the nodes: `__proto__` is a key like any other. */
export function keyOf(property: Node): string {
  return String(property.children?.[0]?.value);
}

/** Objects with at most this many keys are checked pair by pair: a Map per row costs more. */
const PAIRWISE = 16;

export function duplicateIn(properties: readonly Node[], reader: Reader): Failure | undefined {
  const count = properties.length;
  if (count < 2) return undefined;
  if (count <= PAIRWISE) {
    for (let j = 1; j < count; j++) {
      const name = properties[j]!.children?.[0]?.value;
      for (let i = 0; i < j; i++) {
        if (properties[i]!.children?.[0]?.value === name) return twice(properties[i]!, properties[j]!, reader);
      }
    }
    return undefined;
  }
  const seen = new Map<string, Node>();
  for (const property of properties) {
    const name = keyOf(property);
    const earlier = seen.get(name);
    if (earlier !== undefined) return twice(earlier, property, reader);
    seen.set(name, property);
  }
  return undefined;
}

/** Lines are only worth computing for the error message. */
function twice(earlier: Node, property: Node, reader: Reader): Failure {
  const key = property.children?.[0];
  const name = String(key?.value);
  const offset = key?.offset ?? 0;
  const [first, second] = [lineOf(reader, earlier.children?.[0]?.offset ?? 0), lineOf(reader, offset)];
  return failAt(
    reader,
    offset,
    key?.length ?? 0,
    first === second
      ? l10n.t('The key {0} appears twice in one object (line {1})', quote(name), first)
      : l10n.t('The key {0} appears twice in one object (lines {1} and {2})', quote(name), first, second),
    undefined,
    name,
  );
}

function linesOf(reader: Reader): LineIndex {
  reader.lines ??= new LineIndex(reader.source);
  return reader.lines;
}

export function lineOf(reader: Reader, offset: number): number {
  return linesOf(reader).at(reader.base + offset).line;
}

export function position(reader: Reader, offset: number): string {
  const { line, column } = linesOf(reader).at(reader.base + offset);
  return l10n.t('line {0}, column {1}', line, column);
}

export function failAt(
  reader: Reader,
  offset: number,
  length: number,
  message: string,
  hint?: string,
  input?: string,
): Failure {
  const start = reader.base + offset;
  return fail('invalidSelection', message, {
    span: { start, end: start + length },
    ...(hint !== undefined ? { hint } : {}),
    ...(input !== undefined ? { input } : {}),
  });
}
