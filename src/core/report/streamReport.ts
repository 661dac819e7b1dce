/**
 * `report` over a file too large to hold as one string: its text is pushed in blocks cut
 * anywhere, and memory follows the number of groups, never the rows. Compute KPIs for File
 * streams a file through it where DuckDB is absent (the web extension host).
 *
 *     const stream = new ReportStream({ groupBy: ['campaign'], period: 'month' });
 *     for await (const block of blocks) stream.push(block);
 *     const result = stream.end(); // a Report, or a Failure naming the input
 *
 * The records are read by the core's own readers (csvScan, ColumnCells: numbers as `report`
 * reads them), run by run. The first run settles the readings as `report` reads a table
 * (streamPlan.ts: the columns' meanings, the dimensions, the date column, the inputs); what
 * only the whole file tells — the decimal evidence of each column, the day order of
 * `03/04/2026` — is settled at the end, when the groups are rolled up from per-group sums and
 * finished by the core's rules (reportOfSums). Errors are never thrown: the first is kept and
 * `end` returns it.
 */
import * as l10n from '@vscode/l10n';
import { fail, type Failure } from '../errors';
import type { ColumnsInput } from '../columns/readColumns';
import { catalogOf, type CoreOptions } from '../options';
import { DEFAULT_LOCALE } from '../read/locale';
import { finishColumns } from '../read/table';
import { reportOfSums } from './fromSums';
import { noSuchMetric, periodNotes } from './notes';
import { checkSpec } from './spec';
import type { RecordCells } from './streamCells';
import { StreamGroups, type StreamGroupsDone } from './streamGroups';
import { orderedLikeReport } from './streamOrder';
import { streamPlan, type StreamPlan } from './streamPlan';
import { openSource, OPENING_LENGTH, type RecordSource, type StreamFormat } from './streamSources';
import type { Report, ReportDimension, ReportSpec } from './types';

export interface ReportStreamOptions extends CoreOptions {
  /** The file's format; by default a file starting with `{` is JSON Lines, any other CSV or TSV (by its header). */
  readonly format?: StreamFormat;
  /**
   * Characters of whole records read at a time (default 1 MiB, some 10,000 rows). The first
   * run settles what each column means, as `report` settles it on a whole table.
   */
  readonly chunkSize?: number;
}

const DEFAULT_CHUNK = 1024 * 1024;
/** Lines of the opening that frame a platform export's header (exportFrame.ts reads up to 40 and 40 after). */
const OPENING_LINES = 100;
/** A record longer than this is a quote never closed: papaparse would call the file malformed. */
const MAX_RECORD = 64 * 1024 * 1024;

export class ReportStream {
  private failure?: Failure;
  private result?: Report | Failure;
  private opening: string[] = [];
  private openingLength = 0;
  private source?: RecordSource;
  private plan?: StreamPlan;
  private groups?: StreamGroups;
  private rows = 0;
  private sawReturn = false;
  private openingLines = 0;
  private readonly locale: string;
  private readonly chunkSize: number;

  constructor(
    private readonly spec: ReportSpec,
    private readonly options: ReportStreamOptions = {},
  ) {
    this.locale = options.locale ?? DEFAULT_LOCALE;
    this.chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    this.failure = checkSpec(spec) ?? unknownMetric(spec, options);
  }

  /** Rows read so far (for progress): records are read a run at a time. */
  get rowCount(): number {
    return this.rows;
  }

  /** A block of the file's text, cut anywhere (mid-line, mid-quote). */
  push(block: string): void {
    if (this.failure || this.result || block === '') return;
    if (block.indexOf('\0') >= 0) {
      this.failure = fail('invalidSelection', l10n.t('The file is not text: it holds NUL bytes'), {
        hint: l10n.t('open a CSV, TSV or JSON Lines file'),
      });
      return;
    }
    if (!this.source) {
      this.opening.push(block);
      this.openingLength += block.length;
      if (this.openingLength >= OPENING_LENGTH || this.openingDecides(block)) this.open();
    } else this.source.push(block);
    this.drain(false);
  }

  /** Ends the stream: the report, or a Failure naming the input. */
  end(): Report | Failure {
    if (this.result) return this.result;
    if (!this.failure && !this.source) this.open();
    if (!this.failure) this.drain(true);
    this.result = this.failure ?? this.finish();
    this.opening = [];
    return this.result;
  }

