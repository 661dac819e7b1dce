// Our default keybindings take no key that someone else already has: not one of VS Code's own
// defaults (read from the running VS Code's Default Keyboard Shortcuts file, which lists every
// default of the running platform, built-in extensions included), and not one of the default
// keybindings of the most installed extensions on Windows, Linux or macOS (their package.json
// `contributes.keybindings`, recorded with repository and commit in
// test/fixtures/keybindings/top-extensions.json). Keys are compared normalised: modifier
// order and case do not matter, cmd/win/meta are one modifier, and a single key that starts
// someone else's chord (or a chord that starts with someone else's single key) clashes too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import * as vscode from 'vscode';
import { activated, contributes, type Contributes } from './extension';
import { until } from './commandsSupport.test';

type Platform = 'linux' | 'mac' | 'win';
const PLATFORMS: readonly Platform[] = ['linux', 'mac', 'win'];

/** A `contributes.keybindings` entry: `key` holds unless `mac`, `linux` or `win` overrides it. */
interface Keybinding {
  readonly key?: string;
  readonly mac?: string;
  readonly linux?: string;
  readonly win?: string;
  readonly command: string;
  readonly when?: string;
}

interface FixtureExtension {
  readonly id: string;
  readonly repository: string | null;
  readonly commit: string | null;
  readonly closedSource?: boolean;
  readonly keybindings: readonly Keybinding[];
}

interface Fixture {
  readonly header: { readonly installCounts: { readonly source: string; readonly date: string } };
  readonly extensions: readonly FixtureExtension[];
}

/** A key someone binds, normalised, and who. */
interface Bound {
  readonly key: string;
  readonly command: string;
  readonly who: string;
}

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/keybindings/top-extensions.json');
const DEFAULT_KEYBINDINGS = 'vscode://defaultsettings/keybindings.json';
const OUR_COMMANDS = /^marketingMetrics\./;

const MODIFIER_ORDER = ['ctrl', 'shift', 'alt', 'meta'] as const;
const MODIFIER_NAMES: Readonly<Record<string, (typeof MODIFIER_ORDER)[number]>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  shift: 'shift',
  alt: 'alt',
  option: 'alt',
  cmd: 'meta',
  command: 'meta',
  meta: 'meta',
  win: 'meta',
  super: 'meta',
};

/** One chord part: "Shift+Ctrl+M" and "ctrl+shift+m" are both "ctrl+shift+m". */
function normalizePart(part: string): string {
  const lower = part.toLowerCase();
  // The "+" key itself is written "ctrl++" (or "+" alone).
  const plusKey = lower === '+' || lower.endsWith('++');
  const tokens = plusKey ? [...lower.slice(0, -1).split('+').filter(Boolean), '+'] : lower.split('+');
  const key = tokens.pop();
  assert.ok(key, `no key in "${part}"`);
  const names = new Set(
    tokens.map((modifier) => {
      const name = MODIFIER_NAMES[modifier];
      assert.ok(name, `unknown modifier "${modifier}" in "${part}"`);
      return name;
    }),
  );
  return [...MODIFIER_ORDER.filter((name) => names.has(name)), key].join('+');
}

/** A key or a chord ("ctrl+k shift+m"), normalised part by part. */
function normalizeKey(key: string): string {
  return key.trim().split(/\s+/).map(normalizePart).join(' ');
}

/** What a keybinding binds on a platform, as VS Code reads it: the platform's own key, else `key`. */
function keyOn(binding: Keybinding, platform: Platform): string | undefined {
  const key = binding[platform] ?? binding.key;
  return key === undefined ? undefined : normalizeKey(key);
}

/**
 * Whether two normalised keys collide: the same, or one is a single key that the other uses to
 * start a chord (pressing it would then wait for a second key, or never wait). A chord of ours
 * may start with a key that is also bound alone when VS Code already starts chords with it
 * (`chordStarts`): on macOS cmd+k clears the terminal and starts all of VS Code's cmd+k chords.
 */
function collides(ours: string, theirs: string, chordStarts: ReadonlySet<string> = new Set()): boolean {
  if (ours === theirs) return true;
  const [ourFirst, ...ourRest] = ours.split(' ');
  const [theirFirst, ...theirRest] = theirs.split(' ');
  if (ourFirst !== theirFirst) return false;
  if (ourRest.length === 0) return theirRest.length > 0;
  return theirRest.length === 0 && !chordStarts.has(ourFirst!);
}

function clashes(ours: string, bound: readonly Bound[], chordStarts?: ReadonlySet<string>): string[] {
  return bound
    .filter((other) => !OUR_COMMANDS.test(other.command) && collides(ours, other.key, chordStarts))
    .map((other) => `${ours} is ${other.who}'s ${other.key} (${other.command})`);
}

function ourKeybindings(): readonly Keybinding[] {
  return (contributes() as Contributes & { keybindings?: readonly Keybinding[] }).keybindings ?? [];
}

function fixture(): Fixture {
  return JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Fixture;
}

/** Every key the fixture's extensions bind on `platform`. */
function extensionKeys(extensions: readonly FixtureExtension[], platform: Platform): Bound[] {
  return extensions.flatMap((extension) =>
    extension.keybindings.flatMap((binding) => {
      const key = keyOn(binding, platform);
      return key === undefined ? [] : [{ key, command: binding.command, who: extension.id }];
    }),
  );
}

