// The manifest's text in package.nls.json, and its German in package.nls.de.json: every text a
// user sees in package.json is a %key%, every key is in both files and nothing else is, the
// German is German (not the English left in place), and a translation keeps the walkthrough's
// and welcome view's command links and the placeholders of its English.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const manifest = read('package.json');
const english = read('package.nls.json') as Record<string, string>;
const german = read('package.nls.de.json') as Record<string, string>;

// Fields of package.json that VS Code shows to users (the manifest reference and the
// configuration schema): https://code.visualstudio.com/api/references/extension-manifest
const SHOWN = new Set([
  'displayName',
  'description',
  'title',
  'name',
  'contextualTitle',
  'category',
  'contents',
  'altText',
  'markdownDescription',
  'patternErrorMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
]);
// Where `name` or `description` is data, not text: the package's name, a schema's property named
// "name" or "description" (custom metrics' fields), and the repository's description.
const NOT_TEXT = [/^name$/, /\.properties\.(name|description)$/];

/** Every string a user sees, with where it is. */
function shown(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => shown(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      const where = at ? `${at}.${key}` : key;
      if (['scripts', 'devDependencies', 'dependencies', 'overrides', 'allowScripts'].includes(key)) continue;
      if (SHOWN.has(key) && !NOT_TEXT.some((r) => r.test(where))) {
        const texts = Array.isArray(v) ? v : [v];
        texts.forEach((t, i) => typeof t === 'string' && out.push([Array.isArray(v) ? `${where}[${i}]` : where, t]));
        if (typeof v === 'object' && !Array.isArray(v)) shown(v, where, out);
      } else shown(v, where, out);
    }
  return out;
}

// Identical in German: names of products and engines, and the extension's name.
const SAME_IN_GERMAN = new Set([
  'displayName',
  'config.sqlDialect.enumDescriptions.postgresql',
  'config.sqlDialect.enumDescriptions.snowflake',
  'config.sqlDialect.enumDescriptions.duckdb',
  'config.sqlDialect.enumDescriptions.sqlite',
  'config.sqlDialect.enumDescriptions.redshift',
]);

describe('package.nls.json and its German', () => {
  const used = shown(manifest, '');

  it('every text users see in package.json is a %key% of package.nls.json', () => {
    const literal = used.filter(([, text]) => !/^%[\w.-]+%$/.test(text));
    assert.deepEqual(literal, []);
    assert.ok(used.length > 80, `${used.length} texts`);
  });

  it('English and German have exactly the keys package.json uses', () => {
    const keys = [...new Set(used.map(([, text]) => text.slice(1, -1)))].sort();
    assert.deepEqual(Object.keys(english).sort(), keys);
    assert.deepEqual(Object.keys(german).sort(), keys);
  });

  it('the German is translated, with the same command links, placeholders and numbers of steps', () => {
    for (const [key, text] of Object.entries(english)) {
      const de = german[key]!;
      assert.ok(de.trim().length > 0, key);
      if (!SAME_IN_GERMAN.has(key)) assert.notEqual(de, text, `${key} is not translated`);
      const links = (s: string) => [...s.matchAll(/\]\((command:[^)]+)\)/g)].map((m) => m[1]);
      assert.deepEqual(links(de), links(text), `${key}: command links`);
      const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(placeholders(de), placeholders(text), `${key}: placeholders`);
    }
  });

  it('ships both files in the package', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!package\.nls\*\.json$/m);
    assert.match(ignore, /^!l10n\/\*\.json$/m);
  });
});
