import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';

// vsce's own file list, run on a copy of the manifest and .vscodeignore beside stand-in build
// output: what a development build leaves in dist/ (source maps) must not ship.
const ROOT = path.join(__dirname, '../../..');
const NO_DEPENDENCIES = PackageManager.None;

describe('the packaged extension', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-package-'));
    for (const file of ['package.json', '.vscodeignore', 'README.md', 'LICENSE'])
      fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    const outputs = [
      'dist/extension.js',
      'dist/extension.js.map',
      'dist/core.js',
      'dist/core.js.map',
      'dist/features.js',
      'dist/features.js.map',
      'dist/webview/results.js',
      'dist/webview/results.js.map',
      'media/icon.png',
      'src/extension.ts',
      'test/unit/x.test.ts',
    ];
    for (const file of outputs) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), '');
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the bundles and the media, and no source map or source', async () => {
    const files = (await listFiles({ cwd: dir, packageManager: NO_DEPENDENCIES }))
      .map((f) => f.replaceAll('\\', '/'))
      .sort();
    assert.deepEqual(files, [
      'LICENSE',
      'README.md',
      'dist/core.js',
      'dist/extension.js',
      'dist/features.js',
      'dist/webview/results.js',
      'media/icon.png',
      'package.json',
    ]);
  });
});
