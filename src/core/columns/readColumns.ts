/**
 * What each column of a table means, the table as a whole considered: an input quantity, the
 * platform's own KPI (compared with ours, kpiCheck.ts), a dimension (campaign, channel, date…)
 * or unused, with the reason. Where two columns could be one quantity the more exact name wins
 * (`Link clicks` over `Clicks`), the other is read its other way (all clicks) or left out, and
 * the reading says so: ambiguity is never settled in silence.
 */
import * as l10n from '@vscode/l10n';
import type { Catalog } from '../catalog/catalog';
import type { Unit } from '../catalog/schema';
import { normalizeKey } from '../names';
import { catalogOf, type CoreOptions } from '../options';
import { readName, type NameMeaning, type NameReading, type ReadBy } from './names';
import type { DimensionKind } from './platformNames';
import { listOf, nameInText } from '../wording';

export type ColumnRole = 'input' | 'reported' | 'dimension' | 'unused';

export interface ColumnReading {
  /** The column's index in the table, and its name as written. */
  readonly column: number;
  readonly name: string;
  readonly role: ColumnRole;
  /** input: the quantity id; reported: the metric id. */
  readonly id?: string;
  /** reported: the metric's variant the platform computes (CTR (all) is ctr over all clicks). */
  readonly variant?: string;
  /** Scale from the column's values to the quantity's (cost_micros: 1e-6). */
  readonly factor: number;
  readonly unit?: Unit;
  /** ISO 4217 code from the header. */
  readonly currency?: string;
  readonly percent: boolean;
  readonly dimension?: DimensionKind;
  readonly by: ReadBy | 'content';
  /** What was assumed, in words. */
  readonly note?: string;
  /** unused: why. */
  readonly why?: string;
  /**
   * reported: other metrics the name can mean whose inputs the table also has (a plain "CTR"
   * over link or all clicks); analyseTable keeps the one that agrees with the column.
   */
  readonly alternatives?: readonly { readonly id: string; readonly variant?: string }[];
  /** Whether the column holds numbers (a column of numbers can be mapped with Use as…). */
  readonly numeric: boolean;
}

export interface ColumnsReading {
  readonly columns: readonly ColumnReading[];
  /** The one currency the headers name, when they name exactly one. */
  readonly currency?: string;
  /** Mappings that could not be used. */
  readonly problems: readonly string[];
}

/** Columns as the readers give them: numbers by column (NaN where none), text cells aside. */
export interface ColumnsInput {
  readonly columns: readonly string[];
  readonly rowCount: number;
  readonly data: readonly Float64Array[];
  readonly texts?: readonly (ReadonlyMap<number, string> | undefined)[];
  /** Per column, the currencies its cells name (`€1.200,50`). */
  readonly currencies?: readonly (readonly string[] | undefined)[];
  /** The export's own Total rows, kept out of the rows by the reader. */
  readonly reportedTotals?: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
}

const DATE_TEXT =
  /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}\/\d{1,2}\/\d{1,2})([ T].*)?$|^[A-Z][a-z]{2,8} \d{1,2}, \d{4}$/;

export function readColumns(table: ColumnsInput, options: CoreOptions = {}): ColumnsReading {
  const catalog = catalogOf(options);
  const problems: string[] = [];
  const first = table.columns.map((name, c) => {
    const reading = readName(name, options);
    if (reading.mappingProblem !== undefined) problems.push(reading.mappingProblem);
    return firstReading(name, c, reading, contentOf(table, c), catalog);
  });
  const resolved = resolveDuplicates(leaveOutMixed(first, table, catalog), catalog);
  const columns = resolved.map((reading) =>
    reading.role === 'reported' ? pickReported(reading, resolved, catalog) : finished(reading),
  );
  // Named by the headers (Amount spent (USD)) or by the money cells themselves (1.234,50 €).
  const written = columns.flatMap((c) =>
    c.role === 'input' && c.unit === 'currency' ? (table.currencies?.[c.column] ?? []) : [],
  );
  const currencies = new Set([
    ...columns.flatMap((c) => (c.currency !== undefined && c.role !== 'dimension' ? [c.currency] : [])),
    ...written,
  ]);
  const currency =
    currencies.size === 1 ? [...currencies][0]! : currencies.size === 0 ? currencyColumnOf(table) : undefined;
  if (currencies.size > 1)
    problems.push(
      l10n.t(
        'The money columns name {0}: amounts are used as written, not converted, and results shown in {1}, the currency setting',
        listOf([...currencies]),
        options.currency ?? 'USD',
      ),
    );
  return { columns, problems, ...(currency !== undefined ? { currency } : {}) };
}

