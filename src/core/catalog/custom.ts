import type * as z from 'zod/mini';
import type { Catalog } from './catalog';
import { BUILTIN_CATALOG } from './data';
import { catalogLanguage, type CatalogLanguage } from './language';
import { customMetricInputSchema, metricSchema, type CatalogData, type CategoryDef, type MetricDef } from './schema';
import { catalogIn, categoryNameIn, translationOf } from './translate';
import type { CustomMetricTexts } from './translations/types';
import { namesIn, type Expr } from '../expr/ast';
import { parseExpression } from '../expr/parser';
import { normalizeKey, suggest } from '../names';

export { customMetricInputSchema };
export type CustomMetricInput = z.input<typeof customMetricInputSchema>;

export interface CustomMetricProblem {
  /** The metric's id, or its position in the list when it has no usable id. */
  readonly metric: string;
  readonly field: string;
  readonly message: string;
}

export const CUSTOM_CATEGORY_ID = 'custom';

export interface BuildCatalogOptions {
  /** The display language, a tag such as VS Code's `env.language` ('de', 'de-CH'); English by default. */
  readonly language?: string;
}

/** What the catalog writes for a custom metric where the user wrote nothing, in English. */
const CUSTOM_TEXTS_EN: CustomMetricTexts = {
  categoryName: 'Custom',
  categoryDescription: 'Metrics defined in your settings.',
  userCategoryDescription: (category) => `${category} (from your settings).`,
  metricDescription: (name, formula) => `${name}, defined in your settings as ${formula}.`,
};

/**
 * Builds the catalog with user-defined metrics added, its text in the given language. Each
 * definition passes the same schema and parser as the built-ins; one that fails is left out and
 * reported (naming the metric and the field), and every other metric keeps working.
 */
export function buildCatalog(
  custom: unknown,
  options: BuildCatalogOptions = {},
): { catalog: Catalog; problems: CustomMetricProblem[] } {
  const base = BUILTIN_CATALOG;
  const language = catalogLanguage(options.language);
  const texts = translationOf(language)?.custom ?? CUSTOM_TEXTS_EN;
  const problems: CustomMetricProblem[] = [];
  if (custom !== undefined && custom !== null && !Array.isArray(custom)) {
    problems.push({ metric: '(settings)', field: 'customMetrics', message: 'must be a list of metric definitions' });
  }
  const list: unknown[] = Array.isArray(custom) ? custom : [];
  const taken = new Set([...base.quantities.map((q) => q.id), ...base.metrics.map((m) => m.id)]);
  const candidates: { def: MetricDef; expr: Expr; category: string }[] = [];
  list.forEach((entry, index) => {
    const candidate = toMetric(entry, index, taken, problems, texts);
    if (candidate) {
      taken.add(candidate.def.id);
      candidates.push(candidate);
    }
  });
  const accepted = dropUnresolved(candidates, base, problems);
  const data: CatalogData = {
    quantities: base.quantities,
    metrics: [...base.metrics, ...accepted.map((c) => c.def)],
    categories: placeInCategories(base.categories, accepted, texts, language),
  };
  return { catalog: catalogIn(data, language), problems };
}

function toMetric(
  entry: unknown,
  index: number,
  taken: ReadonlySet<string>,
  problems: CustomMetricProblem[],
  texts: CustomMetricTexts,
) {
  const label = labelOf(entry, index);
  const parsed = customMetricInputSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
    problems.push({ metric: label, field: field || '(definition)', message: issue.message });
    return undefined;
  }
  const input = parsed.data;
  if (taken.has(input.id)) {
    problems.push({ metric: label, field: 'id', message: `'${input.id}' is already taken by another metric or input` });
    return undefined;
  }
  const formula = parseExpression(input.formula);
  if (!formula.ok) {
    problems.push({ metric: label, field: 'formula', message: formula.error.message });
    return undefined;
  }
  if (hasCall(formula.expr)) {
    problems.push({
      metric: label,
      field: 'formula',
      message: 'a custom formula cannot call other metrics; use their ids as names (ctr, not ctr(…))',
    });
    return undefined;
  }
  const def = metricSchema.parse({
    id: input.id,
    name: input.name,
    ...(input.abbreviation ? { abbreviation: input.abbreviation } : {}),
    aliases: input.aliases.filter((a) => a.trim() !== ''),
    formula: input.formula,
    unit: input.unit,
    direction: input.direction,
    description: input.description?.trim() || texts.metricDescription(input.name, input.formula),
    cautions: input.cautions.filter((c) => c.trim() !== ''),
    related: [],
    examples: [],
    custom: true,
  });
  return { def, expr: formula.expr, category: input.category ?? CUSTOM_CATEGORY_ID };
}

