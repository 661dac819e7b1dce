// Installs what a real VS Code needs here, once: the pinned code-server from npm (without its
// postinstall, which downloads), Debian's Chromium and ripgrep, and Debian's pandas for the
// engine tests. See
// ../../../shared/REAL-VSCODE-TESTS.md for why each step is there.
//
//   npx tsx scripts/vscode/install.ts      (npm test runs it as its "install" stage)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, DEBIAN_PANDAS, RIPGREP } from './paths';
import { run, runMain, seconds } from './proc';

const MARKER_NAME = '.install-complete';
const MARKER = path.join(CODE_SERVER_DIR, MARKER_NAME);
const NATIVE_MODULES = [
  'node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/native-watchdog/build/Release/watchdog.node',
  'node_modules/node-pty/build/Release/pty.node',
];
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];
const APT_LOG = path.join(CODE_SERVER_DIR, '..', 'apt-get.log');

/** Debian packages the tests need, by the file each one provides. */
const DEBIAN_PACKAGES: ReadonlyArray<{ name: string; file: string }> = [
  { name: 'chromium', file: CHROMIUM },
  { name: 'ripgrep', file: RIPGREP },
  // The unit stage runs the pandas code Insert Formula as Code writes (test/unit/core/code).
  { name: 'python3-pandas', file: DEBIAN_PANDAS },
];

/** Everything at once; cheap when all is there already. Returns code-server's entry.js. */
export async function ensureInstalled(): Promise<string> {
  await ensureDebianPackages();
  return ensureCodeServer();
}

export async function ensureDebianPackages(): Promise<void> {
  const missing = DEBIAN_PACKAGES.filter((p) => !fs.existsSync(p.file)).map((p) => p.name);
  if (missing.length === 0) return;
  const install = ['install', '-y', '--no-install-recommends', ...missing];
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing ${missing.join(', ')}. Install with:\n  sudo apt-get ${install.join(' ')}`);
  }
  console.log(`Installing Debian packages: ${missing.join(', ')} (log: ${APT_LOG})`);
  fs.mkdirSync(path.dirname(APT_LOG), { recursive: true });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => run('apt-get', ['-q', ...args], { env, allowFailure: true, logFile: APT_LOG });
  // On failure the package lists are missing or stale: refresh them once and try again.
  const ok = (await apt(install)) === 0 || ((await apt(['update'])) === 0 && (await apt(install)) === 0);
  if (!ok) {
    console.error(fs.readFileSync(APT_LOG, 'utf8').split('\n').slice(-30).join('\n'));
    throw new Error(`apt-get ${install.join(' ')} failed (log: ${APT_LOG})`);
  }
}

export async function ensureCodeServer(): Promise<string> {
  if (fs.existsSync(MARKER)) return CODE_SERVER_ENTRY;
  const started = Date.now();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR}`);
  // Built beside the cache and renamed into place when complete, so a run that is stopped
  // half-way, or a second run installing at the same time, never leaves a broken cache.
  const partial = `${CODE_SERVER_DIR}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  try {
    await installCodeServer(partial);
    fs.writeFileSync(
      path.join(partial, MARKER_NAME),
      `code-server ${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`,
    );
    if (!fs.existsSync(MARKER)) {
      fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
      fs.renameSync(partial, CODE_SERVER_DIR);
    }
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  console.log(`code-server installed in ${seconds(started)}`);
  return CODE_SERVER_ENTRY;
}

/** The steps of ../../../shared/REAL-VSCODE-TESTS.md, into `dir`. */
async function installCodeServer(dir: string): Promise<void> {
  const vscodeDir = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) =>
    run('npm', [...args, ...NPM_QUIET], { cwd, env });

  // 1. The package itself, with no install scripts (its postinstall downloads).
  await npm(['install', '--prefix', dir, '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], dir);
  // 2. VS Code's own server dependencies, and the built-in extensions' (TypeScript's tsserver).
  await npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  await npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions'));
  // 3. Native modules. node-pty's build helper runs `npx node-gyp`, which npx refuses without
  //    a yes; npm_config_yes lets it fetch node-gyp from the registry. Check the files anyway.
  await npm(['rebuild', '@vscode/spdlog', 'native-watchdog'], vscodeDir);
  await npm(['rebuild', 'node-pty'], vscodeDir, { ...process.env, npm_config_yes: 'true' });
  const unbuilt = NATIVE_MODULES.filter((file) => !fs.existsSync(path.join(vscodeDir, file)));
  if (unbuilt.length > 0) throw new Error(`native modules not built: ${unbuilt.join(', ')}`);
  // 4. Search in VS Code needs ripgrep: Debian's binary instead of @vscode/ripgrep's download.
  const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync(RIPGREP, path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  // 5. What the postinstall would have done: the server loads modules from node_modules.asar.
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  // 6. code-server loads argon2 at start, even with --auth none.
  await npm(['rebuild', 'argon2'], dir);
}

if (require.main === module) {
  runMain(async () => {
    const started = Date.now();
    await ensureInstalled();
    console.log(`code-server ${CODE_SERVER_VERSION}, Chromium and ripgrep ready (${seconds(started)})`);
    return 0;
  });
}
