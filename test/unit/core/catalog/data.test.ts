import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { catalogDataSchema } from '../../../../src/core/catalog/schema';
import { normalizeKey } from '../../../../src/core/names';
import { parseExpression } from '../../../../src/core/expr/parser';

/** METRICS.md's metric ids by category: the public contract. A dropped or renamed metric fails here. */
const EXPECTED_CATEGORIES: readonly (readonly [string, readonly string[]])[] = [
  ['digitalAdvertising', ['ctr', 'cpa', 'cpc', 'cpe', 'cpl', 'cpm', 'roas', 'impressions', 'vcr']],
  ['webAnalytics', ['avgSessionDuration', 'bounceRate', 'conversionRate', 'pagesPerSession', 'sessionEngagementRate']],
  ['traditionalAdvertising', ['cpp', 'frequency', 'grps', 'reachRate']],
  ['directMarketing', ['directMailConversionRate', 'redemptionRate', 'responseRate']],
  ['socialMedia', ['engagementRate', 'followerGrowthRate']],
  ['email', ['emailBounceRate', 'ctor', 'emailClickRate', 'openRate', 'unsubscribeRate']],
  ['funnel', ['leadToCustomerRate', 'mqlToSqlRate', 'sqlToCustomerRate']],
  ['salesRoi', ['cac', 'clv', 'marketShare', 'roas', 'roi', 'salesGrowthRate']],
  ['brandCustomer', ['brandAwareness', 'churnRate', 'csat', 'nps', 'retentionRate', 'shareOfVoice']],
  ['healthcare', ['newPatientConversionRate', 'pac', 'plv', 'patientRetentionRate']],
  ['automotive', ['csi', 'leadToSaleRate', 'marketShare']],
  ['retail', ['aov', 'cartAbandonmentRate', 'footTrafficConversionRate', 'sameStoreSalesGrowth']],
  ['manufacturing', ['mqlToSqlRate', 'cac', 'roi', 'roas']],
  ['unitEconomics', ['ltvToCac', 'cacPaybackMonths', 'mer', 'breakEvenRoas', 'customerLifetime']],
];

/** METRICS.md's input quantities, in table order. */
const EXPECTED_QUANTITY_IDS: readonly string[] = [
  'impressions',
  'clicks',
  'cost',
  'conversions',
  'engagements',
  'leads',
  'videoStarts',
  'videoCompletions',
  'sessions',
  'sessionDurationTotal',
  'singlePageSessions',
  'pageviews',
  'visitors',
  'reach',
  'targetAudience',
  'grps',
  'piecesMailed',
  'responses',
  'offersDistributed',
  'offersRedeemed',
  'followersStart',
  'followersGained',
  'emailsSent',
  'emailsBounced',
  'emailsDelivered',
  'uniqueOpens',
  'uniqueClicks',
  'unsubscribes',
  'mqls',
  'sqls',
  'newCustomers',
  'revenue',
  'grossProfit',
  'salesGrowth',
  'avgPurchaseValue',
  'purchaseFrequency',
  'customerLifespan',
  'companySales',
  'marketSales',
  'previousSales',
  'currentSales',
  'respondents',
  'awareRespondents',
  'satisfiedRespondents',
  'promoters',
  'detractors',
  'customersStart',
  'customersEnd',
  'customersLost',
  'brandVoice',
  'categoryVoice',
  'inquiries',
  'newPatients',
  'revenuePerVisit',
  'visitsPerYear',
  'retentionYears',
  'patientsStart',
  'patientsEnd',
  'scoreTotal',
  'maxScore',
  'dealsClosed',
  'orders',
  'cartsCreated',
  'checkoutsCompleted',
  'storeVisitors',
  'transactions',
  'sameStoreSalesPrevious',
  'sameStoreSalesCurrent',
  'grossMarginRate',
  'monthlyRevenuePerCustomer',
  // Added for platform exports (issue 14): after the contract's, never instead of them.
  'allClicks',
  'engagedSessions',
  'totalOpens',
  // Issue 16: NPS from its three answer groups.
  'passives',
];

/** Ids that are deliberately both an input quantity and a metric. */
const BOTH_QUANTITY_AND_METRIC = new Set(['impressions', 'grps']);

/** Metric names (a contract) whose normalised key is a quantity's: the catalog indexes quantities first. */
const NAMES_YIELDING_TO_A_QUANTITY = new Set(['Reach (%)']);

