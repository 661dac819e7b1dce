/**
 * What each command takes, argument by argument: the one place an executeCommand caller (another
 * extension, a keybinding's `args`, a command link) can read it, and what the command guard
 * checks before a command runs, so that a wrong argument is refused as `invalidArguments` with
 * its name and what it takes, instead of being ignored (a QuickPick opening for an API call).
 *
 * The check is of the argument's kind and, for an object, its keys; the feature that reads the
 * values (a zod schema, a list of targets) still says what is wrong with a value, in its words.
 * Menus pass arguments of their own, which are accepted: the resource's Uri (editor/context,
 * editor/title, explorer/context), the Metrics view's item (view/item/context, and the focused
 * one, or null, from view/title). Arguments after the last one listed are ignored: menus add
 * their context there (the selected Uris, the editor group).
 *
 * Activation loads this file: it imports no feature, and no message is made before one is shown.
 */
import vscode = require('vscode');
import type { CommandId } from './commandIds';
import type { EvaluateArgs } from './commands/args';
import type { ResultAction } from './commands/quickCalculate';

export interface Parameter {
  /** The argument's name in messages. */
  readonly name: string;
  /** What it takes, for the message: made when it is shown, in the display language. */
  readonly accepts: () => string;
  readonly test: (value: unknown) => boolean;
}

type Shape = Record<string, unknown>;

