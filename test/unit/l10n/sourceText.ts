// Reads the extension's sources with the TypeScript compiler and finds (1) every key given to
// l10n.t and (2) every literal that reaches the user without it. Used by translations.test.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.join(__dirname, '../../..');
export const SRC = path.join(ROOT, 'src');

export interface Found {
  /** src-relative path and line: "core/read/number.ts:176". */
  readonly at: string;
  readonly text: string;
  readonly why: string;
}

export interface Scan {
  /** Every key given to l10n.t or vscode.l10n.t, with where it is used. */
  readonly keys: ReadonlyMap<string, string>;
  /** The message of each key that carries a comment (`message/comment`): what the translation renders. */
  readonly messages: ReadonlyMap<string, string>;
  /** Calls to l10n.t whose key is not a literal, or that run before the translations are loaded. */
  readonly badCalls: readonly Found[];
  /** Text shown to users without l10n.t. */
  readonly untranslated: readonly Found[];
}

/** Properties of object literals whose string is shown: messages, QuickPick items, CodeLens titles, DOM props. */
const TEXT_PROPERTIES = new Set([
  'title',
  'placeHolder',
  'placeholder',
  'prompt',
  'message',
  'hint',
  'label',
  'description',
  'detail',
  'tooltip',
  'text',
  'reason',
  'aria-label',
  'ariaLabel',
  'validationMessage',
]);
/** Properties assigned a shown string: DOM text and attributes, TreeItem and QuickPick fields. */
const TEXT_SETTERS = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'placeHolder',
  'ariaLabel',
  'label',
  'description',
  'detail',
  'tooltip',
  'prompt',
  'validationMessage',
  'message',
]);
/** Attributes (setAttribute) a screen reader or a tooltip shows. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt']);
/** Calls whose every string argument is shown. */
const SHOWN_ARGUMENTS = new Set([
  'showInformationMessage',
  'showWarningMessage',
  'showErrorMessage',
  'setStatusBarMessage',
  'appendMarkdown',
  'appendText',
  'createTextNode',
  'append',
  'prepend',
]);

/**
 * Names of products, formats and languages: the same in every language, so shown as written.
 * Anything else with letters in a place the user reads is a word to translate.
 */
export const NAMES = new Set([
  'CSV',
  'TSV',
  'JSON',
  'SQL',
  'pandas',
  'Python',
  'JavaScript',
  'LaTeX',
  'Excel/Sheets',
  'DuckDB',
  'BigQuery',
  'PostgreSQL',
  'Snowflake',
  'SQL Server',
  'MySQL / MariaDB',
  'Spark SQL / Databricks',
  'Parquet',
  'Marketing Metrics',
]);

export function scanSources(files: readonly string[]): Scan {
  const keys = new Map<string, string>();
  const messages = new Map<string, string>();
  const badCalls: Found[] = [];
  const untranslated: Found[] = [];
  for (const file of files) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node) => `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const shown = (node: ts.Node | undefined, why: string) => {
      if (!node) return;
      for (const literal of literalsOf(node)) {
        const text = textOf(literal);
        if (hasWords(text)) untranslated.push({ at: at(literal), text, why });
      }
    };
    const visit = (node: ts.Node): void => {
      if (isTranslateCall(node)) {
        const key = keyOf(node);
        if (key === undefined) badCalls.push({ at: at(node), text: node.getText(), why: 'the key is not a literal' });
        else if (!keys.has(key)) keys.set(key, at(node));
        if (key !== undefined) messages.set(key, messageOf(node) ?? key);
        if (isCoreTranslate(node) && runsOnLoad(node, rel))
          badCalls.push({ at: at(node), text: node.getText(), why: 'runs as the module loads, before l10n.config' });
        return; // its arguments are values put into the translation
      }
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) checkCall(node, rel, shown);
      else if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(nameOf(node.name) ?? ''))
        shown(node.initializer, `the ${nameOf(node.name)} of an object`);
      else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        TEXT_SETTERS.has(node.left.name.text)
      )
        shown(node.right, `assigned to .${node.left.name.text}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, messages, badCalls, untranslated };
}

