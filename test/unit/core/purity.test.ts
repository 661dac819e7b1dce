import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '../../../src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the formula core stays portable', () => {
  const files = sourceFiles(CORE);
  it('has source files', () => assert.ok(files.length > 10));
  for (const file of files) {
    it(`${path.relative(CORE, file)} imports neither vscode nor Node built-ins, and never evals`, () => {
      const text = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from ['"]vscode['"]|require\(['"]vscode['"]\)/);
      assert.doesNotMatch(text, /from ['"](node:|fs|path|os|crypto|child_process)['"/]/);
      assert.doesNotMatch(text, /\beval\(|new Function\(/);
    });
  }
});
