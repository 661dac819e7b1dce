import type { Catalog } from '../catalog/catalog';
import type { MetricDef } from '../catalog/schema';
import { namesIn, type Expr } from '../expr/ast';
import type { CoreOptions } from '../options';
import type { SqlDialect } from './sqlDialects';

/** What Insert Formula as Code may be told beyond the core's options. */
export interface CodeOptions extends CoreOptions {
  /** The SQL engine the code is for; `portable` (the default) runs right on every one. */
  readonly dialect?: SqlDialect;
  /** pandas: also append a total row computed as a ratio of sums (when every input can be summed). */
  readonly totalRow?: boolean;
}

/** What every writer is given: the metric, its formula expanded down to input columns, and whether every input sums. */
export interface CodeRequest {
  readonly metric: MetricDef;
  readonly expr: Expr;
  readonly additive: boolean;
  readonly catalog: Catalog;
  readonly options: CodeOptions;
}

export type Writer = (request: CodeRequest) => string;

/** The inputs that cannot be summed across rows (reach, customers at start). */
export function nonAdditive(expr: Expr, catalog: Catalog): string[] {
  return namesIn(expr).filter((n) => catalog.quantities.get(n)?.additive !== true);
}

export function snakeCase(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function uniqueTexts(texts: string[]): string[] {
  return [...new Set(texts)];
}
