/**
 * The messages between the results view and the extension, as zod schemas both sides parse
 * with safeParse: anything else is logged and ignored, never thrown. The view only ever gets
 * text to show (formatted by the extension) and sends back which action was clicked.
 */
import * as z from 'zod/mini';

// Each schema is a z.lazy, built on the first message rather than when the extension loads:
// building every schema of both protocols at load was most of the bundle's start-up code.

export const TABLE_FORMATS = ['markdown', 'csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Where a table goes: below the selection, to the clipboard, or into a new notebook cell. */
export const TABLE_DESTINATIONS = ['below', 'clipboard', 'cell'] as const;
export type TableDestination = (typeof TABLE_DESTINATIONS)[number];

const cellSchema = z.lazy(() => z.object({ text: z.string(), problem: z.optional(z.string()) }));
const rowSchema = z.lazy(() => z.object({ cells: z.array(cellSchema) }));

/** Rows per page of the view; Insert and Copy always take every row. */
export const PAGE_ROWS = 500;

const rowIndexSchema = z.lazy(() => z.int().check(z.nonnegative()));

const readLineSchema = z.lazy(() =>
  z.object({
    column: rowIndexSchema,
    name: z.string(),
    role: z.enum(['input', 'reported', 'dimension', 'unused']),
    text: z.string(),
    note: z.optional(z.string()),
    canMap: z.boolean(),
    mapped: z.boolean(),
  }),
);
export type ViewReadLine = z.infer<typeof readLineSchema>;

/** Groups a report sends to the view at most; Insert and Copy always take every group. */
export const MAX_REPORT_GROUPS = 20_000;
/** Bars or line points of one chart at most. */
export const MAX_CHART_POINTS = 2_000;

const reportCellSchema = z.lazy(() =>
  z.object({
    text: z.string(),
    /** The number the column sorts by; null sorts last. */
    sort: z.nullable(z.number()),
    problem: z.optional(z.string()),
    /** A change column's colour: by the metric's direction, neutral, or n/a. */
    tone: z.optional(z.enum(['better', 'worse', 'neutral', 'na'])),
  }),
);
export type ViewReportCell = z.infer<typeof reportCellSchema>;

const reportRowSchema = z.lazy(() =>
  z.object({
    level: z.int().check(z.positive()),
    label: z.string(),
    cells: z.array(reportCellSchema),
  }),
);
export type ViewReportRow = z.infer<typeof reportRowSchema>;

export const chartSchema = z.lazy(() =>
  z.object({
    metric: z.string(),
    title: z.string(),
    kind: z.enum(['bars', 'line']),
    points: z
      .array(z.object({ label: z.string(), value: z.number(), text: z.string() }))
      .check(z.maxLength(MAX_CHART_POINTS)),
    note: z.optional(z.string()),
  }),
);

/** A breakdown shown instead of the rows: groups depth first, each with its level. */
const viewReportSchema = z.lazy(() =>
  z.object({
    /** "Campaign name › month, compared with the previous period" */
    title: z.string(),
    /** The dimension of each level, outermost first. */
    levels: z.array(z.string()),
    columns: z.array(
      z.object({ label: z.string(), kind: z.enum(['kpi', 'input', 'change']), metric: z.optional(z.string()) }),
    ),
    rows: z.array(reportRowSchema).check(z.maxLength(MAX_REPORT_GROUPS)),
    /** Every group the report has (more than `rows` when it was cut at MAX_REPORT_GROUPS). */
    groupCount: rowIndexSchema,
    total: z.array(reportCellSchema),
    charts: z.array(chartSchema),
    notes: z.array(z.string()),
    /** Compare periods… is offered: the report has a period. */
    canCompare: z.boolean(),
  }),
);
export type ViewReport = z.infer<typeof viewReportSchema>;

export const viewTableSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    columns: z.array(z.object({ label: z.string(), kind: z.enum(['input', 'label', 'other', 'kpi', 'reported']) })),
    /** What each column of the selection was read as, shown above the table. */
    read: z.array(readLineSchema),
    /**
     * One page, from `firstRow`: 100,000 rows at once would cost seconds to send and draw. The
     * view asks for another page with a `rows` message.
     */
    rows: z.array(rowSchema).check(z.maxLength(PAGE_ROWS)),
    firstRow: rowIndexSchema,
    rowCount: rowIndexSchema,
    total: z.optional(rowSchema),
    totalNote: z.optional(z.string()),
    notes: z.array(z.string()),
    /** Insert below needs the source document open; Insert as cell a notebook. */
    canInsert: z.boolean(),
    canInsertCell: z.boolean(),
    /** Use as… can write the columnMappings setting and recompute the table. */
    canMap: z.boolean(),
    /** The format the view starts with: a data file's own (CSV), else Markdown. */
    defaultFormat: z.optional(z.enum(TABLE_FORMATS)),
    /** Break down by… is offered: the table has dimension or date columns. */
    canBreakDown: z.optional(z.boolean()),
    /** The breakdown, shown in place of the rows; Insert and Copy then write it. */
    report: z.optional(viewReportSchema),
  }),
);
export type ViewTable = z.infer<typeof viewTableSchema>;
export type ViewRow = z.infer<typeof rowSchema>;

