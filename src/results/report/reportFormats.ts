/**
 * A report as text to insert or copy: Markdown for people (a Level column, the group indented
 * under its parent, values formatted as in the view), CSV and JSON for the next tool (plain
 * numbers, a column per dimension and the level; CSV text made inert). Lines end with '\n'.
 */
import { csvCell, csvText, escapeMarkdown, plainNumber, TOTAL_LABEL, totalNote, type ValueFormatter } from '../formats';
import type { TableFormat, ViewReportCell } from '../protocol';
import { groupLabel, isCompared, valueOf, type ReportTable } from './reportTable';
import { cellsOf, viewColumnsOf } from './reportView';
import type { MetricChange, TotalRow } from '../../core';

export function reportAs(format: TableFormat, table: ReportTable, formatter: ValueFormatter, locale?: string): string {
  switch (format) {
    case 'markdown':
      return reportMarkdown(table, formatter, locale);
    case 'csv':
      return reportCsv(table);
    case 'json':
      return reportJson(table);
  }
}

export function reportMarkdown(table: ReportTable, formatter: ValueFormatter, locale?: string): string {
  const { report, columns } = table;
  const compared = isCompared(table);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  // Markdown trims a cell's spaces: no-break spaces keep a subgroup's indent.
  const indent = (level: number) => '\u00a0\u00a0\u00a0\u00a0'.repeat(level - 1);
  const lines = [
    line([
      'Level',
      escapeMarkdown(report.dimensions.map((d) => d.name).join(' › ')),
      ...viewColumnsOf(columns, compared).map((c) => escapeMarkdown(c.label)),
    ]),
    line(['--:', ':--', ...viewColumnsOf(columns, compared).map(() => '--:')]),
    ...report.groups.map((group) => {
      const cells = cellsOf(group.total, columns, formatter, compared, group, locale);
      return line([
        String(group.level),
        `${indent(group.level)}${escapeMarkdown(groupLabel(report, group))}`,
        ...cells.map(markdownCell),
      ]);
    }),
    line([
      '',
      `**${TOTAL_LABEL}**`,
      ...cellsOf(report.total, columns, formatter, compared, undefined, locale).map((c) =>
        c.text ? `**${escapeMarkdown(c.text)}**` : '',
      ),
    ]),
    '',
    `*${totalNote()}*`,
  ];
  if (report.notes.length > 0) lines.push('', ...report.notes.map((note) => `- ${escapeMarkdown(note)}`));
  return lines.join('\n');
}

/** A change of n/a keeps its reason in the text, where no tooltip is. */
function markdownCell(cell: ViewReportCell): string {
  return escapeMarkdown(cell.tone === 'na' && cell.problem !== undefined ? `n/a (${cell.problem})` : cell.text);
}

export function reportCsv(table: ReportTable): string {
  const { report, columns } = table;
  const compared = isCompared(table);
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  const header = [
    ...report.dimensions.map((d) => csvText(d.name)),
    'level',
    ...columns.flatMap((c) => [csvText(c.key), ...(compared && c.kind === 'kpi' ? [csvText(`${c.key} change`)] : [])]),
  ];
  const values = (total: TotalRow, change?: Readonly<Record<string, MetricChange>>) =>
    columns.flatMap((c) => {
      const { value } = valueOf(total, c);
      const own = value === null ? '' : String(plainNumber(value));
      if (!compared || c.kind !== 'kpi') return [own];
      const relative = change?.[c.id]?.relative;
      return [own, relative === null || relative === undefined ? '' : String(plainNumber(relative))];
    });
  const lines = [line(header)];
  for (const group of report.groups) {
    const keys = report.dimensions.map((d, i) => (i < group.level ? csvText(group.key[d.name] ?? '') : ''));
    lines.push(line([...keys, String(group.level), ...values(group.total, group.change)]));
  }
  lines.push(line([TOTAL_LABEL, ...report.dimensions.slice(1).map(() => ''), '0', ...values(report.total)]));
  return lines.join('\n');
}

/** The report's shape, with each group's rows as their count and its KPIs as plain numbers. */
export function reportJson(table: ReportTable): string {
  const { report, columns } = table;
  const totals = (total: TotalRow) => {
    // Keys are the user's column names: a null prototype keeps "__proto__" a plain key.
    const object = Object.create(null) as Record<string, number | null>;
    for (const c of columns) {
      const { value } = valueOf(total, c);
      object[c.key] = value === null ? null : plainNumber(value);
    }
    return object;
  };
  const groups = report.groups.map((group) => {
    const key = Object.create(null) as Record<string, string | null>;
    for (const [name, value] of Object.entries(group.key)) key[name] = value;
    return {
      key,
      level: group.level,
      rows: group.rowCount,
      total: totals(group.total),
      ...(group.change ? { change: changeJson(group.change) } : {}),
    };
  });
  return JSON.stringify(
    {
      breakdown: report.dimensions,
      groups,
      total: totals(report.total),
      rowCount: report.rowCount,
      notes: report.notes,
    },
    null,
    2,
  );
}

function changeJson(change: Readonly<Record<string, MetricChange>>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  const plain = (v: number | null) => (v === null ? null : plainNumber(v));
  for (const [id, c] of Object.entries(change)) {
    out[id] = {
      previous: plain(c.previous),
      absolute: plain(c.absolute),
      relative: plain(c.relative),
      ...(c.better !== undefined ? { better: c.better } : {}),
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
    };
  }
  return out;
}
