import vscode = require('vscode');
import { metricIdOf } from '../commandArgs';
import { DONE, failed, registerCommands, type Outcome } from '../commandGuard';
import { CALCULATOR_VIEW_TYPE, COMMANDS } from '../commandIds';
import { loadFeatures } from '../loadFeatures';
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';
import { LastEditor } from './lastEditor';
import type { CalculatorPanel, PanelDeps } from './panel';

/**
 * The calculator: one panel per window, opened (or revealed, switching its metric) by
 * `marketingMetrics.openCalculator`, and brought back after a window reload by a serializer.
 */
export function registerCalculator(context: vscode.ExtensionContext, settings: ConfigStore, log: Log): void {
  const lastEditor = new LastEditor();
  const deps: PanelDeps = { extensionUri: context.extensionUri, settings, log, lastEditor };
  let current: CalculatorPanel | undefined;

  const adopt = (panel: vscode.WebviewPanel, metricId: string): CalculatorPanel => {
    const calculator = new (loadFeatures().CalculatorPanel)(panel, metricId, deps);
    current = calculator;
    calculator.onDidDispose(() => {
      if (current === calculator) current = undefined;
    });
    return calculator;
  };

  const open = (arg?: unknown): Outcome => {
    const requested = metricIdOf(arg);
    const { catalog } = settings.current;
    const metric = requested === undefined ? undefined : catalog.metric(requested);
    if (requested !== undefined && !metric) {
      const guess = catalog.suggest(requested);
      return failed(
        log,
        COMMANDS.openCalculator,
        guess
          ? vscode.l10n.t("Open Calculator: there is no metric '{0}'. Did you mean '{1}'?", requested, guess)
          : vscode.l10n.t("Open Calculator: there is no metric '{0}'.", requested),
        { code: 'unknownMetric' },
      );
    }
    // Opened for a metric (a tree item, a hover link), the user keeps their place, as a
    // single click in the Explorer does; opened from the palette, the calculator takes focus.
    const preserveFocus = requested !== undefined;
    if (current) {
      current.show(metric?.id, preserveFocus);
      return DONE;
    }
    const viewColumn = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const { webviewOptions, DEFAULT_METRIC } = loadFeatures();
    const panel = vscode.window.createWebviewPanel(
      CALCULATOR_VIEW_TYPE,
      vscode.l10n.t('KPI Calculator'),
      { viewColumn, preserveFocus },
      {
        ...webviewOptions(context.extensionUri),
        // State lives in the page's getState/setState, so a hidden panel need not be kept alive.
        retainContextWhenHidden: false,
      },
    );
    adopt(panel, metric?.id ?? DEFAULT_METRIC);
    return DONE;
  };

  context.subscriptions.push(
    lastEditor,
    { dispose: () => current?.dispose() },
    vscode.window.registerWebviewPanelSerializer(CALCULATOR_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        const { savedStateSchema, DEFAULT_METRIC } = loadFeatures();
        const saved = savedStateSchema.safeParse(state ?? {});
        const wanted = saved.success ? saved.data.metricId : DEFAULT_METRIC;
        const metricId = settings.current.catalog.metrics.has(wanted) ? wanted : DEFAULT_METRIC;
        if (current) {
          // A second restored panel would break "one per window": keep the first.
          panel.dispose();
          return;
        }
        adopt(panel, metricId);
      },
    }),
  );
  registerCommands(context, log, { [COMMANDS.openCalculator]: open });
}
