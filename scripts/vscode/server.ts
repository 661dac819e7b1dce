// Starts code-server (VS Code's server and web workbench) on loopback with a throw-away
// profile and the packaged extension installed, and stops it again.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureInstalled } from './install';
import { SAMPLES_DIR } from './paths';
import { delay, onCleanup, spawnGroup, withTimeout } from './proc';
import { installVsix } from './vsix';

export type Theme = 'light' | 'dark' | 'hc';
export const THEMES: Readonly<Record<Theme, string>> = {
  light: 'Default Light Modern',
  dark: 'Default Dark Modern',
  hc: 'Default High Contrast',
};

export interface WorkbenchOptions {
  vsix: string;
  theme: Theme;
  /** The workspace folder to open; `samples/` unless told. */
  folder?: string;
  /**
   * Open a copy of the folder (in the throw-away profile's folder): tests that write workspace
   * settings (Use as… writes .vscode/settings.json) then leave the checkout as it was.
   */
  copyFolder?: boolean;
  /** Try this port first, then any free one. */
  port?: number;
  /** User settings on top of the quiet defaults (the UI tests add a hostile custom metric). */
  settings?: Readonly<Record<string, unknown>>;
  /** VS Code's display language, `vscode.env.language` (MMX_LOCALE=de): English unless told. */
  locale?: string;
}

export interface Workbench {
  readonly port: number;
  /** The workbench with the folder open. */
  readonly url: string;
  /** The folder the workbench opened: the one given, or its copy. */
  readonly folder: string;
  /** Where the .vsix was unpacked: the extension VS Code loads. */
  readonly extensionFolder: string;
  /** Isolated HOME-like folders (XDG_*), for Chromium too. */
  readonly env: NodeJS.ProcessEnv;
  readonly logFile: string;
  /** Settles when the server process exits (on its own or after `stop`). */
  readonly exited: Promise<number | null>;
  /** The workbench URL with a payload, e.g. extensionDevelopmentPath / extensionTestsPath. */
  urlWith(payload: ReadonlyArray<readonly [string, string]>): string;
  /** A path on this machine as the workbench's remote URI. */
  remoteUri(fsPath: string): string;
  /** Stops the server (awaiting its exit) and deletes the profile. Safe to call twice. */
  stop(): Promise<void>;
}

const SERVER_READY_MS = 60_000;

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const entry = await ensureInstalled();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-vscode-'));
  const folder = options.copyFolder
    ? copyOf(options.folder ?? SAMPLES_DIR, path.join(tmp, 'workspace'))
    : (options.folder ?? SAMPLES_DIR);
  const dirs = {
    user: path.join(tmp, 'user'),
    extensions: path.join(tmp, 'extensions'),
    config: path.join(tmp, 'config.yaml'),
    log: path.join(tmp, 'server.log'),
  };
  const env = isolatedEnv(tmp);
  const removeTmp = async () => fs.rmSync(tmp, { recursive: true, force: true });
  const unregisterTmp = onCleanup(removeTmp);

  writeSettings(dirs.user, options.theme, options.settings);
  const locale = options.locale && !options.locale.startsWith('en') ? options.locale : undefined;
  if (locale) writeLanguagePack(dirs.user, path.join(tmp, 'language-pack'), locale);
  fs.writeFileSync(dirs.config, 'auth: none\n');
  const extensionFolder = await installVsix(entry, options.vsix, dirs.extensions, env, dirs.config);

  const port = await freePort(options.port);
  const log = fs.openSync(dirs.log, 'a');
  const server = spawnGroup(
    process.execPath,
    [
      entry,
      ...['--config', dirs.config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`],
      ...['--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions],
      ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
      ...(locale ? ['--locale', locale] : []),
      folder,
    ],
    { env, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      unregister();
      unregisterTmp();
      await server.stop();
      await removeTmp();
    })());
  const unregister = onCleanup(stop);

  const origin = `http://127.0.0.1:${port}`;
  try {
    await withTimeout(waitUntilServing(origin, server.exited), SERVER_READY_MS, 'code-server start');
  } catch (error) {
    console.error(tail(dirs.log));
    await stop();
    throw error;
  }

  const remoteUri = (fsPath: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(fsPath)}`;
  const url = `${origin}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
  return {
    port,
    url,
    folder,
    extensionFolder,
    env,
    logFile: dirs.log,
    exited: server.exited,
    urlWith: (payload) => `${url}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    remoteUri,
    stop,
  };
}

/** Settings that keep a fresh profile quiet: no trust dialog, no walkthrough, one theme. */
function writeSettings(userDataDir: string, theme: Theme, extra: Readonly<Record<string, unknown>> = {}): void {
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': THEMES[theme],
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // samples/ lies inside this repository: no "open the parent repository?" notification.
    'git.openRepositoryInParentFolders': 'never',
    ...extra,
  };
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * The display language. code-server's `--locale` alone leaves VS Code in English: the server
 * takes a language only from an installed language pack, listed in the profile's
 * languagepacks.json, and makes the page say `_VSCODE_NLS_LANGUAGE = "<locale>"`
 * (out/server-main.js, resolveNLSConfiguration). The Marketplace's packs cannot be fetched
 * here, so the pack listed is an empty one: the workbench's own words stay English (each
 * falls back to its default), while `vscode.env.language` is the locale, so the extension
 * loads package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json as under a real pack.
 */
function writeLanguagePack(userDataDir: string, packDir: string, locale: string): void {
  fs.mkdirSync(packDir, { recursive: true });
  const translations = path.join(packDir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `mmx-test-${locale}`,
    extensions: [{ extensionIdentifier: { id: `mmx-test.language-pack-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** code-server and Chromium write config, caches and logs under XDG folders: keep them here. */
export function isolatedEnv(tmp: string): NodeJS.ProcessEnv {
  const xdg = (name: string) => {
    const dir = path.join(tmp, 'xdg', name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  return { ...process.env, XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache') };
}

async function waitUntilServing(origin: string, exited: Promise<number | null>): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`code-server exited with ${exitCode} before serving`);
    try {
      await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await delay(200);
    }
  }
}

/** `preferred` when it is free, else a free port chosen by the OS. */
export async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  const port = (preferred === undefined ? undefined : await tryListen(preferred)) ?? (await tryListen(0));
  if (port === undefined) throw new Error('no free port on 127.0.0.1');
  return port;
}

function tail(file: string, lines = 40): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '';
}

/** A copy of the workspace folder, named as the original so titles and paths read the same. */
function copyOf(folder: string, into: string): string {
  const copy = path.join(into, path.basename(folder));
  fs.cpSync(folder, copy, { recursive: true });
  return copy;
}