  /**
   * Whether the opening decides what the file's first megabyte would: papaparse's guess of the
   * line ending (a \n with no \r before it is \n, whatever follows; else the guess counts over
   * the megabyte), and a platform export's title or comments before the header, which
   * exportFrame.ts looks for in the first 40 lines and the lines after them.
   */
  private openingDecides(block: string): boolean {
    for (let at = block.indexOf('\n'); at >= 0; at = block.indexOf('\n', at + 1)) this.openingLines++;
    if (this.openingLines < OPENING_LINES) {
      this.sawReturn ||= block.indexOf('\r') >= 0;
      return false;
    }
    if (this.sawReturn) return false;
    const newline = block.indexOf('\n');
    const ret = block.indexOf('\r');
    this.sawReturn = ret >= 0 && ret < newline;
    return !this.sawReturn;
  }

  private open(): void {
    const source = openSource(this.opening.join(''), this.options.format, this.locale);
    this.opening = [];
    if ('ok' in source) this.failure = source;
    else this.source = source;
  }

  /** Reads the runs of whole records waiting; at the end, everything held. */
  private drain(final: boolean): void {
    const source = this.source;
    if (!source || this.failure) return;
    if (!final && source.wholeLength < this.chunkSize) {
      if (source.wholeLength === 0 && source.heldLength > MAX_RECORD)
        this.failure = fail(
          'invalidSelection',
          l10n.t('A record runs over {0} characters from row {1} on', MAX_RECORD, this.rows + 1),
          {
            hint: l10n.t('close the quoted cell with a double quote'),
          },
        );
      return;
    }
    const run = source.read(final, this.rows);
    if (run === undefined) return;
    if ('ok' in run) this.failure = run;
    else this.consume(run);
  }

  private consume(run: RecordCells): void {
    if (run.rowCount === 0) return;
    if (!this.groups && !this.settle(run)) return;
    this.groups!.add(run.cells, run.rowCount, this.rows);
    this.rows += run.rowCount;
    this.failure ??= this.groups!.failure;
  }

  /** The first run decides the readings, as `report` decides them on the table it is given. */
  private settle(run: RecordCells): boolean {
    const source = this.source!;
    const columns = [...source.columns];
    const context = source.hint !== undefined ? { locale: this.locale, hint: source.hint } : { locale: this.locale };
    const table = finishColumns(columns, run.cells, run.rowCount, context);
    const sample: ColumnsInput = {
      columns,
      rowCount: run.rowCount,
      data: table.data,
      texts: table.texts,
      ...(table.currencies ? { currencies: table.currencies } : {}),
    };
    const plan = streamPlan(sample, this.spec, this.options);
    if ('ok' in plan) {
      this.failure = plan;
      return false;
    }
    source.fix();
    this.plan = plan;
    const period = this.spec.period
      ? {
          unit: this.spec.period,
          options: this.spec.weekStart !== undefined ? { weekStart: this.spec.weekStart } : {},
          ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
        }
      : undefined;
    this.groups = new StreamGroups(plan, columns.length, this.locale, source.hint, period);
    return true;
  }

  private finish(): Report | Failure {
    if (!this.groups || !this.plan)
      return fail('invalidSelection', l10n.t('The file has no rows under its header'), {
        hint: l10n.t('a report reads a table: a header line, then one row per line'),
      });
    const done = this.groups.finish();
    if ('ok' in done) return done;
    const plan = this.plan;
    const dimensions: ReportDimension[] = [
      ...plan.dimensions.map((d) => ({ name: d.word, column: d.name, kind: 'dimension' as const })),
      ...(plan.period && this.spec.period
        ? [{ name: this.spec.period, column: plan.period.name, kind: 'period' as const }]
        : []),
    ];
    const summed = reportOfSums(dimensions, done.groups, this.spec, this.options, this.notes(done));
    return {
      ...summed,
      groups: orderedLikeReport(summed.groups, dimensions, done.ranks),
      undatedRows: done.undatedRows,
    };
  }

  /** The notes `report` writes about the periods. */
  private notes(done: StreamGroupsDone): string[] {
    const period = this.plan?.period;
    if (!period || !this.spec.period) return [];
    return periodNotes({
      column: period.name,
      pattern: done.pattern ?? '',
      others: period.others,
      period: this.spec.period,
      weekStart: this.spec.weekStart,
      rows: this.rows,
      undated: done.undatedCount,
      firstUndated: done.undatedRows[0],
    });
  }
}

function unknownMetric(spec: ReportSpec, options: CoreOptions): Failure | undefined {
  const catalog = catalogOf(options);
  const unknown = spec.metrics?.find((id) => !catalog.metric(id));
  return unknown !== undefined ? noSuchMetric(unknown) : undefined;
}
