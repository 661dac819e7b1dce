// How each test stage tells `npm test` how many tests passed and failed: a JSON file
// `{ "passed": n, "failed": m }` at the path in MMX_RESULT_FILE (test/reporters/count.js
// writes the same for mocha runs in this process tree).
import * as fs from 'node:fs';
import { RESULT_TAG } from '../../test/shared/hostLog';

export interface Counts {
  passed: number;
  failed: number;
}

export const RESULT_FILE_ENV = 'MMX_RESULT_FILE';

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

/** The counts when `line` is a suite's result line (`MMX-RESULT {…}`), else undefined. */
export function countsOfLine(line: string): Counts | undefined {
  return line.startsWith(`${RESULT_TAG} `) ? parseCounts(line.slice(RESULT_TAG.length + 1)) : undefined;
}

/**
 * What an in-host suite counted, made to agree with its exit code (a suite that crashed before
 * it could count counts as one failure), written for `npm test` and returned.
 */
export function reportSuiteCounts(exitCode: number, counted: Counts | undefined): Counts {
  const reported = counted ?? { passed: 0, failed: 1 };
  const counts = exitCode !== 0 && reported.failed === 0 ? { ...reported, failed: 1 } : reported;
  reportCounts(counts);
  return counts;
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
