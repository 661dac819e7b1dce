/**
 * The core's reading of a table's columns (readColumns, analyseTable) as the results show it:
 * the table's columns with their kind, the "what was read" lines above the table (column →
 * quantity with its unit, dimension, the export's own KPI, or left out and why), and the rows
 * where an export's KPI disagrees with ours. No `vscode` import.
 */
import type { Catalog, ColumnReading, KpiCheck, TableAnalysis, TotalCheck, Unit } from '../core';
import { UNIT_LABELS } from '../metricText/describe';
import type { TableColumn } from './model';

/** One line of "what was read". */
export interface ReadLine {
  /** The column's index in the selection and its name as written. */
  readonly column: number;
  readonly name: string;
  readonly role: ColumnReading['role'];
  /** "Cost (money, USD)", "dimension: campaign", "the export's CTR, compared with ours", "not used: …". */
  readonly text: string;
  /** What was assumed, or another reading there is. */
  readonly note?: string;
  /** A column of numbers: the user can say what it is (Use as…). */
  readonly canMap: boolean;
  /** Read so by the user's columnMappings setting. */
  readonly mapped: boolean;
}

const DIMENSION_WORDS: Readonly<Record<string, string>> = {
  campaign: 'campaign',
  adSet: 'ad set / ad group',
  ad: 'ad',
  channel: 'channel',
  sourceMedium: 'source / medium',
  device: 'device',
  country: 'country or region',
  date: 'date',
  query: 'search query',
  page: 'page',
  id: 'id',
  status: 'status or type',
  audience: 'audience or account',
  other: 'label',
};

/** The table's columns as the results table has them. */
export function tableColumnsOf(
  analysis: Pick<TableAnalysis, 'reading' | 'given' | 'checks'>,
  catalog: Catalog,
): TableColumn[] {
  return analysis.reading.columns.map((c) => {
    const base = { key: c.name, label: c.name };
    if (c.role === 'input' && c.id !== undefined) {
      const unit = c.factor === 1 ? catalog.unitOf(c.id) : undefined;
      return { ...base, kind: 'input', id: c.id, factor: c.factor, ...(unit ? { unit } : {}) };
    }
    if (c.role === 'reported' && c.id !== undefined) {
      const check = analysis.checks.find((k) => k.column === c.column);
      const unit: Unit = catalog.unitOf(c.id) ?? 'number';
      if (!check) return { ...base, kind: 'input', id: c.id, unit };
      return { ...base, kind: 'reported', id: c.id, unit, factor: check.factor };
    }
    if (c.role === 'dimension') return { ...base, kind: 'label', dimension: c.dimension ?? 'other' };
    return { ...base, kind: c.numeric ? 'other' : 'label' };
  });
}

export function readLinesOf(
  analysis: Pick<TableAnalysis, 'reading' | 'given' | 'checks'>,
  catalog: Catalog,
): ReadLine[] {
  return analysis.reading.columns.map((c) => {
    const given = analysis.given.includes(c.column);
    const line = { column: c.column, name: c.name, role: c.role, canMap: c.numeric, mapped: c.by === 'mapping' };
    const note = c.note !== undefined ? { note: c.note } : {};
    switch (c.role) {
      case 'input':
        return { ...line, text: quantityText(c, catalog), ...note };
      case 'reported':
        return { ...line, text: reportedText(c, given, catalog), ...note };
      case 'dimension':
        return {
          ...line,
          text: `dimension: ${DIMENSION_WORDS[c.dimension ?? 'other'] ?? 'label'}${c.by === 'content' && c.dimension !== 'date' ? ' (text)' : ''}`,
          ...note,
        };
      case 'unused':
        return { ...line, text: `not used: ${c.why ?? 'no quantity of that name'}`, ...note };
    }
  });
}

/** "Cost (money, USD)", "Cost (money), in millionths". */
function quantityText(c: ColumnReading, catalog: Catalog): string {
  const unit = catalog.unitOf(c.id!) ?? 'number';
  const currency = unit === 'currency' && c.currency !== undefined ? `, ${c.currency}` : '';
  const scale = c.factor === 1 ? '' : `, ×${c.factor}`;
  return `${catalog.nameOf(c.id!)} (${UNIT_LABELS[unit]}${currency}${scale})`;
}