function checkCall(
  node: ts.CallExpression | ts.NewExpression,
  rel: string,
  shown: (node: ts.Node | undefined, why: string) => void,
): void {
  const name = calleeName(node.expression);
  const args = node.arguments ?? ts.factory.createNodeArray();
  if (name === undefined) return;
  if (SHOWN_ARGUMENTS.has(name)) args.forEach((arg) => shown(arg, `an argument of ${name}`));
  else if (name === 'fail') shown(args[1], 'the message of a Failure');
  else if (name === 'failAt') [args[4], args[5]].forEach((arg) => shown(arg, 'the message of a Failure'));
  // outcome.ts: a command's failure is shown as it is worded, after a prefix.
  else if (name === 'failed' || name === 'refused') shown(args[2], "a command's failure");
  else if (name === 'coreFailed') shown(args[3], "a command's failure");
  // Progress: runWork's title and each step's message (commands/progress.ts).
  else if (name === 'runWork') shown(args[0], 'the title of a progress notification');
  else if (name === 'step') shown(args[2], 'a progress message');
  else if (name === 'button') shown(args[0], "a button's label");
  else if (name === 'MarkdownString') shown(args[0], 'a MarkdownString');
  else if (name === 'setAttribute' && args[0] && ts.isStringLiteral(args[0]) && TEXT_ATTRIBUTES.has(args[0].text))
    shown(args[1], `the ${args[0].text} attribute`);
  else if (name === 'showQuickPick') {
    const items = args[0];
    if (items && ts.isArrayLiteralExpression(items)) items.elements.forEach((item) => shown(item, 'a QuickPick item'));
  } else if (ts.isNewExpression(node) && /Error$/.test(name) && !rel.startsWith('core/'))
    // The core returns what is wrong with the user's input as data; what it throws is a bug
    // (an unhandled case). Elsewhere a thrown message may end up in a notification.
    shown(args[0], 'the message of a thrown error');
}

function isTranslateCall(node: ts.Node): node is ts.CallExpression | ts.TaggedTemplateExpression {
  const callee = ts.isCallExpression(node)
    ? node.expression
    : ts.isTaggedTemplateExpression(node)
      ? node.tag
      : undefined;
  if (!callee || !ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  // `l10n.t` (@vscode/l10n, imported as l10n) or `vscode.l10n.t`.
  return (
    (ts.isIdentifier(owner) && owner.text === 'l10n') ||
    (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n')
  );
}

/** `l10n.t` of @vscode/l10n, configured late; `vscode.l10n.t` is ready before the extension loads. */
function isCoreTranslate(node: ts.CallExpression | ts.TaggedTemplateExpression): boolean {
  const callee = ts.isCallExpression(node) ? node.expression : node.tag;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression);
}

/** The message of a call in the object form, whose key may add a comment. */
function messageOf(node: ts.CallExpression | ts.TaggedTemplateExpression): string | undefined {
  const first = ts.isCallExpression(node) ? node.arguments[0] : undefined;
  if (!first || !ts.isObjectLiteralExpression(first)) return undefined;
  const property = first.properties.find((p) => ts.isPropertyAssignment(p) && nameOf(p.name) === 'message');
  return property && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)
    ? property.initializer.text
    : undefined;
}

/** The bundle key a call looks up: the message, or `message/comment` when it has a comment. */
function keyOf(node: ts.CallExpression | ts.TaggedTemplateExpression): string | undefined {
  if (ts.isTaggedTemplateExpression(node)) {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
    return template.head.text + template.templateSpans.map((span, i) => `{${i}}${span.literal.text}`).join('');
  }
  const first = node.arguments[0];
  if (!first) return undefined;
  if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) return first.text;
  if (!ts.isObjectLiteralExpression(first)) return undefined;
  const field = (name: string) => {
    const property = first.properties.find((p) => ts.isPropertyAssignment(p) && nameOf(p.name) === name);
    const value = property && ts.isPropertyAssignment(property) ? property.initializer : undefined;
    if (value && ts.isArrayLiteralExpression(value)) {
      const parts = value.elements.filter(ts.isStringLiteral);
      return parts.length === value.elements.length ? parts.map((e) => e.text).join('') : undefined;
    }
    return value && ts.isStringLiteral(value) ? value.text : undefined;
  };
  const message = field('message');
  const comment = field('comment');
  return message === undefined ? undefined : comment ? `${message}/${comment}` : message;
}