/** Drops definitions whose formula names something unknown, calls a function, or goes round in a circle. */
function dropUnresolved(
  candidates: { def: MetricDef; expr: Expr; category: string }[],
  base: CatalogData,
  problems: CustomMetricProblem[],
) {
  const known = new Set([...base.quantities.map((q) => q.id), ...base.metrics.map((m) => m.id)]);
  const pending = new Map(candidates.map((c) => [c.def.id, c]));
  const accepted: typeof candidates = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const [id, candidate] of pending) {
      if (!namesIn(candidate.expr).every((n) => known.has(n))) continue;
      known.add(id);
      accepted.push(candidate);
      pending.delete(id);
      progress = true;
    }
  }
  for (const [id, candidate] of pending) {
    problems.push({
      metric: id,
      field: 'formula',
      message: unresolvedMessage(candidate.expr, candidate.def.formula, known, pending),
    });
  }
  return accepted;
}

function unresolvedMessage(
  expr: Expr,
  source: string,
  known: ReadonlySet<string>,
  pending: ReadonlyMap<string, unknown>,
): string {
  const unknown = namesIn(expr).find((n) => !known.has(n) && !pending.has(n));
  if (unknown) {
    const guess = suggest(unknown, known);
    return `unknown name '${unknown}' in '${source}'${guess ? ` — did you mean '${guess}'?` : ''}`;
  }
  return `'${source}' refers to itself through other custom metrics`;
}

function hasCall(expr: Expr): boolean {
  switch (expr.kind) {
    case 'call':
      return true;
    case 'unary':
      return hasCall(expr.operand);
    case 'binary':
      return hasCall(expr.left) || hasCall(expr.right);
    default:
      return false;
  }
}

/**
 * A custom metric joins the category it names by id, English title or title in the display
 * language ('webAnalytics', 'Web analytics', 'Webanalyse'); an unknown name makes a category.
 * Categories the catalog makes have their text in the display language already.
 */
function placeInCategories(
  base: readonly CategoryDef[],
  accepted: readonly { def: MetricDef; category: string }[],
  texts: CustomMetricTexts,
  language: CatalogLanguage,
): CategoryDef[] {
  // A built-in category is copied only when a metric joins it, and its list of metrics with it.
  const categories = [...base];
  const changed = new Set<CategoryDef>();
  const names = (c: CategoryDef) => [c.id, c.name, categoryNameIn(c, language) ?? c.name].map(normalizeKey);
  for (const { def, category } of accepted) {
    const key = normalizeKey(category);
    const index = categories.findIndex((c) => names(c).includes(key));
    let target = categories[index];
    if (!target) {
      const isDefault = category === CUSTOM_CATEGORY_ID;
      target = {
        id: isDefault ? CUSTOM_CATEGORY_ID : `custom${categories.length}`,
        name: isDefault ? texts.categoryName : category,
        description: isDefault ? texts.categoryDescription : texts.userCategoryDescription(category),
        metrics: [],
      };
      categories.push(target);
    } else if (!changed.has(target)) {
      target = { ...target, metrics: [...target.metrics] };
      categories[index] = target;
    }
    changed.add(target);
    target.metrics.push(def.id);
  }
  return categories;
}

function labelOf(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' && entry.id.trim())
    return entry.id;
  return `#${index + 1}`;
}
