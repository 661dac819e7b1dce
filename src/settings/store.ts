import vscode = require('vscode');
import type { Log } from '../log';
import { readConfig, type Config } from './config';
import { SECTION } from './keys';

/**
 * Holds the current settings and tells features when they change, so a change takes effect
 * without a reload. Custom-metric problems are shown once per distinct set of problems.
 */
export class ConfigStore implements vscode.Disposable {
  private config: Config;
  private readonly changed = new vscode.EventEmitter<Config>();
  private readonly listener: vscode.Disposable;
  private lastWarning = '';
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    this.config = readConfig();
    this.reportProblems();
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.config = readConfig();
      this.reportProblems();
      this.changed.fire(this.config);
    });
  }

  get current(): Config {
    return this.config;
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }

  private reportProblems(): void {
    // Without custom metrics there is nothing to report, and no reason to build the catalog yet.
    const problems = this.config.definesCustomMetrics ? this.config.customMetricProblems : [];
    const text = problems.map((p) => `${p.metric}\t${p.field}\t${p.message}`).join('\n');
    if (text === this.lastWarning) return;
    this.lastWarning = text;
    if (!text) return;
    for (const p of problems) this.log.warn(`custom metric '${p.metric}', field '${p.field}': ${p.message}`);
    const first = problems[0]!;
    const openSettings = vscode.l10n.t('Open Settings');
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window
      .showWarningMessage(
        problems.length > 1
          ? vscode.l10n.t(
              "Marketing Metrics: custom metric '{0}' was left out — {1}: {2} (and {3} more; see the log). The other metrics work as usual.",
              first.metric,
              first.field,
              first.message,
              problems.length - 1,
            )
          : vscode.l10n.t(
              "Marketing Metrics: custom metric '{0}' was left out — {1}: {2}. The other metrics work as usual.",
              first.metric,
              first.field,
              first.message,
            ),
        openSettings,
        showLog,
      )
      .then((choice) => {
        if (choice === openSettings)
          void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.customMetrics`);
        if (choice === showLog) this.log.show();
      });
  }
}

export function registerSettings(context: vscode.ExtensionContext, log: Log): ConfigStore {
  const store = new ConfigStore(log);
  context.subscriptions.push(store);
  return store;
}
