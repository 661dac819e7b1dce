/**
 * What one column or field name means, before the rest of the table is looked at: the user's
 * own mapping (`columnMappings`), a platform's name (platformNames.ts), then the catalog's ids,
 * names and aliases; each tried on the name as written, then without its unit suffix and API
 * prefix (`Amount spent (USD)` → `Amount spent`). One index per catalog, built on first use.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog, FieldMatch } from '../catalog/catalog';
import { normalizeKey } from '../names';
import { catalogOf, type CoreOptions } from '../options';
import { splitHeader } from './header';
import { LANGUAGE_NAMES, type LanguageName } from './languageNames';
import { DIMENSION_NAMES, INPUT_NAMES, OTHER_NAMES, REPORTED_NAMES, type DimensionKind } from './platformNames';

/** Where a reading came from: the user's mapping, or a name the catalog or a platform uses. */
export type ReadBy = 'mapping' | 'name';

export type NameMeaning =
  | {
      readonly role: 'input';
      readonly id: string;
      readonly factor: number;
      readonly rank: number;
      readonly alt?: string;
      readonly note?: string;
      readonly countedBy?: readonly string[];
    }
  | {
      readonly role: 'reported';
      readonly metrics: readonly { readonly id: string; readonly variant?: string }[];
      readonly note?: string;
      readonly countedBy?: readonly string[];
    }
  | { readonly role: 'dimension'; readonly kind: DimensionKind }
  | { readonly role: 'unused'; readonly why: string };

export interface NameReading {
  readonly meaning: NameMeaning | undefined;
  readonly by: ReadBy;
  /** ISO 4217 code from the header (`(USD)`, `(€)`). */
  readonly currency?: string;
  /** The header marks its values as percentages. */
  readonly percent: boolean;
  /** A mapping that could not be used, with the reason. */
  readonly mappingProblem?: string;
}

/** The value of a `columnMappings` entry that leaves a column out. */
export const IGNORE_MAPPING = 'ignore';

const indexes = new WeakMap<Catalog, Map<string, NameMeaning>>();

export function readName(name: string, options: CoreOptions): NameReading {
  const catalog = catalogOf(options);
  const parts = splitHeader(name);
  const unit = { percent: parts.percent, ...(parts.currency !== undefined ? { currency: parts.currency } : {}) };
  const mapped = mappingOf(name, options.columnMappings);
  if (mapped !== undefined) {
    const meaning = mappedMeaning(mapped, catalog);
    if (meaning) return { meaning, by: 'mapping', ...unit };
    const hint = catalog.suggest(mapped);
    const problem = hint
      ? l10n.t(
          "columnMappings maps '{0}' to '{1}', which is no quantity or metric (did you mean '{2}'?)",
          name,
          mapped,
          hint,
        )
      : l10n.t("columnMappings maps '{0}' to '{1}', which is no quantity or metric", name, mapped);
    return { ...readName(name, { ...options, columnMappings: {} }), mappingProblem: problem };
  }
  const index = indexOf(catalog);
  const meaning = index.get(normalizeKey(name)) ?? index.get(normalizeKey(parts.base));
  return { meaning, by: 'name', ...unit };
}

/**
 * A record's field (a JSON key, a `key: value` line, an API caller's input) as the engine reads
 * it: an input quantity with its scale, or a metric given as a value. Ids match themselves.
 */
export function matchField(
  name: string,
  options: CoreOptions,
  catalog: Catalog = catalogOf(options),
): FieldMatch | undefined {
  // An id is itself (a public contract) unless a mapping names it exactly.
  const exactlyMapped = options.columnMappings !== undefined && Object.hasOwn(options.columnMappings, name);
  if (!exactlyMapped && (catalog.quantities.has(name) || catalog.metrics.has(name))) return { id: name, factor: 1 };
  const meaning = readName(name, options.catalog === catalog ? options : { ...options, catalog }).meaning;
  if (meaning?.role === 'input') return { id: meaning.id, factor: meaning.factor };
  if (meaning?.role === 'reported') return { id: meaning.metrics[0]!.id, factor: 1 };
  return undefined;
}

function mappingOf(name: string, mappings: CoreOptions['columnMappings']): string | undefined {
  if (!mappings) return undefined;
  if (Object.hasOwn(mappings, name)) return mappings[name];
  const key = normalizeKey(name);
  for (const [column, target] of Object.entries(mappings)) if (normalizeKey(column) === key) return target;
  return undefined;
}