/** The clashes of `ours` with the fixture, on each platform. */
function clashesWithExtensions(ours: readonly Keybinding[], extensions: readonly FixtureExtension[]): string[] {
  return PLATFORMS.flatMap((platform) => {
    const theirs = extensionKeys(extensions, platform);
    return ours.flatMap((binding) => {
      const key = keyOn(binding, platform);
      return key === undefined ? [] : clashes(key, theirs).map((clash) => `${platform}: ${clash}`);
    });
  });
}

/** The running VS Code's Default Keyboard Shortcuts (JSON), as the command opens it. */
async function defaultKeybindings(): Promise<{ text: string; bindings: Keybinding[] }> {
  await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
  const opened = () => vscode.window.activeTextEditor?.document.uri.toString() === DEFAULT_KEYBINDINGS;
  await until(opened, `${DEFAULT_KEYBINDINGS} did not open`);
  const text = vscode.window.activeTextEditor!.document.getText();
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  const errors: ParseError[] = [];
  const bindings = parse(text, errors, { allowTrailingComma: true }) as Keybinding[];
  assert.deepEqual(errors, [], 'the default keybindings file does not parse');
  return { text, bindings };
}

describe('default keybindings', function () {
  this.timeout(60_000);
  before(activated);

  it('binds Evaluate Selection only in an editor with a selection', () => {
    const evaluate = ourKeybindings().filter((binding) => binding.command === 'marketingMetrics.evaluateSelection');
    assert.equal(evaluate.length, 1, JSON.stringify(ourKeybindings()));
    assert.equal(evaluate[0]!.when, 'editorTextFocus && editorHasSelection');
  });

  it("takes no key of VS Code's own defaults (the running VS Code's Default Keyboard Shortcuts)", async () => {
    const { text, bindings } = await defaultKeybindings();
    // The file lists the running platform's keys: macOS writes cmd, Windows and Linux ctrl.
    const platform: Platform = /"key":\s*"[^"]*\bcmd\+/.test(text)
      ? 'mac'
      : process.platform === 'win32'
        ? 'win'
        : 'linux';
    const defaults: Bound[] = bindings
      .filter((binding) => binding.key !== undefined)
      .map((binding) => ({ key: normalizeKey(binding.key!), command: binding.command, who: 'VS Code' }));
    assert.ok(defaults.length > 500, `only ${defaults.length} default keybindings read`);
    // What the comparison must see: a chord of VS Code's, written as VS Code writes it.
    const changeLanguage = platform === 'mac' ? 'meta+k m' : 'ctrl+k m';
    assert.ok(
      defaults.some((d) => d.key === changeLanguage && d.command === 'workbench.action.editor.changeLanguageMode'),
      `${changeLanguage} (Change Language Mode) is not among the defaults read on ${platform}`,
    );
    const chordStarts = new Set(defaults.filter((d) => d.key.includes(' ')).map((d) => d.key.split(' ')[0]!));

    const ours = ourKeybindings();
    assert.ok(ours.length > 0, 'package.json contributes no keybindings');
    const found = ours.flatMap((binding) => {
      const key = keyOn(binding, platform);
      return key === undefined ? [] : clashes(key, defaults, chordStarts).map((clash) => `${platform}: ${clash}`);
    });
    assert.deepEqual(found, [], `our keybindings clash with VS Code's defaults on ${platform}`);
  });

  it('takes no key of the most installed extensions, on Windows, Linux and macOS', () => {
    const { header, extensions } = fixture();
    assert.ok(header.installCounts.source && header.installCounts.date, 'the fixture cites no install counts');
    assert.ok(extensions.length >= 20, `the fixture has ${extensions.length} extensions`);
    for (const extension of extensions) {
      assert.ok(
        extension.closedSource || (extension.repository && /^[0-9a-f]{40}$/.test(extension.commit ?? '')),
        `${extension.id} names no repository and commit`,
      );
    }
    assert.deepEqual(clashesWithExtensions(ourKeybindings(), extensions), []);
  });

  it('would have caught the old ctrl+alt+m: Code Runner binds it to Stop Code Run', () => {
    const { extensions } = fixture();
    const codeRunner = extensions.find((extension) => extension.id === 'formulahendry.code-runner');
    assert.ok(codeRunner, 'Code Runner is not in the fixture');
    assert.ok(
      codeRunner.keybindings.some(
        (binding) => keyOn(binding, 'linux') === 'ctrl+alt+m' && binding.command === 'code-runner.stop',
      ),
      JSON.stringify(codeRunner.keybindings),
    );
    // Case and modifier order do not hide it.
    assert.equal(normalizeKey('Alt+CTRL+M'), 'ctrl+alt+m');
    const old: Keybinding = { key: 'ctrl+alt+m', mac: 'ctrl+cmd+m', command: 'marketingMetrics.evaluateSelection' };
    assert.deepEqual(clashesWithExtensions([old], extensions), [
      "linux: ctrl+alt+m is formulahendry.code-runner's ctrl+alt+m (code-runner.stop)",
      "win: ctrl+alt+m is formulahendry.code-runner's ctrl+alt+m (code-runner.stop)",
    ]);
  });
});
