import * as l10n from '@vscode/l10n';
/**
 * Reads the compute-all box: one quantity per line as `name: value`, `name = value` or
 * `name<Tab>value` (a row pasted from a spreadsheet). Blank lines and `#` comments are
 * skipped. The names and values are passed on as typed; the core matches the names through
 * aliases and reads the numbers with the locale.
 */
export interface ParsedLines {
  /** Own properties only (built with Object.fromEntries), so `__proto__` is just a name. */
  readonly values: Record<string, string>;
  /** "line 3: …", for lines that could not be read. */
  readonly problems: readonly string[];
}

const SEPARATOR = /[:=\t]/;
const MAX_KEY = 200;
const MAX_VALUE = 1000;

export function parseLines(text: string): ParsedLines {
  const entries = new Map<string, string>();
  const problems: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const number = index + 1;
    const at = trimmed.search(SEPARATOR);
    if (at < 0) {
      problems.push(l10n.t('line {0}: write it as name: value (for example clicks: 120)', number));
      return;
    }
    const key = trimmed.slice(0, at).trim();
    const value = trimmed.slice(at + 1).trim();
    if (key === '')
      problems.push(
        trimmed[at] === '\t'
          ? l10n.t('line {0}: the name before the Tab is missing', number)
          : l10n.t("line {0}: the name before '{1}' is missing", number, trimmed[at]!),
      );
    else if (value === '') problems.push(l10n.t('line {0}: {1} has no value', number, shorten(key)));
    else if (key.length > MAX_KEY || value.length > MAX_VALUE)
      problems.push(l10n.t('line {0}: too long to be a name and a number', number));
    else if (key === '__proto__') problems.push(l10n.t('line {0}: __proto__ is not the name of a quantity', number));
    else if (entries.has(key))
      problems.push(l10n.t('line {0}: {1} is given twice; the first value is used', number, shorten(key)));
    else entries.set(key, value);
  });
  return { values: Object.fromEntries(entries), problems };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