function reportedText(c: ColumnReading, given: boolean, catalog: Catalog): string {
  const metric = catalog.metrics.get(c.id!);
  const name = metric?.abbreviation ?? metric?.name ?? c.id!;
  const variant =
    c.variant !== undefined ? ` — ${metric?.variants?.find((v) => v.id === c.variant)?.label ?? c.variant} —` : '';
  if (given) return `${name}${variant} used as an input: the table lacks what ours needs`;
  return `the export's own ${name}${variant}${variant ? '' : ','} compared with ours`;
}

/** The rows where an export's KPI and ours disagree, said once per column with the count and the first rows. */
export function checkNotes(
  checks: readonly KpiCheck[],
  format: (value: number, unit: Unit) => string,
  theirs: (check: KpiCheck, r: number) => number,
  catalog: Catalog,
): string[] {
  return checks
    .filter((k) => k.disagreeing.length > 0)
    .map((k) => {
      const unit = catalog.unitOf(k.metric) ?? 'number';
      const first = k.disagreeing
        .slice(0, 3)
        .map((r) => `row ${r + 1}: ${format(theirs(k, r), unit)} against ${format(k.ours[r]!, unit)}`);
      const more = k.disagreeing.length > 3 ? `, …` : '';
      const formula = catalog.formula(k.metric, k.variant)?.source ?? k.metric;
      return `'${k.name}' differs from ours (${formula}) beyond rounding in ${k.disagreeing.length} of ${k.compared} rows — ${first.join('; ')}${more}. Check which clicks, conversions or spend the platform counts.`;
    });
}

/** The cell problem of a disagreeing row. */
export function disagreementOf(
  check: KpiCheck,
  r: number,
  theirs: number,
  format: (value: number, unit: Unit) => string,
  catalog: Catalog,
): string {
  const unit = catalog.unitOf(check.metric) ?? 'number';
  const formula = catalog.formula(check.metric, check.variant)?.source ?? check.metric;
  return `The export says ${format(theirs, unit)}; ours (${formula}) is ${format(check.ours[r]!, unit)}`;
}

/** "Left out 2 lines before the table (…) and 2 Total rows of the export (…)": said once. */
export function skippedNotes(skipped: readonly { readonly text: string; readonly why: string }[]): string[] {
  const around = skipped.filter((s) => s.why !== 'footer' || !/^\s*"?(grand\s+)?totals?(?!\p{L})/iu.test(s.text));
  const totals = skipped.length - around.length;
  const parts: string[] = [];
  // A title line padded with the table's delimiters reads as the title alone.
  const shown = around.slice(0, 2).map((s) => `'${s.text.replace(/[,;\t]+$/, '')}'`);
  if (around.length > 0)
    parts.push(
      `${around.length} line${around.length === 1 ? '' : 's'} around the table (${shown.join(', ')}${around.length > 2 ? ', …' : ''})`,
    );
  if (totals > 0) parts.push(`the export's own Total row${totals === 1 ? '' : 's'}, compared with ours below`);
  return parts.length > 0 ? [`Left out ${parts.join(' and ')}.`] : [];
}

/** The export's Total rows beside our TOTAL: what agrees, and each figure that does not. */
export function totalNotes(
  checks: readonly TotalCheck[],
  columns: readonly ColumnReading[],
  format: (value: number, unit: Unit) => string,
  catalog: Catalog,
): string[] {
  return checks
    .filter((k) => k.agreeing.length + k.differing.length > 0)
    .map((k) => {
      if (k.differing.length === 0)
        return `The export's '${k.label}' row agrees with our TOTAL (${k.agreeing.join(', ')}).`;
      const unitOf = (id: string) => catalog.unitOf(id) ?? 'number';
      const differ = k.differing.map(
        (d) => `${d.column} ${format(d.theirs, unitOf(d.id))} against ${format(d.ours, unitOf(d.id))}`,
      );
      const inputs = k.differing.some((d) => columns.find((c) => c.name === d.column)?.role === 'input');
      const why = inputs
        ? 'the selection may lack rows of the export, or hold rows it filtered out'
        : 'the platform computes it otherwise';
      return `The export's '${k.label}' row differs from our TOTAL: ${differ.join('; ')} — ${why}.`;
    });
}