const isNothing = (value: unknown): value is undefined | null => value === undefined || value === null;
const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const isRecord = (value: unknown): value is Shape => {
  if (!isObject(value) || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
const isUri = (value: unknown): boolean => value instanceof vscode.Uri;
const hasOnly =
  (keys: readonly string[]) =>
  (value: unknown): boolean =>
    isRecord(value) && Object.keys(value).every((key) => keys.includes(key));
/** A Metrics view item as the tree makes it: a category, or a metric of one. */
const isViewItem = (value: unknown): boolean =>
  isRecord(value) &&
  (value.kind === 'category' ||
    (value.kind === 'metric' && isObject(value.metric) && typeof value.metric.id === 'string'));

/** Every key of T, listed once: the compiler says when the type gains or loses one. */
const keysOf = <T>(keys: Record<keyof T & string, true>): readonly string[] => Object.keys(keys);

const RESULT_ACTIONS = keysOf<Record<ResultAction, true>>({ copy: true, insert: true, calculator: true });
const API_OPTIONS = ['locale', 'currency', 'decimals', 'variants'];

const metric: Parameter = {
  name: 'metric',
  accepts: () => vscode.l10n.t('a metric id such as "ctr", a Metrics view item, or nothing'),
  test: (value) => isNothing(value) || typeof value === 'string' || isViewItem(value),
};
const noArgument: Parameter = {
  name: 'none',
  accepts: () => vscode.l10n.t('no argument'),
  test: isNothing,
};
/** An object argument with these keys, or nothing; `uri` adds the Uri a menu passes. */
const options = (name: string, keys: readonly string[], uri = false): Parameter => ({
  name,
  accepts: () =>
    uri
      ? vscode.l10n.t('an object {0}, a file Uri, or nothing', `{ ${keys.map((key) => `${key}?`).join(', ')} }`)
      : vscode.l10n.t('an object {0}, or nothing', `{ ${keys.map((key) => `${key}?`).join(', ')} }`),
  test: (value) => isNothing(value) || hasOnly(keys)(value) || (uri && isUri(value)),
});
const metricId = (name: string): Parameter => ({
  name,
  accepts: () => vscode.l10n.t('a metric id such as "ctr"'),
  test: (value) => typeof value === 'string' && value.length > 0,
});
const values = (name: string, required: boolean): Parameter => ({
  name,
  accepts: () =>
    required
      ? vscode.l10n.t('an object of values such as {0}', '{ "clicks": 120, "impressions": 4000 }')
      : vscode.l10n.t('an object of values such as {0}, or nothing', '{ "clicks": 120, "impressions": 4000 }'),
  test: (value) => (!required && isNothing(value)) || isRecord(value),
});
const apiOptions: Parameter = {
  name: 'options',
  accepts: () =>
    vscode.l10n.t(
      'an object {0}, or nothing',
      '{ locale?: string, currency?: string, decimals?: number, variants?: { [metric]: variant } }',
    ),
  test: (value) =>
    isNothing(value) ||
    (hasOnly(API_OPTIONS)(value) &&
      isRecord(value) &&
      ['locale', 'currency'].every((key) => value[key] === undefined || typeof value[key] === 'string') &&
      (value.decimals === undefined || typeof value.decimals === 'number') &&
      (value.variants === undefined ||
        (isRecord(value.variants) && Object.values(value.variants).every((v) => typeof v === 'string')))),
};

export const PARAMETERS: Readonly<Record<CommandId, readonly Parameter[]>> = {
  'marketingMetrics.openCalculator': [metric],
  'marketingMetrics.quickCalculate': [
    metric,
    values('inputs', false),
    {
      name: 'action',
      accepts: () => vscode.l10n.t('one of {0}, or nothing', RESULT_ACTIONS.join(', ')),
      test: (value) => isNothing(value) || (typeof value === 'string' && RESULT_ACTIONS.includes(value)),
    },
  ],
  'marketingMetrics.evaluateSelection': [options('options', keysOf<EvaluateArgs>({ metric: true, table: true }), true)],
  'marketingMetrics.evaluateAndReplaceSelection': [
    options('options', keysOf<EvaluateArgs>({ metric: true, table: true }), true),
  ],
  'marketingMetrics.insertFormulaAsCode': [
    metric,
    {
      name: 'target',
      accepts: () => vscode.l10n.t('a code target such as "sql", or nothing'),
      test: (value) => isNothing(value) || typeof value === 'string',
    },
    {
      name: 'form',
      accepts: () =>
        vscode.l10n.t('a SQL dialect such as "postgresql", an object {0}, or nothing', '{ dialect?, totalRow? }'),
      test: (value) => isNothing(value) || typeof value === 'string' || hasOnly(['dialect', 'totalRow'])(value),
    },
  ],
  // The view's title bar passes its focused item (or null), which Find Metric has no use for.
  'marketingMetrics.findMetric': [{ ...noArgument, test: (value) => isNothing(value) || isViewItem(value) }],
  'marketingMetrics.copyFormula': [metric],
  'marketingMetrics.showDefinition': [metric],
  'marketingMetrics.showLog': [noArgument],
  'marketingMetrics.compute': [metricId('id'), values('inputs', true), apiOptions],
  'marketingMetrics.solve': [
    metricId('id'),
    values('known', true),
    {
      name: 'unknown',
      accepts: () => vscode.l10n.t('the id of the input to solve for, such as "revenue"'),
      test: (value) => typeof value === 'string' && value.length > 0,
    },
    apiOptions,
  ],
  'marketingMetrics.useColumnAs': [options('mapping', ['column', 'as'])],
  'marketingMetrics.breakDown': [options('choice', ['groupBy', 'period'], true)],
  'marketingMetrics.comparePeriods': [options('choice', ['compare'], true)],
  'marketingMetrics.computeFileKpis': [options('file', ['uri', 'groupBy', 'period', 'compare', 'sheet'], true)],
  'marketingMetrics.insertReportAsCode': [options('options', ['target', 'dialect', 'table'])],
  'marketingMetrics.openSampleExport': [noArgument],
};

/** Why `args` are not what `command` takes, naming the first wrong one; undefined when they are. */
export function argumentsProblem(command: CommandId, args: readonly unknown[]): string | undefined {
  const parameters = PARAMETERS[command];
  const index = parameters.findIndex((parameter, i) => !parameter.test(args[i]));
  const parameter = parameters[index];
  if (!parameter) return undefined;
  return vscode.l10n.t(
    '{0}: argument {1} ({2}) cannot be {3}; it takes {4}.',
    command,
    index + 1,
    parameter.name,
    shown(args[index]),
    parameter.accepts(),
  );
}

/** The value as a caller would write it, cut short: a wrong argument is often a large object. */
function shown(value: unknown): string {
  if (value === undefined) return vscode.l10n.t('nothing');
  let text: string;
  try {
    text =
      typeof value === 'function' || typeof value === 'symbol'
        ? typeof value
        : (JSON.stringify(value) ?? String(value));
  } catch {
    // A cycle, or a BigInt: its kind says enough.
    text = Array.isArray(value) ? '[…]' : typeof value;
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
