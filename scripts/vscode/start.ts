// `npm start`: builds and packages the extension, installs the .vsix into a fresh VS Code
// (code-server) with samples/ open on http://127.0.0.1:<port>, and runs until Ctrl-C.
//
//   PORT   the port to try first (default 8080; a free one is taken when it is busy)
//   THEME  light | dark | hc (default dark)
import * as fs from 'node:fs';
import { ensureInstalled } from './install';
import { isStopping, runMain } from './proc';
import { startWorkbench, type Theme } from './server';
import { buildVsix } from './vsix';

const DEFAULT_PORT = 8080;

async function main(): Promise<number> {
  await ensureInstalled();
  const vsix = await buildVsix();
  const theme: Theme = process.env.THEME === 'light' || process.env.THEME === 'hc' ? process.env.THEME : 'dark';
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const workbench = await startWorkbench({ vsix, theme, port });

  console.log(`\nMarketing Metrics Explorer in VS Code (${theme} theme, samples/ open):\n\n  ${workbench.url}\n`);
  console.log(`Server log: ${workbench.logFile}\nPress Ctrl-C to stop.`);
  // Ctrl-C is handled by runMain, which stops the server; this returns only if it dies.
  const code = await workbench.exited;
  if (isStopping()) return 0;
  console.error(`code-server exited with ${code}:\n${fs.readFileSync(workbench.logFile, 'utf8').slice(-4000)}`);
  return 1;
}

if (require.main === module) runMain(main);
