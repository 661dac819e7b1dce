// Builds the .vsix exactly as it ships, and installs it into a VS Code extensions folder, so
// the tests run what users get: a file left out of the package fails the tests.
//
//   npx tsx scripts/vscode/vsix.ts         (npm test runs it as its "build" stage)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENSION_ID, ROOT, VSIX_DIR, bin } from './paths';
import { run, runMain, seconds } from './proc';

interface Manifest {
  name: string;
  version: string;
}

function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** Where the tests' package goes (`npm run package` writes its own copy at the root). */
export function vsixPath(): string {
  const { name, version } = manifest();
  return path.join(VSIX_DIR, `${name}-${version}.vsix`);
}

/**
 * `vsce package`, which first runs the `vscode:prepublish` script (the production build).
 * The bundles carry their dependencies, so vsce is told not to look for any in node_modules.
 */
export async function buildVsix(out = vsixPath()): Promise<string> {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  await run(bin('vsce'), ['package', '--no-dependencies', '--out', out], { cwd: ROOT });
  return out;
}

/**
 * `code-server --install-extension` into `extensionsDir`; returns the folder the extension
 * was unpacked to (what VS Code loads).
 */
export async function installVsix(
  entry: string,
  vsix: string,
  extensionsDir: string,
  env: NodeJS.ProcessEnv,
  config: string,
): Promise<string> {
  const args = [entry, '--config', config, '--extensions-dir', extensionsDir, '--install-extension', vsix];
  await run(process.execPath, args, { env });
  const prefix = `${EXTENSION_ID}-`;
  const folder = fs.readdirSync(extensionsDir).find((name) => name.startsWith(prefix));
  if (folder === undefined) throw new Error(`${vsix} did not install into ${extensionsDir}`);
  return path.join(extensionsDir, folder);
}

if (require.main === module) {
  runMain(async () => {
    const started = Date.now();
    const out = await buildVsix();
    console.log(`Packaged ${path.relative(ROOT, out)} (${seconds(started)})`);
    return 0;
  });
}
