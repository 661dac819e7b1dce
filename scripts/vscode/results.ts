// How each test stage tells `npm test` how many tests passed and failed: a JSON file
// `{ "passed": n, "failed": m }` at the path in MMX_RESULT_FILE (test/reporters/count.js
// writes the same for mocha runs in this process tree).
import * as fs from 'node:fs';

export interface Counts {
  passed: number;
  failed: number;
}

export const RESULT_FILE_ENV = 'MMX_RESULT_FILE';

/** The line the integration suite prints inside the extension host: `MMX-RESULT {"passed":…}`. */
export const RESULT_TAG = 'MMX-RESULT';

export function parseCounts(json: string): Counts | undefined {
  try {
    const value = JSON.parse(json) as Partial<Counts>;
    if (Number.isInteger(value.passed) && Number.isInteger(value.failed)) {
      return { passed: value.passed as number, failed: value.failed as number };
    }
  } catch {
    // Not a result.
  }
  return undefined;
}

export function readCounts(file: string): Counts | undefined {
  return fs.existsSync(file) ? parseCounts(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Writes the counts where MMX_RESULT_FILE says, when it says. */
export function reportCounts(counts: Counts): void {
  const file = process.env[RESULT_FILE_ENV];
  if (file) fs.writeFileSync(file, JSON.stringify(counts));
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed };
}