interface Content {
  readonly numbers: number;
  readonly texts: number;
  readonly dates: boolean;
}

function contentOf(table: ColumnsInput, c: number): Content {
  const data = table.data[c];
  let numbers = 0;
  if (data) for (let r = 0; r < data.length; r++) if (!Number.isNaN(data[r]!)) numbers++;
  const texts = table.texts?.[c];
  let dates = false;
  if (texts && texts.size > 0) {
    // The first twenty texts tell a column of dates; copying a million labels to look at them did not.
    let seen = 0;
    dates = true;
    for (const text of texts.values()) {
      if (!DATE_TEXT.test(text)) dates = false;
      if (!dates || ++seen >= 20) break;
    }
  }
  return { numbers, texts: texts?.size ?? 0, dates };
}

/** The reading of one column by its name and content alone. */
function firstReading(
  name: string,
  column: number,
  reading: NameReading,
  content: Content,
  catalog: Catalog,
): ColumnReading & {
  rank: number;
  alt?: string;
  countedBy?: readonly string[];
  candidates?: readonly { id: string; variant?: string }[];
} {
  const base = {
    column,
    name,
    factor: 1,
    percent: reading.percent,
    numeric: content.numbers > 0,
    by: reading.by,
    ...(reading.currency !== undefined ? { currency: reading.currency } : {}),
  };
  const meaning: NameMeaning | undefined = reading.meaning;
  const textual = content.texts > content.numbers;
  if (meaning?.role === 'dimension') return { ...base, role: 'dimension', dimension: meaning.kind, rank: 0 };
  if (meaning?.role === 'unused') return { ...base, role: 'unused', why: meaning.why, rank: 0 };
  if (meaning && textual) {
    return {
      ...base,
      role: 'unused',
      why: l10n.t(
        'named like {0}, but holds text, not numbers',
        nameInText(catalog.nameOf(meaning.role === 'input' ? meaning.id : meaning.metrics[0]!.id)),
      ),
      rank: 0,
    };
  }
  if (meaning?.role === 'input') {
    const unit = meaning.factor === 1 ? catalog.unitOf(meaning.id) : undefined;
    return {
      ...base,
      role: 'input',
      id: meaning.id,
      factor: meaning.factor,
      rank: meaning.rank,
      ...(unit ? { unit } : {}),
      ...(meaning.note !== undefined ? { note: meaning.note } : {}),
      ...(meaning.alt !== undefined ? { alt: meaning.alt } : {}),
      ...(meaning.countedBy !== undefined ? { countedBy: meaning.countedBy } : {}),
    };
  }
  if (meaning?.role === 'reported') {
    const id = meaning.metrics[0]!.id;
    return {
      ...base,
      role: 'reported',
      id,
      unit: catalog.unitOf(id) ?? 'number',
      rank: 0,
      candidates: meaning.metrics,
      ...(meaning.note !== undefined ? { note: meaning.note } : {}),
      ...(meaning.countedBy !== undefined ? { countedBy: meaning.countedBy } : {}),
    };
  }
  if (textual || content.numbers === 0) {
    return { ...base, role: 'dimension', dimension: content.dates ? 'date' : 'other', by: 'content', rank: 0 };
  }
  return { ...base, role: 'unused', why: l10n.t('no quantity of that name'), rank: 0 };
}

type Draft = ReturnType<typeof firstReading>;

/**
 * Two columns giving one quantity: the user's mapping wins, then the more exact name (lower
 * rank). The others are read their other way when they have one that is free, or left out;
 * both say so. Columns of equal standing stay as they are: each row then reports that both
 * give the quantity, as for a record with `cost` and `spend`.
 */
