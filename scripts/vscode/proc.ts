// Child processes, and the promise that whatever the launcher starts, it also stops: on
// success, on a failing test, on a timeout and on Ctrl-C / SIGTERM.
import * as fs from 'node:fs';
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Resolve with the exit code instead of rejecting when it is not 0. */
  allowFailure?: boolean;
  /** Append the output to this file instead of showing it. */
  logFile?: string;
}

/** Runs a command in the foreground (same process group, output shown) and returns its exit code. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = options.logFile === undefined ? undefined : fs.openSync(options.logFile, 'a');
    const stdio: StdioOptions = log === undefined ? 'inherit' : ['ignore', log, log];
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio });
    if (log !== undefined) fs.closeSync(log);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const status = code ?? 128;
      if (status === 0 || options.allowFailure) resolve(status);
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${signal ?? status}`));
    });
  });
}

/** A child started in its own process group, so stopping it also stops what it started. */
export interface GroupChild {
  readonly process: ChildProcess;
  /** Settles with the exit code (null after a signal) once the child has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when the child has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface GroupOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}

export function spawnGroup(command: string, args: readonly string[], options: GroupOptions = {}): GroupChild {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.stdio ?? 'inherit',
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(127));
  });
  let done = false;
  void exited.then(() => (done = true));

  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  const stop = async (graceMs = 5000): Promise<void> => {
    if (!done) signalGroup('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), delay(graceMs).then(() => true)]);
    // Members of the group may outlive its leader: SIGKILL whatever is left either way.
    signalGroup('SIGKILL');
    if (timedOut) await exited;
  };
  return { process: child, exited, stop };
}

// ---- cleanup on every way out ----------------------------------------------------------

type Cleanup = () => Promise<void>;
const cleanups = new Set<Cleanup>();

/** Registers a cleanup to run on exit or signal; returns a function that unregisters it. */
export function onCleanup(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

let cleaningUp: Promise<void> | undefined;
let stopping = false;

/**
 * Runs the registered cleanups, newest first, each at most once. Concurrent calls (a signal
 * arriving while `main` ends) share one run, so nobody exits before it is done.
 */
export function cleanupAll(): Promise<void> {
  cleaningUp ??= (async () => {
    while (cleanups.size > 0) {
      const pending = [...cleanups].reverse();
      cleanups.clear();
      for (const cleanup of pending) {
        await cleanup().catch((error: unknown) => console.error('cleanup failed:', error));
      }
    }
  })().finally(() => (cleaningUp = undefined));
  return cleaningUp;
}

/** True once SIGINT/SIGTERM/SIGHUP has asked the process to stop. */
export function isStopping(): boolean {
  return stopping;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Runs `main` with the cleanups guaranteed: a thrown error prints and exits 1; SIGINT,
 * SIGTERM and SIGHUP run the cleanups and exit 128+n. `main` resolves with the exit code.
 */
export function runMain(main: () => Promise<number>): void {
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping…`);
      void cleanupAll().finally(() => process.exit(SIGNAL_EXIT[signal]));
    });
  }
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      return 1;
    })
    .then(async (code) => {
      await cleanupAll();
      process.exit(code);
    });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** "12.3 s" */
export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)} s`;
}