/**
 * `@vscode/l10n` is configured when the features load (src/l10nCore.ts), after their modules
 * are evaluated: a call outside any function would answer in English for good. Webview pages
 * configure it in their first import (src/webview/l10n.ts), so they may.
 */
function runsOnLoad(node: ts.Node, rel: string): boolean {
  if (rel.startsWith('webview/')) return false;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return false;
    if (ts.isPropertyDeclaration(parent) && !parent.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword))
      return false;
  }
  return true;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function nameOf(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/**
 * The literals an expression shows: itself, or the branches of a conditional, the parts of a
 * `+` or of a template, the elements of an array, the fields of an object (a QuickPick item).
 * A call's arguments are not followed: l10n.t's are values, and any other call makes its own text.
 */
function literalsOf(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    const inner = ts.isTemplateExpression(node) ? node.templateSpans.flatMap((s) => literalsOf(s.expression)) : [];
    return [node, ...inner];
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...literalsOf(node.left), ...literalsOf(node.right)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return literalsOf(node.right);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(literalsOf);
  return [];
}

/** A template's own text, its substitutions as {0}, {1}…: what a translator would see. */
function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join('');
  return node.getText();
}

/** Letters a reader reads: not codicons ($(copy)), placeholders or names in NAMES. */
export function hasWords(text: string): boolean {
  const bare = text
    .replace(/\$\([a-z-]+\)/g, '')
    .replace(/\{\d+\}/g, '')
    .trim();
  return !NAMES.has(bare) && /\p{L}{2,}/u.test(bare);
}

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Methods that write to a log or the console (and the stage timings the log shows): developer text, in English. */
const LOG_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'log', 'appendLine', 'mark']);
const LOG_OWNER = /\b(log|console|channel|output|stages)\b/i;

/**
 * Literals that read as prose (two words or more) and are not in a place known to be shown:
 * text a function returns or passes on, which the sink rules above cannot follow. Exempt:
 * l10n.t's arguments, log and console lines, imports, types, comparisons and `case` labels,
 * what the core throws (bugs, see checkCall).
 */
export function proseLiterals(files: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const file of files) {
    const rel = path.relative(SRC, file).split(path.sep).join('/');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (isTranslateCall(node) || isExempt(node, rel)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
        const text = textOf(node);
        if (isProse(text)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push({ at: `${rel}:${line}`, text, why: 'prose outside l10n.t' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function isExempt(node: ts.Node, rel: string): boolean {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return true;
  if (ts.isCaseClause(node)) return true;
  if (ts.isBinaryExpression(node) && /^(===|!==|==|!=|in)$/.test(node.operatorToken.getText())) return true;
  if (ts.isThrowStatement(node) && rel.startsWith('core/')) return true;
  // coreFailed's last argument, the shape of the input, goes to the log only (commands/outcome.ts).
  const parent = node.parent as ts.Node | undefined;
  if (parent && ts.isCallExpression(parent) && calleeName(parent.expression) === 'coreFailed')
    if (parent.arguments[4] === node) return true;
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isIdentifier(callee) && (callee.text === 'require' || LOG_METHODS.has(callee.text))) return true;
    if (
      ts.isPropertyAccessExpression(callee) &&
      LOG_METHODS.has(callee.name.text) &&
      LOG_OWNER.test(callee.expression.getText())
    )
      return true;
  }
  return false;
}

/** Two words or more, one of them lower-case: "show the rows", not "SQL Server" or "row variant-row". */
/** A style sheet, one rule per line (a webview's CSS): its words are property values, never shown. */
function isStyleSheet(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => /^[^{}]+\{[^{}]*\}$/.test(line.trim()));
}

function isProse(text: string): boolean {
  if (NAMES.has(text.trim()) || isStyleSheet(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^\p{L}{2,}[,.;:!?…]?$/u.test(word));
  return words.length >= 2 && words.some((word) => /\p{Ll}/u.test(word));
}
