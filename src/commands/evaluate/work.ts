/**
 * Long work in steps: between chunks the caller lets the event loop run (so a Cancel click is
 * seen) and reports progress. The VS Code side (../progress.ts) backs this with a cancellable
 * notification; small inputs use NO_PROGRESS and never wait.
 */
export interface Work {
  /** True once the user cancelled; checked after every step. */
  readonly cancelled: boolean;
  /** Reports `done` of `total` and yields to the event loop. */
  step(done: number, total: number, message: string): Promise<void>;
}

export const NO_PROGRESS: Work = { cancelled: false, step: () => Promise.resolve() };

/** Rows whose per-row results are built between two yields (only rows with a problem): about 50 ms. */
export const CHUNK_ROWS = 1000;

/** Above either, the work runs under a cancellable progress notification. */
export const LARGE_SELECTION_CHARS = 1_000_000;
export const LARGE_SELECTION_LINES = 10_000;

/** Whether the selected texts are large enough to need a progress notification. */
export function isLarge(texts: readonly string[]): boolean {
  let chars = 0;
  let lines = 0;
  for (const text of texts) {
    chars += text.length;
    if (chars > LARGE_SELECTION_CHARS) return true;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (++lines > LARGE_SELECTION_LINES) return true;
    }
  }
  return false;
}
