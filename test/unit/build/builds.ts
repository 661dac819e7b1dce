import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** The repository, where esbuild.js and the sources are. */
export const ROOT = path.join(__dirname, '../../..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(ROOT, 'esbuild.js')) as { builds: esbuild.BuildOptions[] };

/** esbuild.js's settings for the bundle it writes to `outfile` (e.g. 'dist/extension.js'). */
export function buildOf(outfile: string): esbuild.BuildOptions {
  const options = builds.find((b) => b.outfile === outfile);
  if (!options) throw new Error(`esbuild.js builds no ${outfile}`);
  return options;
}

export interface Built {
  /** The source files and packages in the bundle, relative to the repository. */
  readonly inputs: readonly string[];
  /** What the bundle still requires at run time, Node's own modules (papaparse's `stream`) left out. */
  readonly requires: readonly string[];
  readonly bytes: number;
}

/** The bundle esbuild.js makes as `outfile`, built in memory; `production` minifies it as the shipped one is. */
export async function built(outfile: string, production = false): Promise<Built> {
  const result = await esbuild.build({
    ...buildOf(outfile),
    absWorkingDir: ROOT,
    write: false,
    metafile: true,
    sourcemap: false,
    minify: production,
    outfile: path.join(ROOT, 'out', 'build-test', outfile),
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  return {
    inputs: Object.keys(output.inputs),
    requires: [
      ...new Set(output.imports.filter((i) => i.external && !builtinModules.includes(i.path)).map((i) => i.path)),
    ].sort(),
    bytes: output.bytes,
  };
}
