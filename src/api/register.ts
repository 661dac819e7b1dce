import vscode = require('vscode');
import type {
  aggregate,
  computeAll,
  evaluate,
  evaluateExpression,
  formulaAsCode,
  solve,
  CodeTarget,
  CoreOptions,
  CustomMetricProblem,
  Inputs,
} from '../core';
import { COMMANDS } from '../commandIds';
import type { FormulaHover } from '../hover/register';
import { loadFeatures } from '../loadFeatures';
import type { ConfigStore } from '../settings/store';
import type { MetricTreeProvider, TreeSnapshot } from '../tree/metricTree';

/** What `activate` returns to other extensions: the core, with the user's settings applied. */
export interface MarketingMetricsApi {
  evaluate(id: string, inputs: Inputs, options?: CoreOptions): ReturnType<typeof evaluate>;
  solve(id: string, known: Inputs, unknown: string, options?: CoreOptions): ReturnType<typeof solve>;
  computeAll(record: Inputs, options?: CoreOptions): ReturnType<typeof computeAll>;
  aggregate(rows: readonly Inputs[], ids?: readonly string[], options?: CoreOptions): ReturnType<typeof aggregate>;
  evaluateExpression(source: string, options?: CoreOptions): ReturnType<typeof evaluateExpression>;
  formulaAsCode(id: string, target: CodeTarget, options?: CoreOptions): ReturnType<typeof formulaAsCode>;
  /** What the Metrics view shows now: categories with their metrics (label and abbreviation). */
  metricTree(): TreeSnapshot[];
  /** Custom metrics from the settings that were left out, each naming the metric and the field. */
  customMetricProblems(): readonly CustomMetricProblem[];
  /**
   * The formula hover at a position, from the same code the registered hover provider runs,
   * called in this extension host: benchmarks time it without the round trip to the workbench
   * that `vscode.executeHoverProvider` adds. Undefined where no metric is named.
   */
  formulaHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined;
}

export function createApi(settings: ConfigStore, tree: MetricTreeProvider, hover: FormulaHover): MarketingMetricsApi {
  const withSettings = (options?: CoreOptions): CoreOptions => ({ ...settings.current.coreOptions, ...options });
  return {
    evaluate: (id, inputs, options) => loadFeatures().evaluate(id, inputs, withSettings(options)),
    solve: (id, known, unknown, options) => loadFeatures().solve(id, known, unknown, withSettings(options)),
    computeAll: (record, options) => loadFeatures().computeAll(record, withSettings(options)),
    aggregate: (rows, ids, options) => loadFeatures().aggregate(rows, ids, withSettings(options)),
    evaluateExpression: (source, options) => loadFeatures().evaluateExpression(source, withSettings(options)),
    formulaAsCode: (id, target, options) => loadFeatures().formulaAsCode(id, target, withSettings(options)),
    metricTree: () => tree.snapshot(),
    customMetricProblems: () => settings.current.customMetricProblems,
    formulaHover: hover,
  };
}

/**
 * `marketingMetrics.compute` and `marketingMetrics.solve` for executeCommand callers. Arguments
 * arrive untyped from other extensions, so they are checked here and answered with the core's
 * own error shape rather than a thrown exception.
 */
export function registerApiCommands(context: vscode.ExtensionContext, api: MarketingMetricsApi): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.compute, (id: unknown, inputs: unknown, options?: unknown) => {
      const bad = checkArgs(id, inputs, 'inputs');
      return bad ?? api.evaluate(id as string, inputs as Inputs, optionsOf(options));
    }),
    vscode.commands.registerCommand(
      COMMANDS.solve,
      (id: unknown, known: unknown, unknown: unknown, options?: unknown) => {
        const bad =
          checkArgs(id, known, 'known') ??
          (typeof unknown === 'string' ? undefined : usage('the third argument must be the id to solve for'));
        return bad ?? api.solve(id as string, known as Inputs, unknown as string, optionsOf(options));
      },
    ),
  );
}

function checkArgs(id: unknown, inputs: unknown, name: string) {
  if (typeof id !== 'string') return usage('the first argument must be a metric id, e.g. "ctr"');
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
    return usage(`the second argument must be an object of ${name}, e.g. { "clicks": 120, "impressions": 4000 }`);
  return undefined;
}

function usage(message: string) {
  return { ok: false as const, error: { code: 'invalidSelection' as const, message } };
}

function optionsOf(options: unknown): CoreOptions {
  if (typeof options !== 'object' || options === null) return {};
  const { locale, currency, decimals, variants } = options as Record<string, unknown>;
  return {
    ...(typeof locale === 'string' ? { locale } : {}),
    ...(typeof currency === 'string' ? { currency } : {}),
    ...(typeof decimals === 'number' ? { decimals } : {}),
    ...(typeof variants === 'object' && variants !== null ? { variants: variants as Record<string, string> } : {}),
  };
}
