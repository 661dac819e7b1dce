/**
 * The core's reading of a table's columns (readColumns, analyseTable) as the results show it:
 * the table's columns with their kind, the "what was read" lines above the table (column →
 * quantity with its unit, dimension, the export's own KPI, or left out and why), and the rows
 * where an export's KPI disagrees with ours. No `vscode` import.
 */
import * as l10n from '@vscode/l10n';
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

/** What a dimension column holds, as "dimension: …" says it; a function, as l10n.t answers only once configured. */
function dimensionWord(dimension: string): string {
  switch (dimension) {
    case 'campaign':
      return l10n.t('campaign');
    case 'adSet':
      return l10n.t('ad set / ad group');
    case 'ad':
      return l10n.t('ad');
    case 'channel':
      return l10n.t('channel');
    case 'sourceMedium':
      return l10n.t('source / medium');
    case 'device':
      return l10n.t('device');
    case 'country':
      return l10n.t('country or region');
    case 'date':
      return l10n.t('date');
    case 'query':
      return l10n.t('search query');
    case 'page':
      return l10n.t('page');
    case 'id':
      return l10n.t('id');
    case 'status':
      return l10n.t('status or type');
    case 'audience':
      return l10n.t('audience or account');
    default:
      return l10n.t('label');
  }
}

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
      case 'dimension': {
        const word = dimensionWord(c.dimension ?? 'other');
        const text =
          c.by === 'content' && c.dimension !== 'date'
            ? l10n.t('dimension: {0} (text)', word)
            : l10n.t('dimension: {0}', word);
        return { ...line, text, ...note };
      }
      case 'unused': {
        const why = c.why ?? l10n.t('no quantity of that name');
        return { ...line, text: l10n.t('not used: {0}', why), ...note };
      }
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
  if (given) return l10n.t('{0} used as an input: the table lacks what ours needs', `${name}${variant}`);
  return variant
    ? l10n.t("the export's own {0} compared with ours", `${name}${variant}`)
    : l10n.t("the export's own {0}, compared with ours", name);
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
        .map((r) => l10n.t('row {0}: {1} against {2}', r + 1, format(theirs(k, r), unit), format(k.ours[r]!, unit)));
      const more = k.disagreeing.length > 3 ? `, …` : '';
      const formula = catalog.formula(k.metric, k.variant)?.source ?? k.metric;
      return l10n.t(
        "'{0}' differs from ours ({1}) beyond rounding in {2} of {3} rows — {4}{5}. Check which clicks, conversions or spend the platform counts.",
        k.name,
        formula,
        k.disagreeing.length,
        k.compared,
        first.join('; '),
        more,
      );
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
  return l10n.t('The export says {0}; ours ({1}) is {2}', format(theirs, unit), formula, format(check.ours[r]!, unit));
}

/** "Left out 2 lines before the table (…) and 2 Total rows of the export (…)": said once. */
export function skippedNotes(skipped: readonly { readonly text: string; readonly why: string }[]): string[] {
  const around = skipped.filter((s) => s.why !== 'footer' || !/^\s*"?(grand\s+)?totals?(?!\p{L})/iu.test(s.text));
  const totals = skipped.length - around.length;
  const parts: string[] = [];
  // A title line padded with the table's delimiters reads as the title alone.
  const shown = around.slice(0, 2).map((s) => `'${s.text.replace(/[,;\t]+$/, '')}'`);
  const lines = `${shown.join(', ')}${around.length > 2 ? ', …' : ''}`;
  if (around.length > 0)
    parts.push(
      around.length === 1
        ? l10n.t('1 line around the table ({0})', lines)
        : l10n.t('{0} lines around the table ({1})', around.length, lines),
    );
  if (totals > 0)
    parts.push(
      totals === 1
        ? l10n.t("the export's own Total row, compared with ours below")
        : l10n.t("the export's own Total rows, compared with ours below"),
    );
  if (parts.length === 2) return [l10n.t('Left out {0} and {1}.', parts[0]!, parts[1]!)];
  return parts.length > 0 ? [l10n.t('Left out {0}.', parts[0]!)] : [];
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
        return l10n.t("The export's '{0}' row agrees with our TOTAL ({1}).", k.label, k.agreeing.join(', '));
      const unitOf = (id: string) => catalog.unitOf(id) ?? 'number';
      const differ = k.differing.map((d) =>
        l10n.t('{0} {1} against {2}', d.column, format(d.theirs, unitOf(d.id)), format(d.ours, unitOf(d.id))),
      );
      const inputs = k.differing.some((d) => columns.find((c) => c.name === d.column)?.role === 'input');
      const why = inputs
        ? l10n.t('the selection may lack rows of the export, or hold rows it filtered out')
        : l10n.t('the platform computes it otherwise');
      return l10n.t("The export's '{0}' row differs from our TOTAL: {1} — {2}.", k.label, differ.join('; '), why);
    });
}
