import * as l10n from '@vscode/l10n';
import {
  DEFAULT_METRIC,
  type ExtensionMessage,
  type InitMessage,
  type MetricInfo,
  type SavedState,
  type VariantInfo,
} from '../../calculator/protocol';
import { AllView } from './allView';
import { CalcView } from './calcView';
import { fill } from './dom';
import { Host } from './host';
import { parseLines } from './lines';
import { Tabs } from './tabs';

/** Results follow typing after this pause; each request has an id, so late answers are dropped. */
const DEBOUNCE_MS = 150;

/** The calculator page: saved state, the two tabs, and the conversation with the extension. */
class App {
  private readonly host = new Host();
  private state: SavedState = this.host.loadState();
  private init: InitMessage | undefined;
  private nextRequest = 1;
  private latestCompute = 0;
  private latestAll = 0;
  private lineProblems: readonly string[] = [];
  private computeTimer: ReturnType<typeof setTimeout> | undefined;
  private allTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly calc = new CalcView({
    onMetric: (id) => this.switchMetric(id, true),
    onVariant: (variant) => this.setVariant(variant),
    onSolveFor: (field) => this.setSolveFor(field),
    onValue: (field, text) => this.setValue(field, text),
    onEnter: () => this.compute(),
    onExample: () => this.host.post({ type: 'loadExample', metricId: this.state.metricId, variant: this.variant().id }),
    onCopy: (text) => text && this.host.post({ type: 'copy', text }),
    onInsert: (text) => text && this.host.post({ type: 'insert', text }),
    onClear: () => this.clear(),
  });
  private readonly all = new AllView(
    {
      onText: (text) => this.setAllText(text),
      onCopy: (text) => text && this.host.post({ type: 'copy', text }),
      onInsert: (text) => text && this.host.post({ type: 'insert', text }),
    },
    () => this.init?.locale ?? 'en-US',
  );
  private readonly tabs = new Tabs(
    [
      { id: 'single', label: l10n.t('Calculator'), panel: this.calc.root },
      { id: 'all', label: l10n.t('Compute all'), panel: this.all.root },
    ],
    (id) => this.setMode(id === 'all' ? 'all' : 'single'),
  );

  start(): void {
    this.host.listen((message) => this.receive(message));
    this.host.post({ type: 'ready' });
  }

  private receive(message: ExtensionMessage): void {
    switch (message.type) {
      case 'init':
        return this.onInit(message);
      case 'showMetric':
        return this.switchMetric(message.metricId, false);
      case 'result':
        if (message.requestId === this.latestCompute) this.calc.showResult(message, (field) => this.labelOf(field));
        return;
      case 'computeAllResult':
        if (message.requestId === this.latestAll) this.all.show(message, this.lineProblems);
        return;
      case 'example': {
        if (message.metricId !== this.state.metricId) return;
        this.state.variant[message.metricId] = message.variant;
        this.state.solveFor[message.metricId] = message.metricId;
        this.state.values = { ...this.state.values, ...message.values };
        this.render();
        this.calc.showNotice(l10n.t('Example: {0}', message.description));
        return this.compute();
      }
      case 'notice':
        return this.calc.showNotice(message.text);
    }
  }

  private onInit(init: InitMessage): void {
    const first = this.init === undefined;
    this.init = init;
    const app = document.getElementById('app');
    if (first && app) {
      fill(app, [this.tabs.root, this.calc.root, this.all.root]);
      app.removeAttribute('aria-busy');
      this.all.setText(this.state.allText);
    }
    this.calc.setMetrics(init);
    const wanted = [init.select, this.state.metricId, DEFAULT_METRIC].find((id) =>
      init.metrics.some((m) => m.id === id),
    );
    this.state.metricId = wanted ?? init.metrics[0]?.id ?? DEFAULT_METRIC;
    this.tabs.select(this.state.mode);
    this.render();
    this.compute();
    this.computeAll();
  }

  private metric(): MetricInfo | undefined {
    return this.init?.metrics.find((m) => m.id === this.state.metricId);
  }

