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
import { registerCommands } from '../commandGuard';
import { COMMANDS } from '../commandIds';
import type { FormulaHover } from '../hover/register';
import { loadFeatures } from '../loadFeatures';
import type { Log } from '../log';
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
 * arrive untyped from other extensions: the guard checks them against what the commands take
 * (commandParameters.ts) and answers wrong ones with an `invalidArguments` Outcome; well-formed
 * ones get the core's answer, ok or with the core's error about the inputs.
 */
export function registerApiCommands(context: vscode.ExtensionContext, api: MarketingMetricsApi, log: Log): void {
  registerCommands(context, log, {
    [COMMANDS.compute]: (id, inputs, options) => api.evaluate(id as string, inputs as Inputs, optionsOf(options)),
    [COMMANDS.solve]: (id, known, unknown, options) =>
      api.solve(id as string, known as Inputs, unknown as string, optionsOf(options)),
  });
}

/** The options the guard let through, as CoreOptions: a key given as undefined keeps the setting. */
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