function resolveDuplicates(drafts: readonly Draft[], catalog: Catalog): Draft[] {
  const out = [...drafts];
  const byId = new Map<string, Draft[]>();
  for (const draft of drafts)
    if (draft.role === 'input' && draft.id !== undefined) byId.set(draft.id, [...(byId.get(draft.id) ?? []), draft]);
  const taken = new Set(byId.keys());
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    // At equal standing, a column with another reading gives way (Purchases beside Conversions are orders).
    const ranked = [...group].sort(
      (a, b) => standing(a) - standing(b) || (a.alt === undefined ? 0 : 1) - (b.alt === undefined ? 0 : 1),
    );
    const best = ranked[0]!;
    const givesWay = (d: Draft) => standing(d) !== standing(best) || (d.alt !== undefined && best.alt === undefined);
    if (!ranked.slice(1).some(givesWay)) continue;
    for (const loser of ranked.slice(1)) {
      if (!givesWay(loser)) continue;
      const alt = loser.alt;
      if (alt !== undefined && !taken.has(alt)) {
        taken.add(alt);
        const unit = catalog.unitOf(alt);
        out[loser.column] = {
          ...loser,
          id: alt,
          ...(unit ? { unit } : {}),
          note: l10n.t(
            "read as {0}: '{1}' is the {2}",
            nameInText(catalog.nameOf(alt)),
            best.name,
            nameInText(catalog.nameOf(id)),
          ),
        };
      } else {
        out[loser.column] = {
          ...loser,
          role: 'unused',
          why: l10n.t("'{0}' already gives the {1}", best.name, nameInText(catalog.nameOf(id))),
        };
      }
    }
  }
  return out;
}

function standing(draft: Draft): number {
  return draft.by === 'mapping' ? -1 : draft.rank;
}

/**
 * A platform KPI whose name means different metrics: those whose inputs the table has, the
 * first as the reading and the others as alternatives; the first candidate when none has them.
 */
function pickReported(reading: Draft, columns: readonly Draft[], catalog: Catalog): ColumnReading {
  const candidates = reading.candidates ?? [];
  const inputs = new Set(columns.flatMap((c) => (c.role === 'input' && c.id !== undefined ? [c.id] : [])));
  const computable = candidates.filter((m) =>
    catalog.formula(m.id, m.variant)?.inputs.every((name) => inputs.has(name) || catalog.metrics.has(name)),
  );
  const chosen = computable[0] ?? candidates[0];
  const rest = finished(reading);
  if (!chosen) return rest;
  const alternatives = computable.slice(1);
  return {
    ...rest,
    id: chosen.id,
    unit: catalog.unitOf(chosen.id) ?? 'number',
    ...(chosen.variant !== undefined ? { variant: chosen.variant } : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/**
 * A column whose rows count different things (Meta's Results, by the Result indicator beside
 * it) is left out: its sum would add purchases to people reached.
 */
function leaveOutMixed(drafts: readonly Draft[], table: ColumnsInput, catalog: Catalog): Draft[] {
  return drafts.map((draft) => {
    if ((draft.role !== 'input' && draft.role !== 'reported') || !draft.countedBy) return draft;
    const keys = new Set(draft.countedBy.map(normalizeKey));
    const by = drafts.find((d) => keys.has(normalizeKey(d.name)));
    const kinds = by ? new Set(table.texts?.[by.column]?.values() ?? []) : new Set<string>();
    if (kinds.size < 2) return draft;
    const shown = [...kinds].slice(0, 3).join(', ');
    const { note: _note, ...rest } = draft;
    return {
      ...rest,
      role: 'unused',
      why: l10n.t(
        'its rows count different things ({0}: {1}); map it with Use as… where they are all {2}',
        by!.name,
        kinds.size > 3 ? `${shown}, …` : shown,
        nameInText(catalog.nameOf(draft.id!)),
      ),
    };
  });
}

/** The reading without what only the resolution needed. */
function finished(draft: Draft): ColumnReading {
  const { rank: _rank, alt: _alt, candidates: _candidates, countedBy: _countedBy, ...reading } = draft;
  return reading;
}

const CURRENCY_COLUMNS = new Set(['currency', 'currencycode', 'accountcurrency', 'adaccountcurrency']);

/** Google Ads, LinkedIn and TikTok name the currency in a column: one code in every row is the table's. */
function currencyColumnOf(table: ColumnsInput): string | undefined {
  const c = table.columns.findIndex((name) => CURRENCY_COLUMNS.has(normalizeKey(name)));
  const codes = new Set(table.texts?.[c]?.values() ?? []);
  const code = codes.size === 1 ? [...codes][0]!.trim().toUpperCase() : undefined;
  return code !== undefined && /^[A-Z]{3}$/.test(code) ? code : undefined;
}
