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
    const text = problems.map((p) => `custom metric '${p.metric}', field '${p.field}': ${p.message}`).join('\n');
    if (text === this.lastWarning) return;
    this.lastWarning = text;
    if (!text) return;
    for (const line of text.split('\n')) this.log.warn(line);
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see the log)` : '';
    void vscode.window
      .showWarningMessage(
        `Marketing Metrics: custom metric '${first.metric}' was left out — ${first.field}: ${first.message}${more}. The other metrics work as usual.`,
        'Open Settings',
        'Show Log',
      )
      .then((choice) => {
        if (choice === 'Open Settings')
          void vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.customMetrics`);
        if (choice === 'Show Log') this.log.show();
      });
  }
}

export function registerSettings(context: vscode.ExtensionContext, log: Log): ConfigStore {
  const store = new ConfigStore(log);
  context.subscriptions.push(store);
  return store;
}
