/**
 * DuckDB embedded in the Node extension host (@duckdb/node-api), loaded on first use: the
 * binary is per platform (the .vsix is built per target), so a host without it gets `undefined`
 * and the caller streams the file through the core instead. Queries run off the host's thread;
 * progress is read from DuckDB while one runs, and Cancel interrupts it. No `vscode` import.
 *   https://duckdb.org/docs/stable/clients/node_neo/overview
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { QueryCancelled, type QueryProgress } from './openedFile';

export type DuckDb = typeof import('@duckdb/node-api');

/** https://duckdb.org/docs/stable/extensions/overview#autoloading-extensions */
export const OFFLINE = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' } as const;

let loaded: DuckDb | null | undefined;

/** The DuckDB package, or undefined where it cannot load (no binary for this platform, the web host). */
export function loadDuckDb(): DuckDb | undefined {
  if (loaded === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('@duckdb/node-api') as DuckDb;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}

export interface QueryWatch {
  /** Called about every `every` ms while the query runs. */
  readonly onProgress?: (progress: QueryProgress) => void;
  /** Interrupts the query when aborted: the run rejects with a QueryCancelled. */
  readonly signal?: AbortSignal;
  readonly every?: number;
  /** The rows the query reads, when known: progress then counts them. */
  readonly rows?: number;
}

/** A connection to an in-memory database, closed with its instance by `close`. */
export class Database {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(duckdb: DuckDb): Promise<Database> {
    // Nothing leaves the machine: DuckDB would otherwise download an extension it is asked for
    // (httpfs for a URL, excel for a workbook). CSV, JSON and Parquet are built into the package.
    const instance = await duckdb.DuckDBInstance.create(':memory:', OFFLINE);
    const connection = await instance.connect();
    // Progress is only tracked with the progress bar on; it is never printed in a library.
    await connection.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
    return new Database(instance, connection);
  }

  /** The rows as objects by column name (numbers, bigints, strings, Dates, null). */
  async rows(sql: string, watch: QueryWatch = {}): Promise<Record<string, unknown>[]> {
    if (watch.signal?.aborted) throw new QueryCancelled();
    const interrupt = () => this.connection.interrupt();
    watch.signal?.addEventListener('abort', interrupt);
    const timer = watch.onProgress
      ? setInterval(() => {
          const percent = Math.max(0, Math.min(100, this.connection.progress.percentage));
          watch.onProgress!({
            percent,
            ...(watch.rows !== undefined ? { rows: Math.round((percent / 100) * watch.rows) } : {}),
          });
        }, watch.every ?? 200)
      : undefined;
    try {
      const reader = await this.connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    } catch (error) {
      if (watch.signal?.aborted) throw new QueryCancelled();
      throw error;
    } finally {
      if (timer !== undefined) clearInterval(timer);
      watch.signal?.removeEventListener('abort', interrupt);
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