function mappedMeaning(target: string, catalog: Catalog): NameMeaning | undefined {
  if (target === IGNORE_MAPPING) return { role: 'unused', why: l10n.t('left out by the columnMappings setting') };
  const match = catalog.field(target);
  if (!match) return undefined;
  if (catalog.quantities.has(match.id)) return { role: 'input', id: match.id, factor: match.factor, rank: -1 };
  return { role: 'reported', metrics: [{ id: match.id }] };
}

function indexOf(catalog: Catalog): Map<string, NameMeaning> {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = buildIndex(catalog)));
  return index;
}

/** Platform names first (they carry notes and preferences), then every catalog name not taken, then other languages. */
function buildIndex(catalog: Catalog): Map<string, NameMeaning> {
  const index = new Map<string, NameMeaning>();
  const add = (name: string, meaning: NameMeaning) => {
    const key = normalizeKey(name);
    if (key !== '' && !index.has(key)) index.set(key, meaning);
  };
  for (const entry of INPUT_NAMES) {
    const meaning: NameMeaning = {
      role: 'input',
      id: entry.id,
      factor: entry.factor ?? 1,
      rank: entry.rank ?? 1,
      ...(entry.alt !== undefined ? { alt: entry.alt } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.countedBy !== undefined ? { countedBy: entry.countedBy } : {}),
    };
    for (const name of entry.names) add(name, meaning);
  }
  for (const entry of REPORTED_NAMES) {
    const meaning: NameMeaning = {
      role: 'reported',
      metrics: entry.metrics,
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.countedBy !== undefined ? { countedBy: entry.countedBy } : {}),
    };
    for (const name of entry.names) add(name, meaning);
  }
  for (const entry of DIMENSION_NAMES)
    for (const name of entry.names) add(name, { role: 'dimension', kind: entry.kind });
  for (const entry of OTHER_NAMES) for (const name of entry.names) add(name, { role: 'unused', why: entry.why });
  // Quantities before metrics: where a name is both (impressions), the input wins, as in the catalog.
  // Names as defined, in English, whatever language the catalog shows (Catalog.source).
  for (const quantity of catalog.source.quantities) {
    for (const name of [quantity.id, quantity.name, ...quantity.aliases])
      add(name, inputMeaning({ id: quantity.id, factor: 1 }));
    for (const scaled of quantity.scaledAliases ?? [])
      add(scaled.name, inputMeaning({ id: quantity.id, factor: scaled.factor }));
  }
  for (const metric of catalog.source.metrics) {
    const meaning: NameMeaning = { role: 'reported', metrics: [{ id: metric.id }] };
    for (const name of [
      metric.id,
      metric.name,
      ...(metric.abbreviation ? [metric.abbreviation] : []),
      ...metric.aliases,
    ])
      add(name, meaning);
  }
  // Last, names in other languages (languageNames.ts): English and the catalog's names win any collision.
  for (const entry of LANGUAGE_NAMES) {
    const meaning = languageMeaning(entry, entry.like !== undefined ? index.get(normalizeKey(entry.like)) : undefined);
    for (const name of entry.names) add(name, meaning);
  }
  return index;
}

/** A language name reads as its English twin (rank, alt, note, variants) when it has one of the same id. */
function languageMeaning(entry: LanguageName, twin: NameMeaning | undefined): NameMeaning {
  const countedBy = (base: readonly string[] | undefined) =>
    base !== undefined || entry.countedBy !== undefined
      ? { countedBy: [...(base ?? []), ...(entry.countedBy ?? [])] }
      : {};
  if (entry.role === 'input') {
    if (twin?.role === 'input' && twin.id === entry.id) return { ...twin, ...countedBy(twin.countedBy) };
    return { role: 'input', id: entry.id, factor: 1, rank: 1, ...countedBy(undefined) };
  }
  if (twin?.role === 'reported' && twin.metrics[0]?.id === entry.id) return { ...twin, ...countedBy(twin.countedBy) };
  return { role: 'reported', metrics: [{ id: entry.id }], ...countedBy(undefined) };
}

function inputMeaning(match: FieldMatch): NameMeaning {
  return { role: 'input', id: match.id, factor: match.factor, rank: 1 };
}