export const toViewSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('show'), tables: z.array(viewTableSchema) }),
    z.object({ type: z.literal('status'), tableId: z.string(), text: z.string(), error: z.boolean() }),
    /** The answer to the view's `rows` request with the same requestId. */
    z.object({
      type: z.literal('rows'),
      tableId: z.string(),
      requestId: rowIndexSchema,
      firstRow: rowIndexSchema,
      rows: z.array(rowSchema).check(z.maxLength(PAGE_ROWS)),
    }),
  ]),
);
export type ToView = z.infer<typeof toViewSchema>;

export const fromViewSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready') }),
    /** A `show` was laid out and painted: how long it took in the page (first paint, for the benchmark). */
    z.object({ type: z.literal('rendered'), ms: z.number().check(z.nonnegative()), rows: rowIndexSchema }),
    z.object({
      type: z.literal('action'),
      tableId: z.string().check(z.maxLength(64)),
      format: z.enum(TABLE_FORMATS),
      to: z.enum(TABLE_DESTINATIONS),
    }),
    /** "Use as…" on a column of the selection: the extension asks what it is, writes the setting, recomputes. */
    z.object({
      type: z.literal('useAs'),
      tableId: z.string().check(z.maxLength(64)),
      column: rowIndexSchema,
    }),
    /** Break down by… and Compare periods…: the extension asks with a QuickPick and shows the report. */
    z.object({ type: z.literal('breakDown'), tableId: z.string().check(z.maxLength(64)) }),
    z.object({ type: z.literal('compare'), tableId: z.string().check(z.maxLength(64)) }),
    /** Copy SVG on a chart: the extension writes that KPI's chart to the clipboard. */
    z.object({
      type: z.literal('chart'),
      tableId: z.string().check(z.maxLength(64)),
      metric: z.string().check(z.maxLength(64)),
    }),
    /**
     * Save… on a chart: the chart as shown, drawn as PNG in the page (base64, at most 8 MB); the
     * extension asks where and writes the PNG, or the chart's SVG when a .svg name is chosen.
     */
    z.object({
      type: z.literal('saveChart'),
      tableId: z.string().check(z.maxLength(64)),
      metric: z.string().check(z.maxLength(64)),
      png: z.string().check(z.maxLength(8_000_000), z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
    }),
    /** Asks for the page of rows starting at `firstRow`; answered by a `rows` message. */
    z.object({
      type: z.literal('rows'),
      tableId: z.string().check(z.maxLength(64)),
      requestId: rowIndexSchema,
      firstRow: rowIndexSchema,
    }),
  ]),
);
export type FromView = z.infer<typeof fromViewSchema>;