const { quantities, metrics, categories } = BUILTIN_CATALOG;
const quantityIds = new Set(quantities.map((q) => q.id));
const metricIds = new Set(metrics.map((m) => m.id));
const isKnown = (id: string): boolean => quantityIds.has(id) || metricIds.has(id);
const identifiers = (formula: string): string[] => formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('built-in catalog data', () => {
  it('parses with the catalog schema', () => {
    const result = catalogDataSchema.safeParse(BUILTIN_CATALOG);
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
  });

  it('has exactly the contract quantity ids, in order', () => {
    assert.deepEqual(
      quantities.map((q) => q.id),
      EXPECTED_QUANTITY_IDS,
    );
  });

  it('has exactly the contract metric ids', () => {
    const expected = [...new Set(EXPECTED_CATEGORIES.flatMap(([, ids]) => ids))].sort();
    assert.deepEqual([...metricIds].sort(), expected);
    assert.equal(
      metrics.length,
      expected.length,
      `duplicate metrics: ${duplicates(metrics.map((m) => m.id)).join(', ')}`,
    );
  });

  it('has the contract categories with their metrics in order', () => {
    assert.deepEqual(
      categories.map((c) => [c.id, c.metrics]),
      EXPECTED_CATEGORIES,
    );
  });

  it('keeps ids unique across quantities and metrics, except the deliberate ones', () => {
    assert.deepEqual(duplicates(quantities.map((q) => q.id)), []);
    const shared = quantities.map((q) => q.id).filter((id) => metricIds.has(id));
    assert.deepEqual(new Set(shared), BOTH_QUANTITY_AND_METRIC);
    assert.deepEqual(duplicates(categories.map((c) => c.id)), []);
  });

  it('lists only existing metrics in categories, and every metric in one', () => {
    for (const c of categories) {
      for (const id of c.metrics) assert.ok(metricIds.has(id), `category ${c.id}: unknown metric ${id}`);
    }
    const listed = new Set(categories.flatMap((c) => c.metrics));
    for (const id of metricIds) assert.ok(listed.has(id), `metric ${id} is in no category`);
  });

  it('relates only to existing metrics, never to itself', () => {
    for (const m of metrics) {
      for (const id of m.related) {
        assert.ok(metricIds.has(id), `${m.id}: related ${id} is not a metric`);
        assert.notEqual(id, m.id, `${m.id} is related to itself`);
      }
    }
  });

  // The Catalog parses a formula on first use; a built-in that does not parse must fail here, not in a hover.
  it('has formulas and variant formulas that parse', () => {
    for (const m of metrics) {
      for (const formula of [m.formula, ...(m.variants ?? []).map((v) => v.formula)]) {
        const parsed = parseExpression(formula);
        assert.ok(parsed.ok, `${m.id}: "${formula}" does not parse`);
      }
    }
  });

  it('uses only known ids in formulas and variant formulas', () => {
    for (const m of metrics) {
      for (const formula of [m.formula, ...(m.variants ?? []).map((v) => v.formula)]) {
        for (const id of identifiers(formula)) assert.ok(isKnown(id), `${m.id}: unknown ${id} in "${formula}"`);
        assert.ok(!identifiers(formula).includes(m.id), `${m.id} refers to itself in "${formula}"`);
      }
    }
  });

  it('gives every metric an example whose inputs are those its formula uses', () => {
    for (const m of metrics) {
      assert.ok(m.examples.length > 0, `${m.id} has no example`);
      for (const ex of m.examples) {
        const variant = ex.variant === undefined ? undefined : m.variants?.find((v) => v.id === ex.variant);
        assert.ok(ex.variant === undefined || variant, `${m.id}: example names unknown variant ${ex.variant}`);
        const used = new Set(identifiers(variant?.formula ?? m.formula));
        for (const key of Object.keys(ex.inputs)) {
          assert.ok(isKnown(key), `${m.id}: example input ${key} is not a known id`);
          assert.ok(used.has(key), `${m.id}: example input ${key} is not in its formula`);
        }
        assert.equal(Object.keys(ex.inputs).length, used.size, `${m.id}: example "${ex.description}" lacks inputs`);
      }
    }
  });

  it('labels the default exactly when there are variants, with unique variant ids', () => {
    for (const m of metrics) {
      const variants = m.variants ?? [];
      assert.equal(m.defaultVariantLabel !== undefined, variants.length > 0, `${m.id}: default label vs variants`);
      assert.deepEqual(duplicates(variants.map((v) => v.id)), [], `${m.id}: duplicate variant ids`);
    }
  });

  it('names in parts only ids its formulas use (the default or a variant), each side an id or a sum or difference of them', () => {
    for (const m of metrics) {
      const formulas = [m.formula, ...(m.variants ?? []).map((v) => v.formula)];
      const used = new Set(formulas.flatMap(identifiers));
      for (const { part, whole } of m.parts ?? []) {
        for (const side of [part, whole]) {
          assert.match(side, /^[a-z][A-Za-z0-9]*( [+-] [a-z][A-Za-z0-9]*)*$/, `${m.id}: side '${side}'`);
          for (const id of identifiers(side))
            assert.ok(used.has(id), `${m.id}: ${id} (in '${side}') is not in "${formulas.join('" or "')}"`);
        }
      }
    }
  });

  it('keeps names and aliases from colliding across quantities and metrics', () => {
    const owner = new Map<string, string>();
    const claim = (name: string, id: string): void => {
      const key = normalizeKey(name);
      const previous = owner.get(key);
      assert.ok(previous === undefined || previous === id, `"${name}" is claimed by both ${previous} and ${id}`);
      owner.set(key, id);
    };
    for (const q of quantities) {
      const scaled = (q.scaledAliases ?? []).map((s) => s.name);
      for (const name of [q.id, q.name, ...q.aliases, ...scaled]) claim(name, q.id);
    }
    for (const m of metrics) {
      const abbreviation = m.abbreviation === undefined ? [] : [m.abbreviation];
      // The contract name "Reach (%)" normalises to the quantity `reach`, which wins by design.
      const names = NAMES_YIELDING_TO_A_QUANTITY.has(m.name) ? [] : [m.name];
      for (const name of [m.id, ...names, ...abbreviation, ...m.aliases]) claim(name, m.id);
    }
  });

  it('has 1–3 cautions on every metric', () => {
    for (const m of metrics) {
      assert.ok(m.cautions.length >= 1 && m.cautions.length <= 3, `${m.id} has ${m.cautions.length} cautions`);
    }
  });

  it('README says how many metrics there are, in how many categories (issue 15.9)', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');
    assert.match(readme, new RegExp(`${metrics.length} metrics in ${categories.length} categories`));
  });
});
