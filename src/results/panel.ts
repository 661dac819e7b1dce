/**
 * The results view: one webview panel beside the editor, reused by every Evaluate Selection
 * that yields a table. The page holds no data; after its `ready` message (sent again whenever
 * VS Code reloads a hidden webview) it is sent the tables, each with its first page of rows;
 * other pages are formatted when the view asks for them. Messages from it are parsed with the
 * shared schema; anything else is logged and ignored.
 */
import vscode = require('vscode');
import { RESULTS_VIEW_TYPE } from '../commandIds';
import type { Log } from '../log';
import { formatsFor, sendTable, type BreakdownAsk, type ResultTable } from './destination';
import { chartNode, svgText } from './report/chart';
import { chartOf, viewReportOf } from './report/reportView';
import { saveChart } from './report/saveChart';
import { resultsPage } from './html';
import { makeNonce } from '../webviewNonce';
import { fromViewSchema, type FromView, type ToView } from './protocol';
import { pageOf, pageStart, viewTableOf } from './viewData';

export class ResultsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private tables = new Map<string, ResultTable>();
  private nextId = 1;
  private readonly rendered = new vscode.EventEmitter<{ readonly ms: number; readonly rows: number }>();
  /** Each time the page has painted what it was sent, with the time it took (bench:vscode reads it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
  ) {}

  /** Shows these tables (replacing what the view showed) beside the editor, keeping focus there. */
  show(tables: readonly ResultTable[]): void {
    this.tables = new Map(tables.map((table) => [`t${this.nextId++}`, table]));
    if (this.panel) {
      this.panel.reveal(undefined, true);
      if (this.ready) this.post({ type: 'show', tables: this.viewTables() });
      return;
    }
    this.panel = this.createPanel();
  }

  dispose(): void {
    this.panel?.dispose();
    this.rendered.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const bundles = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const title = vscode.l10n.t('KPI Results');
    const panel = vscode.window.createWebviewPanel(
      RESULTS_VIEW_TYPE,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [bundles] },
    );
    const nonce = makeNonce();
    const scriptUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(bundles, 'results.js')).toString();
    panel.webview.html = resultsPage({
      cspSource: panel.webview.cspSource,
      scriptUri,
      nonce,
      title,
      computing: vscode.l10n.t('Computing…'),
      language: vscode.env.language,
      translations: vscode.l10n.bundle,
    });
    const listener = panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    panel.onDidDispose(() => {
      listener.dispose();
      this.panel = undefined;
      this.ready = false;
      this.tables.clear();
    });
    return panel;
  }

  private receive(raw: unknown): void {
    const parsed = fromViewSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(
        `results view: ignored a malformed message (${parsed.error.issues.length} problem(s) at ${parsed.error.issues.map((i) => i.path.join('.') || 'root').join(', ')})`,
      );
      return;
    }
    void this.handle(parsed.data).catch((error: unknown) => this.log.error('results view: an action failed', error));
  }

  private async handle(message: FromView): Promise<void> {
    if (message.type === 'ready') {
      this.ready = true;
      this.post({ type: 'show', tables: this.viewTables() });
      return;
    }
    if (message.type === 'rendered') {
      this.rendered.fire({ ms: message.ms, rows: message.rows });
      return;
    }
    const table = this.tables.get(message.tableId);
    if (!table) {
      this.log.warn(`results view: ${message.type} for an unknown table ${message.tableId}`);
      return;
    }
    if (message.type === 'useAs') {
      await this.remapColumn(message.tableId, message.column);
      return;
    }
    if (message.type === 'breakDown' || message.type === 'compare') {
      await this.breakDown(message.tableId, { kind: message.type === 'breakDown' ? 'groups' : 'compare' });
      return;
    }
    if (message.type === 'chart') {
      const svg = this.chartSvg(message.tableId, message.metric);
      if (svg !== undefined) await vscode.env.clipboard.writeText(svg);
      this.post({
        type: 'status',
        tableId: message.tableId,
        text:
          svg !== undefined
            ? vscode.l10n.t('Copied the chart as SVG.')
            : vscode.l10n.t('That chart is no longer shown.'),
        error: svg === undefined,
      });
      return;
    }
    if (message.type === 'saveChart') {
      const svg = this.chartSvg(message.tableId, message.metric);
      if (svg === undefined) {
        this.post({
          type: 'status',
          tableId: message.tableId,
          text: vscode.l10n.t('That chart is no longer shown.'),
          error: true,
        });
        return;
      }
      const saved = await saveChart(message.metric, message.png, svg, table.origin.uri);
      if (!saved) return;
      if (!saved.ok) this.log.warn(`results view: ${saved.message}`);
      this.post({ type: 'status', tableId: message.tableId, text: saved.message, error: !saved.ok });
      return;
    }
    if (message.type === 'rows') {
      const firstRow = pageStart(message.firstRow, table.model.rowCount);
      const rows = pageOf(table.model, table.formatter, firstRow);
      this.post({ type: 'rows', tableId: message.tableId, requestId: message.requestId, firstRow, rows });
      return;
    }
    const result = await sendTable(table, message.format, message.to);
    if (!result.ok) {
      this.log.warn(`results view: ${message.to} as ${message.format} refused: ${result.message}`);
      void vscode.window.showWarningMessage(result.message);
    }
    this.post({ type: 'status', tableId: message.tableId, text: result.message, error: !result.ok });
  }

  /** The columns of the shown tables that Use as… can map, for the command palette's Use Column as…. */
  mappable(): {
    readonly tableId: string;
    readonly title: string;
    readonly column: number;
    readonly name: string;
    readonly text: string;
  }[] {
    return [...this.tables].flatMap(([tableId, table]) =>
      table.remap
        ? table.model.read
            .filter((line) => line.canMap)
            .map((line) => ({ tableId, title: table.title, column: line.column, name: line.name, text: line.text }))
        : [],
    );
  }

  /**
   * Use as…: the table computed again with the new mapping replaces the old one under the same
   * id. Undefined when cancelled, or when the view showed other tables meanwhile.
   */
  async remapColumn(
    tableId: string,
    column: number,
    choice?: { readonly as: string | null },
  ): Promise<ResultTable | undefined> {
    const table = this.tables.get(tableId);
    if (!table?.remap) return undefined;
    const updated = await table.remap(column, choice);
    if (!updated || this.tables.get(tableId) !== table) return undefined;
    this.tables.set(tableId, updated);
    if (this.ready) this.post({ type: 'show', tables: this.viewTables() });
    return updated;
  }

  /** The shown tables that Break down by… and Compare periods… apply to, for the commands. */
  breakdownTargets(): { readonly tableId: string; readonly title: string; readonly compared: boolean }[] {
    return [...this.tables]
      .filter(([, table]) => table.breakDown !== undefined)
      .map(([tableId, table]) => ({
        tableId,
        title: table.title,
        compared: table.report?.report.dimensions.some((d) => d.kind === 'period') ?? false,
      }));
  }

  /** The first table shown with a report, which Insert KPI Report as Code writes as code. */
  shownReport(): ResultTable | undefined {
    return [...this.tables.values()].find((table) => table.report !== undefined);
  }

  /** The table with a new breakdown replaces the old one under the same id; undefined when cancelled. */
  async breakDown(tableId: string, ask: BreakdownAsk): Promise<ResultTable | undefined> {
    const table = this.tables.get(tableId);
    if (!table?.breakDown) return undefined;
    const updated = await table.breakDown(ask);
    if (!updated || this.tables.get(tableId) !== table) return undefined;
    this.tables.set(tableId, updated);
    if (this.ready) this.post({ type: 'show', tables: this.viewTables() });
    return updated;
  }

  /** A KPI's chart of a shown report, as an SVG file's text. */
  chartSvg(tableId: string, metric: string): string | undefined {
    const table = this.tables.get(tableId);
    const column = table?.report?.columns.find((c) => c.id === metric && c.kind === 'kpi');
    if (!table?.report || !column) return undefined;
    return svgText(chartNode(chartOf(table.report, column, table.formatter), `chart-${metric}`));
  }

  private viewTables() {
    return [...this.tables].map(([id, table]) => {
      // A data file takes only its own format below the selection (JSON none): the view offers that.
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === table.origin.uri.toString());
      const formats = document ? formatsFor(document) : undefined;
      const flat = viewTableOf(id, table.title, table.model, table.formatter, {
        insert: table.wholeFile !== true && (formats === undefined || formats.length > 0),
        cell: table.origin.cell !== undefined,
        map: table.remap !== undefined,
      });
      const view = table.breakDown
        ? {
            ...flat,
            canBreakDown: true,
            // A whole file's report counts the file's rows, not the first rows the table holds.
            ...(table.report
              ? {
                  report: viewReportOf(table.report, table.formatter, table.locale),
                  rowCount: table.report.report.rowCount,
                }
              : {}),
          }
        : flat;
      return formats?.[0] !== undefined ? { ...view, defaultFormat: formats[0] } : view;
    });
  }

  private post(message: ToView): void {
    void this.panel?.webview.postMessage(message);
  }
}
