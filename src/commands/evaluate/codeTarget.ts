import { CODE_TARGETS, type CodeTarget } from '../../core';

/** The code target a document's language writes, when it is one of them. */
const LANGUAGE_TARGETS: Readonly<Record<string, CodeTarget>> = {
  python: 'pandas',
  sql: 'sql',
  javascript: 'javascript',
  typescript: 'javascript',
  javascriptreact: 'javascript',
  typescriptreact: 'javascript',
  latex: 'latex',
  tex: 'latex',
};

export function targetForLanguage(languageId: string | undefined): CodeTarget | undefined {
  return languageId !== undefined && Object.hasOwn(LANGUAGE_TARGETS, languageId)
    ? LANGUAGE_TARGETS[languageId]
    : undefined;
}

export function isCodeTarget(value: unknown): value is CodeTarget {
  return typeof value === 'string' && (CODE_TARGETS as readonly string[]).includes(value);
}
