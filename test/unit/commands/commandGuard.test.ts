import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '../../../src');
const GUARD = 'src/commandGuard.ts';
/** VS Code's two ways to register a command; `registerCommands` (the guard's) is another word. */
const REGISTRATION = /\bregister(?:TextEditor)?Command\b/;

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

// A command registered past the guard would answer callers with whatever it returns, and fail
// unlogged, unshown, with no code: every command goes through registerCommands in the guard.
describe('the command guard is the only place a command is registered', () => {
  it('no file of src/ but the guard names registerCommand or registerTextEditorCommand', () => {
    const outside: string[] = [];
    for (const file of sources(SRC)) {
      const relative = path.relative(path.join(SRC, '..'), file).split(path.sep).join('/');
      if (relative === GUARD) continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (REGISTRATION.test(line)) outside.push(`${relative}:${index + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(outside, [], `register commands with registerCommands from ${GUARD}`);
  });

  it('the guard itself registers with vscode.commands.registerCommand (the rule looks for the right name)', () => {
    assert.match(fs.readFileSync(path.join(SRC, '..', GUARD), 'utf8'), /vscode\.commands\.registerCommand\(/);
  });
});
