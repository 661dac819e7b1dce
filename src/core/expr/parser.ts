/*
 * The expression language, one function per rule:
 *
 *   expression := additive
 *   additive   := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('-' | '+') unary | power
 *   power      := postfix ('^' unary)?          right-associative: 2^3^2 = 2^(3^2); -2^2 = -(2^2)
 *   postfix    := primary '%'?                  12% = 0.12
 *   primary    := NUMBER | NAME | call | '(' expression ')'
 *   call       := NAME '(' (argument (',' argument)*)? ')'
 *   argument   := NAME '=' expression | expression
 *
 * There is no member access, no indexing and no way to reach anything but names looked up in
 * a map and metric calls: `constructor` and `__proto__` are ordinary names that match nothing.
 */
import * as l10n from '@vscode/l10n';
import type { Argument, Expr } from './ast';
import { fail, type Failure, type Span } from '../errors';
import { lineColumn, scan, type Token } from './scanner';

export type ParseResult = { readonly ok: true; readonly expr: Expr } | Failure;

/** Guards against stack exhaustion on hostile input such as 100,000 opening parentheses. */
const MAX_DEPTH = 200;

class ParseError {
  constructor(
    readonly message: string,
    readonly span: Span,
    readonly hint?: string,
  ) {}
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): Expr {
    const expr = this.expression();
    const next = this.peek();
    if (next.kind !== 'end') throw this.unexpected(next, l10n.t('an operator or the end of the expression'));
    return expr;
  }

  private expression(): Expr {
    if (++this.depth > MAX_DEPTH)
      throw new ParseError(
        l10n.t('the expression is nested too deeply (more than {0} levels)', MAX_DEPTH),
        this.peek().span,
      );
    try {
      return this.additive();
    } finally {
      this.depth--;
    }
  }

  private additive(): Expr {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text as '+' | '-';
      const right = this.term();
      left = { kind: 'binary', op, left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().text as '*' | '/';
      const right = this.unary();
      left = { kind: 'binary', op, left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const token = this.next();
      if (++this.depth > MAX_DEPTH) throw new ParseError(l10n.t('too many signs in a row'), token.span);
      try {
        const operand = this.unary();
        return { kind: 'unary', op: token.text as '-' | '+', operand, span: join(token.span, operand.span) };
      } finally {
        this.depth--;
      }
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (!this.isOp('^')) return base;
    this.next();
    const exponent = this.unary();
    return { kind: 'binary', op: '^', left: base, right: exponent, span: join(base.span, exponent.span) };
  }

  private postfix(): Expr {
    const expr = this.primary();
    if (!this.isOp('%')) return expr;
    const percent = this.next();
    const span = join(expr.span, percent.span);
    return { kind: 'binary', op: '/', left: expr, right: { kind: 'number', value: 100, span: percent.span }, span };
  }

  private primary(): Expr {
    const token = this.peek();
    if (token.kind === 'number') {
      this.next();
      if (!Number.isFinite(token.value))
        throw new ParseError(l10n.t("the number '{0}' is too large", token.text), token.span);
      return { kind: 'number', value: token.value, span: token.span };
    }
    if (token.kind === 'name') {
      this.next();
      if (this.isOp('(')) return this.call(token);
      return { kind: 'name', name: token.text, span: token.span };
    }
    if (this.isOp('(')) {
      const open = this.next();
      const inner = this.expression();
      const close = this.expect(')', l10n.t("a ')' to close the '(' at {0}", this.where(open.span.start)));
      return withSpan(inner, join(open.span, close.span));
    }
    throw this.unexpected(token, l10n.t("a number, a name or '('"));
  }

  private call(callee: Token): Expr {
    const open = this.next();
    const args: Argument[] = [];
    if (!this.isOp(')')) {
      do {
        args.push(this.argument());
      } while (this.isOp(',') && this.next());
    }
    const close = this.expect(
      ')',
      l10n.t("',' or a ')' to close the call to '{0}' opened at {1}", callee.text, this.where(open.span.start)),
    );
    return { kind: 'call', callee: callee.text, calleeSpan: callee.span, args, span: join(callee.span, close.span) };
  }

  private argument(): Argument {
    const token = this.peek();
    const after = this.tokens[this.index + 1];
    if (token.kind === 'name' && after?.kind === 'op' && after.text === '=') {
      this.index += 2;
      return { name: token.text, nameSpan: token.span, value: this.expression() };
    }
    return { value: this.expression() };
  }

  private expect(op: string, what: string): Token {
    const token = this.peek();
    if (token.kind === 'op' && token.text === op) return this.next();
    throw this.unexpected(token, what);
  }

  private unexpected(token: Token, expected: string): ParseError {
    const found = token.kind === 'end' ? l10n.t('the end of the expression') : `'${token.text}'`;
    const hint =
      token.kind === 'invalid'
        ? l10n.t("'{0}' is not part of the formula language (numbers, names, + - * / ^ and parentheses)", token.text)
        : undefined;
    const at = this.where(token.span.start);
    return new ParseError(l10n.t('expected {0} at {1}, found {2}', expected, at, found), token.span, hint);
  }

  private where(offset: number): string {
    const { line, column } = lineColumn(this.source, offset);
    return `${line}:${column}`;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.text === op;
  }
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function withSpan(expr: Expr, span: Span): Expr {
  return { ...expr, span };
}

/** Parses an expression. Errors come back as data with a span and a message that says where. */
export function parseExpression(source: string): ParseResult {
  if (source.trim() === '')
    return fail('parse', l10n.t('the expression is empty'), { span: { start: 0, end: source.length } });
  try {
    return { ok: true, expr: new Parser(source, scan(source)).parse() };
  } catch (error) {
    if (error instanceof ParseError) {
      return fail('parse', error.message, { span: error.span, ...(error.hint ? { hint: error.hint } : {}) });
    }
    throw error;
  }
}
