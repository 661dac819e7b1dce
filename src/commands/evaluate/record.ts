/**
 * `name: value` lines → every KPI they determine, written back as lines in the same style
 * (`ctr: 2.67%`, or `ctr = 2.67%` when the selection used '='), followed by comment lines
 * for what was not used. Metric ids as names keep the lines readable by Evaluate Selection.
 */
import * as l10n from '@vscode/l10n';
import {
  builtinCatalog,
  computeAll,
  matchField,
  withoutRepeats,
  writtenCurrencies,
  type Catalog,
  type CoreOptions,
  type Failure,
  type MetricValue,
  type SelectionReading,
} from '../../core';
import { escapeMarkdown } from '../../results/formats';
import { listOf } from '../../core/wording';

type RecordReading = Extract<SelectionReading, { kind: 'record' }>;

export interface RecordResult {
  readonly results: readonly { readonly id: string; readonly label: string; readonly value: MetricValue }[];
  /** Field names that match no quantity or metric. */
  readonly unmatched: readonly string[];
  /** Fields and KPIs that could not be used, each naming its field or KPI. */
  readonly problems: readonly string[];
  /** How ambiguous numbers were read ("read '1,234' as 1234 …"). */
  readonly notes: readonly string[];
}

export function computeRecord(reading: RecordReading, options: CoreOptions): RecordResult | Failure {
  const catalog = options.catalog ?? builtinCatalog();
  const inputs = Object.create(null) as Record<string, number>;
  const unmatched: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  for (const field of reading.fields) {
    const known = matchField(field.key, options, catalog) !== undefined;
    if (!known) unmatched.push(field.key);
    else if (field.value === null)
      problems.push(
        field.problem !== undefined ? `${field.key}: ${field.problem}` : l10n.t('{0}: has no value', field.key),
      );
    else {
      inputs[field.key] = field.value;
      if (field.problem !== undefined) notes.push(`${field.key}: ${field.problem}`);
    }
  }
  // Amounts written in euros give results in euros, whatever the currency setting says.
  const currencies = writtenCurrencies(
    reading.fields.map((field) => field.raw),
    options.locale,
  );
  if (currencies.length > 1)
    notes.push(
      l10n.t(
        'The values name {0}: they were used as written, not converted; results are in {1}',
        listOf(currencies),
        currencies[0]!,
      ),
    );
  const computed = computeAll(inputs, currencies[0] !== undefined ? { ...options, currency: currencies[0] } : options);
  problems.push(...computed.fieldProblems.map((p) => p.error.message));
  const labelOf = (id: string) => {
    const metric = catalog.metrics.get(id);
    return metric?.abbreviation ?? metric?.name ?? id;
  };
  problems.push(...computed.problems.map((p) => `${labelOf(p.id)}: ${p.error.message}`));
  if (computed.results.length === 0) return nothingComputed(reading, inputs, unmatched, problems, catalog, options);
  const { kept, repeats } = withoutRepeats(
    computed.results.map((value) => value.id),
    catalog,
    options,
  );
  notes.push(...repeats.map((r) => r.note));
  const results = computed.results
    .filter((value) => kept.includes(value.id))
    .map((value) => ({ id: value.id, label: labelOf(value.id), value }));
  return { results, unmatched, problems, notes };
}

function nothingComputed(
  reading: RecordReading,
  inputs: Readonly<Record<string, number>>,
  unmatched: readonly string[],
  problems: readonly string[],
  catalog: Catalog,
  options: CoreOptions,
): Failure {
  const names = reading.fields.map((f) => f.key).join(', ');
  const notQuantities =
    unmatched.length > 0 ? l10n.t('no quantity is named {0}', unmatched.map((u) => `'${u}'`).join(', ')) : undefined;
  const why =
    problems[0] ??
    closestMetric(Object.keys(inputs), catalog, options) ??
    notQuantities ??
    l10n.t('no KPI has all its inputs here');
  const message =
    why !== notQuantities && notQuantities !== undefined
      ? l10n.t('No KPI can be computed from {0}: {1} (and {2})', names, why, notQuantities)
      : l10n.t('No KPI can be computed from {0}: {1}', names, why);
  return {
    ok: false,
    error: {
      code: 'missingInput',
      message,
      ...(unmatched[0] !== undefined ? { input: unmatched[0] } : {}),
      // The naming hint helps only when names are the trouble, not when a value is.
      ...(problems.length === 0
        ? { hint: l10n.t('name the inputs as the catalog does (clicks, impressions, cost, revenue…)') }
        : {}),
    },
  };
}

/** "CTR also needs impressions": the metric the given fields come closest to. */
function closestMetric(fields: readonly string[], catalog: Catalog, options: CoreOptions): string | undefined {
  const given = new Set(fields.map((f) => matchField(f, options, catalog)?.id));
  let best: { label: string; missing: string[] } | undefined;
  for (const metric of catalog.metrics.values()) {
    const inputs = catalog.formula(metric.id)?.inputs ?? [];
    if (!inputs.some((i) => given.has(i))) continue;
    const missing = inputs.filter((i) => !given.has(i));
    if (missing.length > 0 && (!best || missing.length < best.missing.length))
      best = { label: metric.abbreviation ?? metric.name, missing };
  }
  return best ? l10n.t('{0} also needs {1}', best.label, listOf(best.missing)) : undefined;
}

/** ':' or '=' as the selection wrote it, for the lines written back. */
export function separatorOf(text: string): ': ' | ' = ' {
  const colon = text.indexOf(':');
  const equals = text.indexOf('=');
  return equals >= 0 && (colon < 0 || equals < colon) ? ' = ' : ': ';
}

/** Languages whose line comment is '//'; everything else gets '#'. Evaluate Selection skips both. */
const SLASH_COMMENT_LANGUAGES = new Set([
  'javascript',
  'typescript',
  'javascriptreact',
  'typescriptreact',
  'jsonc',
  'json',
  'c',
  'cpp',
  'csharp',
  'java',
  'go',
  'rust',
  'swift',
  'kotlin',
  'scala',
  'php',
  'dart',
  'groovy',
  'fsharp',
]);

export function commentPrefixOf(languageId: string): '#' | '//' {
  return SLASH_COMMENT_LANGUAGES.has(languageId) ? '//' : '#';
}

/** The block inserted below the selection, lines joined with '\n'. */
export function recordLines(result: RecordResult, separator: ': ' | ' = ', comment: '#' | '//'): string {
  const lines = result.results.map((r) => `${r.id}${separator}${r.value.text}`);
  if (result.unmatched.length > 0)
    lines.push(`${comment} ${l10n.t('not used, no quantity of that name: {0}', result.unmatched.join(', '))}`);
  for (const problem of result.problems) lines.push(`${comment} ${oneLine(problem)}`);
  for (const note of result.notes) lines.push(`${comment} ${oneLine(note)}`);
  return lines.join('\n');
}

/** The same results as a Markdown cell for a notebook: a KPI / value table and the notes. */
export function recordMarkdown(result: RecordResult): string {
  const lines = [`| KPI | ${l10n.t('Value')} |`, '| :-- | --: |'];
  for (const r of result.results) lines.push(`| ${escapeMarkdown(r.label)} | ${escapeMarkdown(r.value.text)} |`);
  const notes = [
    ...(result.unmatched.length > 0
      ? [l10n.t('Not used, no quantity of that name: {0}', result.unmatched.join(', '))]
      : []),
    ...result.problems,
    ...result.notes,
  ];
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${escapeMarkdown(note)}`));
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
