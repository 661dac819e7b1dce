/**
 * Wall time of each stage of one Evaluate Selection (reading the text, the core's reading and
 * computing, laying out the table, showing it), for the log and for `npm run bench:vscode`:
 * a slow run can then be pinned on one stage instead of guessed at.
 */
export interface StageTime {
  readonly stage: string;
  readonly ms: number;
}

export class Stages {
  private readonly times: StageTime[] = [];
  private last = performance.now();

  /** Ends the current stage under this name; the next one starts now. */
  mark(stage: string): void {
    const now = performance.now();
    this.times.push({ stage, ms: now - this.last });
    this.last = now;
  }

  get all(): readonly StageTime[] {
    return this.times;
  }

  /** "getText 120 ms, read 300 ms, …" */
  toString(): string {
    return this.times.map((t) => `${t.stage} ${Math.round(t.ms)} ms`).join(', ');
  }
}
