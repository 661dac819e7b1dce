import * as l10n from '@vscode/l10n';
import type { Catalog, FieldMatch } from './catalog/catalog';
import { matchField } from './columns/names';
import { fail, type CoreError, type Failure } from './errors';
import { formatOptionsOf, type CoreOptions } from './options';
import { readNumber } from './read/number';
import { formatValue } from './format/format';
import { namesIn } from './expr/ast';
import { isPlainId, sideExpr, sideLabel, sideValue } from './partSides';

/** A value as callers pass it: a number, or text as the user typed it ("1.234,5", "12%"). */
export type InputValue = number | string | null | undefined;
export type Inputs = Readonly<Record<string, InputValue>>;

export interface FieldProblem {
  readonly field: string;
  readonly error: CoreError;
}

export interface ReadInputs {
  /** Values by quantity or metric id, scaled (cost_micros → cost). */
  readonly values: Map<string, number>;
  /** Which field gave each id, for messages that use the user's own words. */
  readonly sources: Map<string, string>;
  /** Fields that name no quantity or metric: reported, never dropped silently. */
  readonly unmatched: string[];
  /** Fields whose value could not be used, each with the reason. */
  readonly problems: FieldProblem[];
}

/**
 * Reads a record of user inputs: field names through aliases, text through the locale-aware
 * number reader. A value that cannot be used becomes a problem naming its field; the other
 * fields are still read.
 */
export function readInputs(
  inputs: Inputs,
  catalog: Catalog,
  options: CoreOptions,
  fieldOf?: (name: string) => FieldMatch | undefined,
): ReadInputs {
  const match = fieldOf ?? ((name: string) => matchField(name, options, catalog));
  const values = new Map<string, number>();
  const sources = new Map<string, string>();
  const unmatched: string[] = [];
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(inputs)) {
    const raw = inputs[key];
    if (raw === null || raw === undefined || raw === '') continue;
    const field = match(key);
    if (!field) {
      unmatched.push(key);
      continue;
    }
    const number = readInputValue(key, raw, options);
    if (!number.ok) {
      problems.push({ field: key, error: number.error });
    } else if (sources.has(field.id)) {
      problems.push({
        field: key,
        error: {
          code: 'invalidSelection',
          message: l10n.t("'{0}' and '{1}' both give {2}: keep one", key, sources.get(field.id) ?? '', field.id),
          input: key,
        },
      });
    } else {
      values.set(field.id, number.value * field.factor);
      sources.set(field.id, key);
    }
  }
  return { values, sources, unmatched, problems };
}

/** The first problem of a read, as a failure: for callers that need every input to be usable. */
export function firstProblem(read: ReadInputs): Failure | undefined {
  const problem = read.problems[0];
  return problem ? { ok: false, error: problem.error } : undefined;
}

function readInputValue(
  key: string,
  raw: number | string,
  options: CoreOptions,
): { ok: true; value: number } | Failure {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return fail('nonFinite', l10n.t('{0} is not a number (NaN)', key), { input: key });
    if (!Number.isFinite(raw))
      return fail('nonFinite', l10n.t('{0} is not a finite number ({1})', key, String(raw)), { input: key });
    return { ok: true, value: raw };
  }
  const read = readNumber(String(raw), options.locale !== undefined ? { locale: options.locale } : {});
  if (!read.ok) return fail(read.error.code, `${key}: ${read.error.message}`, { input: key });
  return { ok: true, value: read.value };
}

/**
 * The checks every consumer must apply the same way: no negative counts or amounts, and no
 * part larger than its whole. Nothing is clamped; the input is named.
 */
export function checkValues(
  values: ReadonlyMap<string, number>,
  parts: readonly { part: string; whole: string }[],
  catalog: Catalog,
  options: CoreOptions,
  sources?: ReadonlyMap<string, string>,
): Failure | undefined {
  for (const [id, value] of values) {
    const problem = checkSign(id, value, catalog, options, sources?.get(id));
    if (problem) return problem;
  }
  return checkParts(values, parts, catalog, options, sources);
}

export function checkSign(
  id: string,
  value: number,
  catalog: Catalog,
  options: CoreOptions,
  source = id,
): Failure | undefined {
  const quantity = catalog.quantities.get(id);
  if (!quantity || quantity.signed || value >= 0) return undefined;
  const shown = format(value, id, catalog, options);
  return fail(
    'negative',
    quantity.unit === 'count'
      ? l10n.t('{0} is negative ({1}); a count cannot be below zero', source, shown)
      : l10n.t('{0} is negative ({1}); it cannot be below zero', source, shown),
    { input: id },
  );
}

export function checkParts(
  values: ReadonlyMap<string, number>,
  parts: readonly { part: string; whole: string }[],
  catalog: Catalog,
  options: CoreOptions,
  sources?: ReadonlyMap<string, string>,
): Failure | undefined {
  const label = (id: string) => sources?.get(id) ?? id;
  for (const { part, whole } of parts) {
    const p = sideValue(part, values);
    const w = sideValue(whole, values);
    if (p !== undefined && w !== undefined && p > w) {
      return fail(
        'partExceedsWhole',
        l10n.t(
          '{0} ({1}) is larger than {2} ({3}): a part cannot exceed its whole',
          sideLabel(part, label),
          format(p, firstId(part), catalog, options),
          sideLabel(whole, label),
          format(w, firstId(whole), catalog, options),
        ),
        { input: firstId(part) },
      );
    }
  }
  return undefined;
}

/** The input a side names first: the one a message points at, and whose unit formats the side. */
function firstId(side: string): string {
  return isPlainId(side) ? side : (namesIn(sideExpr(side))[0] ?? side);
}

function format(value: number, id: string, catalog: Catalog, options: CoreOptions): string {
  return formatValue(value, catalog.unitOf(id) ?? 'number', formatOptionsOf(options));
}