  private variant(metric = this.metric()): VariantInfo {
    const chosen =
      metric && Object.hasOwn(this.state.variant, metric.id) ? this.state.variant[metric.id] : metric?.defaultVariant;
    return (
      metric?.variants.find((v) => v.id === chosen) ??
      metric?.variants[0] ?? { id: '', label: '', formula: '', inputs: [] }
    );
  }

  private solveFor(metric: MetricInfo): string {
    const chosen = Object.hasOwn(this.state.solveFor, metric.id) ? this.state.solveFor[metric.id] : undefined;
    const fields = [metric.id, ...this.variant(metric).inputs.map((f) => f.id)];
    return chosen !== undefined && fields.includes(chosen) ? chosen : metric.id;
  }

  private render(): void {
    const metric = this.metric();
    if (!metric) return;
    this.calc.render(metric, this.variant(metric), this.state.values, this.solveFor(metric));
    this.save();
  }

  private switchMetric(metricId: string, fromUser: boolean): void {
    if (!this.init?.metrics.some((m) => m.id === metricId) || metricId === this.state.metricId) return;
    this.state.metricId = metricId;
    if (fromUser) this.host.post({ type: 'selectMetric', metricId });
    this.tabs.select('single');
    this.render();
    this.compute();
    if (fromUser) this.calc.focusPicker();
  }

  private setVariant(variant: string): void {
    this.state.variant[this.state.metricId] = variant;
    this.render();
    this.compute();
  }

  private setSolveFor(field: string): void {
    const metric = this.metric();
    if (!metric) return;
    this.state.solveFor[metric.id] = field;
    this.calc.setSolveFor(this.labelOf(field), metric, field, this.state.values);
    this.save();
    this.compute();
  }

  private setValue(field: string, text: string): void {
    this.state.values = { ...this.state.values, [field]: text };
    this.save();
    this.schedule();
  }

  private clear(): void {
    const metric = this.metric();
    if (!metric) return;
    const fields = [metric.id, ...this.variant(metric).inputs.map((f) => f.id)];
    this.state.values = Object.fromEntries(Object.entries(this.state.values).filter(([key]) => !fields.includes(key)));
    this.render();
    this.compute();
    this.calc.focusField(fields.find((f) => f !== this.solveFor(metric)) ?? metric.id);
  }

  private setMode(mode: SavedState['mode']): void {
    this.state.mode = mode;
    this.save();
  }

  private setAllText(text: string): void {
    this.state.allText = text;
    this.save();
    clearTimeout(this.allTimer);
    this.allTimer = setTimeout(() => this.computeAll(), DEBOUNCE_MS);
  }

  private schedule(): void {
    clearTimeout(this.computeTimer);
    this.computeTimer = setTimeout(() => this.compute(), DEBOUNCE_MS);
  }

  private compute(): void {
    clearTimeout(this.computeTimer);
    const metric = this.metric();
    if (!metric) return;
    this.latestCompute = this.nextRequest++;
    const fields = [metric.id, ...this.variant(metric).inputs.map((f) => f.id)];
    const values = Object.fromEntries(
      fields.filter((f) => Object.hasOwn(this.state.values, f)).map((f) => [f, this.state.values[f] ?? '']),
    );
    this.host.post({
      type: 'compute',
      requestId: this.latestCompute,
      metricId: metric.id,
      variant: this.variant(metric).id,
      values,
      solveFor: this.solveFor(metric),
    });
  }

  private computeAll(): void {
    clearTimeout(this.allTimer);
    const { values, problems } = parseLines(this.state.allText);
    this.lineProblems = problems;
    this.latestAll = this.nextRequest++;
    if (Object.keys(values).length === 0) {
      this.all.show(undefined, problems);
      return;
    }
    this.host.post({ type: 'computeAll', requestId: this.latestAll, values });
  }

  private labelOf(field: string): string {
    const metric = this.metric();
    if (!metric) return field;
    return [metric.field, ...this.variant(metric).inputs].find((f) => f.id === field)?.label ?? field;
  }

  private save(): void {
    this.host.saveState(this.state);
  }
}

export function startApp(): void {
  new App().start();
}
