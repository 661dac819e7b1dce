import vscode = require('vscode');
import type { Log } from '../log';
import type { ConfigStore } from '../settings/store';
import { respond, validateMessage } from './handler';
import { calculatorHtml, webviewOptions } from './html';
import type { LastEditor } from './lastEditor';
import { initMessage } from './metricInfo';
import type { ExtensionMessage, WebviewMessage } from './protocol';

export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly lastEditor: LastEditor;
}

/**
 * One calculator panel: its page, its messages and the metric it shows. The page speaks first
 * (`ready`); until then nothing is posted, and every `ready` (a reload, a tab shown again)
 * gets a fresh `init`.
 */
export class CalculatorPanel implements vscode.Disposable {
  private ready = false;
  private isDisposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private metricId: string,
    private readonly deps: PanelDeps,
  ) {
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.webview.html = calculatorHtml(panel.webview, deps.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      deps.settings.onDidChange(() => this.sendInit()),
      // Hidden, the page is unloaded (no retainContextWhenHidden); shown again, it says `ready`.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Shows the panel (in its column); with a metric id, switches to that metric. */
  show(metricId: string | undefined, preserveFocus: boolean): void {
    if (metricId && metricId !== this.metricId) {
      this.metricId = metricId;
      this.post({ type: 'showMetric', metricId });
    }
    this.panel.reveal(undefined, preserveFocus);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
  }

  private sendInit(): void {
    if (!this.ready) return; // the coming `ready` gets the fresh settings
    this.post(initMessage(this.deps.settings.current, this.metricId));
  }

  private async receive(raw: unknown): Promise<void> {
    const message = validateMessage(raw, (text) => this.deps.log.warn(text));
    if (!message) return;
    try {
      await this.handle(message);
    } catch (error) {
      this.deps.log.error(`calculator: handling '${message.type}' failed`, error);
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sendInit();
        return;
      case 'selectMetric':
        if (this.deps.settings.current.catalog.metrics.has(message.metricId)) this.metricId = message.metricId;
        return;
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        this.post({ type: 'notice', text: vscode.l10n.t('Copied to the clipboard.') });
        return;
      case 'insert': {
        const inserted = await this.deps.lastEditor.insert(message.text);
        if (inserted.ok) this.post({ type: 'notice', text: vscode.l10n.t('Inserted at the cursor.') });
        else void vscode.window.showErrorMessage(inserted.message);
        return;
      }
      default: {
        const answer = respond(message, this.deps.settings.current);
        if (answer) this.post(answer);
      }
    }
  }

  private post(message: ExtensionMessage): void {
    if (!this.ready) return;
    void this.panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this.deps.log.error(`calculator: posting '${message.type}' failed`, error);
    });
  }
}
