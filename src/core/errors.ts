/** A half-open range of character offsets into the text that was read. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ErrorCode =
  | 'parse'
  | 'unknownMetric'
  | 'unknownName'
  | 'missingInput'
  | 'invalidNumber'
  | 'ambiguousNumber'
  | 'nonFinite'
  | 'negative'
  | 'partExceedsWhole'
  | 'zeroDenominator'
  | 'noSolution'
  | 'notUnique'
  | 'invalidVariant'
  | 'notAggregable'
  | 'invalidMetric'
  | 'invalidSelection'
  | 'tooLarge'
  | 'ambiguousDateOrder'
  | 'mixedDateOrder'
  | 'notDates';

/** Errors are data: user-input problems come back as results, never as exceptions. */
export interface CoreError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The input (quantity id, field name or metric id) the problem is about. */
  readonly input?: string;
  readonly span?: Span;
  readonly hint?: string;
}

export type Failure = { readonly ok: false; readonly error: CoreError };

export function fail(code: ErrorCode, message: string, extra: Omit<CoreError, 'code' | 'message'> = {}): Failure {
  return { ok: false, error: { code, message, ...extra } };
}
