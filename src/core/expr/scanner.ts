import type { Span } from '../errors';
import { multiplierExponent } from '../read/affixes';

export type TokenKind = 'number' | 'name' | 'op' | 'end' | 'invalid';

export interface Token {
  readonly kind: TokenKind;
  /** The operator or punctuation for 'op'; the name for 'name'; the raw text otherwise. */
  readonly text: string;
  readonly value: number;
  readonly span: Span;
}

const OPERATORS = new Set(['+', '-', '*', '/', '^', '(', ')', ',', '=', '%']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

/**
 * Splits an expression into tokens. It never throws: a character it cannot read becomes an
 * 'invalid' token, which the parser turns into an error with that position.
 */
export function scan(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    if (isNumberStart(source, i)) {
      // A currency sign before an amount is read past, as the number reader does ($5000).
      const digitsFrom = CURRENCY_SIGNS.has(source[i]!) ? i + 1 : i;
      i = scanNumberEnd(source, digitsFrom);
      const raw = source.slice(digitsFrom, i);
      // A multiplier written straight after the digits (1.2k, 50k, 1.5M), from the number reader's table.
      const suffixEnd = nameEnd(source, i);
      const exponent = suffixEnd > i ? multiplierExponent(source.slice(i, suffixEnd)) : undefined;
      const value = Number(raw.replace(/_/g, ''));
      if (exponent !== undefined) i = suffixEnd;
      tokens.push({
        kind: 'number',
        text: source.slice(start, i),
        value: exponent === undefined ? value : scaled(value, exponent),
        span: { start, end: i },
      });
    } else if (isNameStart(c)) {
      while (i < source.length && isNamePart(source.charCodeAt(i))) i++;
      const name = source.slice(start, i);
      tokens.push({ kind: 'name', text: name, value: NaN, span: { start, end: i } });
    } else {
      // U+2212 (minus sign), × and ÷ arrive when formulas are pasted from documents.
      const ch = c === 0x2212 ? '-' : c === 0xd7 ? '*' : c === 0xf7 ? '/' : source[i]!;
      i++;
      tokens.push({ kind: OPERATORS.has(ch) ? 'op' : 'invalid', text: ch, value: NaN, span: { start, end: i } });
    }
  }
  tokens.push({ kind: 'end', text: '', value: NaN, span: { start: source.length, end: source.length } });
  return tokens;
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);

function isNumberStart(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  if (CURRENCY_SIGNS.has(source[i]!)) return isNumberStart(source, i + 1) && !CURRENCY_SIGNS.has(source[i + 1]!);
  return isDigit(c) || (c === 46 && isDigit(source.charCodeAt(i + 1)));
}

function nameEnd(source: string, from: number): number {
  let i = from;
  while (i < source.length && isNamePart(source.charCodeAt(i))) i++;
  return i;
}

/** value × 10^exponent without binary drift: 1.2k is 1200, not 1200.0000000000002. */
function scaled(value: number, exponent: number): number {
  const text = String(value);
  return text.includes('e') ? value * 10 ** exponent : Number(`${text}e${exponent}`);
}

/** Digits with `_` separators, an optional fraction and an optional exponent. */
function scanNumberEnd(source: string, from: number): number {
  let i = from;
  const digits = () => {
    while (
      i < source.length &&
      (isDigit(source.charCodeAt(i)) || (source[i] === '_' && isDigit(source.charCodeAt(i + 1))))
    )
      i++;
  };
  digits();
  if (source[i] === '.' && isDigit(source.charCodeAt(i + 1))) {
    i++;
    digits();
  }
  if (source[i] === 'e' || source[i] === 'E') {
    const sign = source[i + 1] === '+' || source[i + 1] === '-' ? 1 : 0;
    if (isDigit(source.charCodeAt(i + 1 + sign))) {
      i += 1 + sign;
      digits();
    }
  }
  return i;
}

/** 1-based line and column of an offset, as people count them. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
