// Every word the extension shows is translatable, and the German translation is complete:
// a string shown without l10n.t, a key without its German, a German entry left in English,
// a stale entry or a placeholder lost in translation fails here. How the sources are read:
// sourceText.ts. The manifest's own strings (package.nls.*.json) are checked by
// test/unit/manifest/nls.test.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { evaluate, readNumber } from '../../../src/core';
import { built } from '../build/builds';
import { proseLiterals, ROOT, scanSources, sourceFiles, SRC, type Found } from './sourceText';

const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.de.json');

/**
 * The metric catalog is data, translated by metric id (src/core/catalog/translations), not by
 * l10n.t: its names and descriptions are checked there.
 */
const files = sourceFiles(SRC).filter((file) => !file.includes(`${path.sep}catalog${path.sep}`));

/**
 * Files whose prose is not for users: the header names exports write in many languages (read,
 * never shown as ours), and the code the extension writes (SQL, pandas and their comments stay
 * English, as code is). Their messages to users are still held to the rules of sourceText.ts.
 */
const NOT_PROSE = ['core/columns/languageNames.ts', 'core/columns/platformNames.ts', 'core/code/'];

/** Literals that read as prose but are never shown, each with where it goes instead. */
const DEVELOPER_TEXT: ReadonlyArray<{ readonly file: string; readonly text: string; readonly why: string }> = [
  {
    file: 'calculator/protocol.ts',
    text: 'at most {0} values',
    why: 'a schema check, logged when a message is dropped',
  },
  { file: 'commands/evaluateSelection.ts', text: '{0} chars, {1} lines', why: 'the selection sizes the log shows' },
  {
    file: 'files/duckdb.ts',
    text: 'SET enable_progress_bar = true; SET enable_progress_bar_print = false',
    why: 'SQL',
  },
  { file: 'files/openedFile.ts', text: 'The query was cancelled', why: 'an exception caught as Cancel, never shown' },
  {
    file: 'core/dates/readDates.ts',
    text: 'Mar 14, 2026 / 14 Mar 2026',
    why: 'a date format as the files write it, with English month names as the reader reads them',
  },
];

/**
 * German entries the same as their English key: names and codes a German analyst writes the
 * same way. Anything else identical is an entry left untranslated.
 */
const SAME_IN_GERMAN = new Set(['in {0}', '{0} / {1}', '{0}: {1}']);

function bundle(): Record<string, string> {
  return JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, string>;
}

function list(found: readonly Found[]): string {
  return found.map((f) => `\n  ${f.at} (${f.why}): ${JSON.stringify(f.text)}`).join('');
}

/** The {0}, {1}… of a message, sorted: a translation reorders them but keeps each. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]!).sort();
}

describe('translations', () => {
  const scan = scanSources(files);
  const german = bundle();

  it('shows no string literal to users without l10n.t', () => {
    assert.equal(scan.untranslated.length, 0, `untranslated:${list(scan.untranslated)}`);
  });

  it('has no prose outside l10n.t but in code, logs and the listed developer text', () => {
    const shown = new Set(scan.untranslated.map((f) => `${f.at}${f.text}`));
    const prose = proseLiterals(files.filter((file) => !NOT_PROSE.some((p) => relative(file).startsWith(p)))).filter(
      (f) =>
        !shown.has(`${f.at}${f.text}`) &&
        !DEVELOPER_TEXT.some((d) => f.at.startsWith(`${d.file}:`) && d.text === f.text),
    );
    assert.equal(prose.length, 0, `prose outside l10n.t:${list(prose)}`);
  });

  it('gives l10n.t literal keys, and calls @vscode/l10n only once the translations are loaded', () => {
    assert.equal(scan.badCalls.length, 0, list(scan.badCalls));
  });

  it('has every key the sources use in the German bundle', () => {
    const missing = [...scan.keys].filter(([key]) => !Object.hasOwn(german, key));
    assert.deepEqual(
      missing.map(([key, at]) => `${at}: ${key}`),
      [],
    );
  });

  it('has no German entry the sources no longer use', () => {
    assert.deepEqual(
      Object.keys(german).filter((key) => !scan.keys.has(key)),
      [],
    );
  });

  it('translates every entry, but for the listed names', () => {
    assert.deepEqual(
      Object.entries(german).filter(([key, value]) => value === key && !SAME_IN_GERMAN.has(key)),
      [],
    );
  });

  it('keeps every placeholder and the whitespace at both ends', () => {
    const wrong = Object.entries(german).filter(
      ([key, value]) =>
        placeholders(scan.messages.get(key) ?? key).join() !== placeholders(value).join() ||
        key.match(/^\s*/)![0] !== value.match(/^\s*/)![0] ||
        key.match(/\s*$/)![0] !== value.match(/\s*$/)![0],
    );
    assert.deepEqual(wrong, []);
  });

  it('writes no brace that would hide a placeholder from l10n.t', () => {
    // l10n.t replaces /{([^}]+)}/: in "{ a: {0} }" the first match is "{ a: {0}", and {0} stays.
    const hiding = (text: string) => [...text.matchAll(/\{([^}]+)\}/g)].some((m) => m[1]!.includes('{'));
    assert.deepEqual([...scan.keys.keys(), ...Object.values(german)].filter(hiding), []);
  });

  it('leaves @vscode/l10n out of the activation bundle, whose copy nothing would configure', async function () {
    this.timeout(60_000);
    const extension = await built('dist/extension.js');
    assert.deepEqual(
      extension.inputs.filter((input) => input.includes('@vscode/l10n')),
      [],
    );
  });

  describe('the core in German', () => {
    // The host configures @vscode/l10n from vscode.l10n.bundle (src/l10nCore.ts); here, from the file.
    before(() => l10n.config({ contents: german }));
    // Every later test reads English messages again.
    after(() => l10n.config({ contents: {} }));

    it('words its errors and reasons in German', () => {
      const number = readNumber('12x', { locale: 'de-DE' });
      assert.equal(
        number.ok ? '' : number.error.message,
        "'12x' ist keine Zahl: 'x' nach der Zahl ist weder Währung noch Prozentzeichen noch Multiplikator (k, M, bn)",
      );
      const ctr = evaluate('ctr', { clicks: 0, impressions: 0 }, { locale: 'de-DE' });
      assert.equal(ctr.ok ? '' : ctr.error.message, 'impressions ist 0, und die Formel teilt dadurch');
    });

    it('formats numbers as German users write them', () => {
      const cpc = evaluate('cpc', { cost: 1234.5, clicks: 1 }, { locale: 'de-DE', currency: 'EUR' });
      // Intl puts a no-break space between the amount and the sign, as German typesetting does.
      assert.equal(cpc.ok ? cpc.text : '', '1.234,50\u00a0€');
    });
  });
});

function relative(file: string): string {
  return path.relative(SRC, file).split(path.sep).join('/');
}
