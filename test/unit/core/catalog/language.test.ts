import assert from 'node:assert/strict';
import { aggregate, computeAll, evaluate, readName, solve, type Inputs } from '../../../../src/core';
import { builtinCatalog } from '../../../../src/core/catalog/builtin';
import type { Catalog } from '../../../../src/core/catalog/catalog';
import { buildCatalog } from '../../../../src/core/catalog/custom';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { catalogLanguage } from '../../../../src/core/catalog/language';
import type { CatalogData } from '../../../../src/core/catalog/schema';

const en = builtinCatalog();
const de = builtinCatalog('de');

/** A catalog without its display text: what a translation must leave exactly as it was. */
function contract(data: CatalogData) {
  return {
    quantities: data.quantities.map(({ name: _n, description: _d, nonAdditiveReason, ...q }) => ({
      ...q,
      nonAdditive: nonAdditiveReason !== undefined,
    })),
    metrics: data.metrics.map(
      ({ name: _n, description: _d, cautions, defaultVariantLabel, variants, examples, ...m }) => ({
        ...m,
        cautions: cautions.length,
        defaultVariant: defaultVariantLabel !== undefined,
        variants: variants?.map(({ label: _l, ...v }) => v),
        examples: examples.map(({ description: _e, ...e }) => e),
      }),
    ),
    categories: data.categories.map(({ name: _n, description: _d, ...c }) => c),
  };
}

/** Every name a field, header or argument may use: ids, English and German names, abbreviations, aliases. */
function everyName(): string[] {
  const names = new Set<string>();
  for (const catalog of [en, de]) {
    for (const q of catalog.quantities.values()) for (const n of [q.id, q.name, ...q.aliases]) names.add(n);
    for (const m of catalog.metrics.values())
      for (const n of [m.id, m.name, m.abbreviation ?? '', ...m.aliases]) if (n) names.add(n);
  }
  return [...names];
}

describe('built-in catalog in a language', () => {
  it('reads German from any German language tag, and English from anything else', () => {
    const cases: [string | undefined, string][] = [
      ['de', 'de'],
      ['de-DE', 'de'],
      ['de-AT', 'de'],
      ['de-CH', 'de'],
      ['DE_ch', 'de'],
      [' de ', 'de'],
      ['en', 'en'],
      ['en-US', 'en'],
      ['fr', 'en'],
      ['zh-cn', 'en'],
      ['deu', 'en'],
      ['', 'en'],
      [undefined, 'en'],
    ];
    for (const [tag, language] of cases) assert.equal(catalogLanguage(tag), language, String(tag));
  });

  it('gives German names, descriptions and titles under German, and the same catalog each time', () => {
    assert.equal(de.language, 'de');
    assert.equal(builtinCatalog('de-CH'), de);
    assert.equal(de.metrics.get('ctr')!.name, 'Klickrate');
    assert.equal(de.metrics.get('ctr')!.abbreviation, 'CTR');
    assert.equal(de.metrics.get('cpc')!.name, 'Kosten pro Klick');
    assert.equal(de.metrics.get('cac')!.name, 'Kundenakquisitionskosten');
    assert.equal(de.metrics.get('roas')!.name, 'Werbekostenrentabilität');
    assert.match(de.metrics.get('ctr')!.description, /^Der Anteil der Anzeigenimpressionen/);
    assert.equal(de.metrics.get('roi')!.variants![0]!.label, 'auf Umsatzbasis');
    assert.equal(de.categories[0]!.name, 'Digitale Werbung');
    assert.equal(de.nameOf('clicks'), 'Klicks');
    assert.equal(de.quantities.get('reach')!.nonAdditiveReason!.startsWith('die Publika'), true);
  });

  it('is the English catalog for English, any other language and no language', () => {
    for (const tag of ['en', 'en-GB', 'fr', 'ja', '', undefined]) assert.equal(builtinCatalog(tag), en, String(tag));
    assert.equal(en.language, 'en');
    assert.equal(en.data, BUILTIN_CATALOG);
    assert.equal(en.metrics.get('ctr')!.name, 'Click-through rate');
  });

  it('changes only display text: ids, aliases, abbreviations, formulas, units, examples and order stay', () => {
    assert.deepEqual(contract(de.data), contract(BUILTIN_CATALOG));
    assert.equal(de.source, BUILTIN_CATALOG);
  });

  describe('computes exactly what the English catalog computes', () => {
    const examples = BUILTIN_CATALOG.metrics.flatMap((m) => m.examples.map((e) => ({ metric: m, example: e })));
    const variantsOf = (id: string, variant: string | undefined) => (variant ? { [id]: variant } : {});

    it("every metric's examples, evaluated and with every metric they determine", () => {
      for (const { metric, example } of examples) {
        const variants = variantsOf(metric.id, example.variant);
        const run = (catalog: Catalog) => evaluate(metric.id, example.inputs, { catalog, variants });
        const german = run(de);
        assert.ok(german.ok && Math.abs(german.value - example.expected) < 1e-9, metric.id);
        assert.deepEqual(german, run(en), metric.id);
        assert.deepEqual(
          computeAll(example.inputs, { catalog: de, variants }),
          computeAll(example.inputs, { catalog: en, variants }),
        );
      }
    });

    it('every example solved for each of its inputs', () => {
      for (const { metric, example } of examples) {
        const variants = variantsOf(metric.id, example.variant);
        for (const input of Object.keys(example.inputs)) {
          const { [input]: _unknown, ...others } = example.inputs;
          const known: Inputs = { ...others, [metric.id]: example.expected };
          const run = (catalog: Catalog) => solve(metric.id, known, input, { catalog, variants });
          assert.deepEqual(run(de), run(en), `${metric.id} for ${input}`);
        }
      }
    });

    it('fields, headers and arguments named in English, and names in German mean the same in both', () => {
      for (const name of everyName()) {
        assert.deepEqual(de.field(name), en.field(name), name);
        assert.equal(de.metric(name)?.id, en.metric(name)?.id, name);
        assert.deepEqual(readName(name, { catalog: de }), readName(name, { catalog: en }), name);
      }
      assert.equal(de.metric('Click-through rate')?.id, 'ctr');
      assert.equal(de.field('Same-store sales, previous period')?.id, 'sameStoreSalesPrevious');
    });

    it('totals over rows keyed by the English names', () => {
      const rows = [
        { 'Cost per mille (thousand impressions)': 4, Impressions: 1000, Clicks: 30, Cost: 12, Reach: 400 },
        { 'Cost per mille (thousand impressions)': 2, Impressions: 3000, Clicks: 45, Cost: 6, Reach: 900 },
      ];
      const [german, english] = [de, en].map((catalog) => aggregate(rows, undefined, { catalog }));
      assert.deepEqual(german!.total.results, english!.total.results);
      assert.deepEqual([...german!.total.inputs], [...english!.total.inputs]);
      assert.deepEqual(german!.rows, english!.rows);
      assert.ok(german!.total.results.some((r) => r.id === 'ctr'));
    });
  });
});

describe('catalog with custom metrics in a language', () => {
  const mine = { id: 'costPerSession', name: 'Cost per session', formula: 'cost / sessions', unit: 'currency' };

  it('keeps what the user wrote, and writes what is missing in German', () => {
    const { catalog, problems } = buildCatalog(
      [mine, { id: 'twice', name: 'Doppelte CTR', formula: '2 * ctr', description: 'Meine Beschreibung.' }],
      { language: 'de-DE' },
    );
    assert.deepEqual(problems, []);
    assert.equal(catalog.language, 'de');
    assert.equal(catalog.metrics.get('costPerSession')!.name, 'Cost per session');
    assert.equal(
      catalog.metrics.get('costPerSession')!.description,
      'Cost per session, in Ihren Einstellungen definiert als cost / sessions.',
    );
    assert.equal(catalog.metrics.get('twice')!.description, 'Meine Beschreibung.');
    assert.deepEqual(catalog.categories.at(-1), {
      id: 'custom',
      name: 'Eigene Metriken',
      description: 'In Ihren Einstellungen definierte Metriken.',
      metrics: ['costPerSession', 'twice'],
    });
    assert.equal(catalog.metrics.get('ctr')!.name, 'Klickrate');
    const result = evaluate('twice', { clicks: 1, impressions: 4 }, { catalog });
    assert.ok(result.ok && result.value === 0.5);
  });

  it('joins a built-in category named by id, English title or German title, shown in German', () => {
    const { catalog } = buildCatalog(
      [
        { ...mine, category: 'Web analytics' },
        { id: 'a', name: 'A', formula: 'clicks * 2', category: 'Webanalyse' },
        { id: 'b', name: 'B', formula: 'clicks * 3', category: 'webAnalytics' },
        { id: 'c', name: 'C', formula: 'clicks * 4', category: 'Meine KPIs' },
      ],
      { language: 'de' },
    );
    const web = catalog.categories.find((c) => c.id === 'webAnalytics')!;
    assert.equal(web.name, 'Webanalyse');
    assert.deepEqual(web.metrics.slice(-3), ['costPerSession', 'a', 'b']);
    const own = catalog.categories.at(-1)!;
    assert.deepEqual(
      [own.name, own.description, own.metrics],
      ['Meine KPIs', 'Meine KPIs (aus Ihren Einstellungen).', ['c']],
    );
  });

  it('is English for English and unknown languages, and by default', () => {
    for (const options of [{}, { language: 'en' }, { language: 'pt-BR' }]) {
      const { catalog } = buildCatalog([mine], options);
      assert.equal(catalog.language, 'en');
      assert.equal(catalog.categories.at(-1)!.name, 'Custom');
      assert.equal(catalog.metrics.get('ctr')!.name, 'Click-through rate');
    }
  });

  it("takes ids that are Object.prototype's names as any other", () => {
    const { catalog, problems } = buildCatalog([{ id: 'constructor', name: 'K', formula: 'clicks' }], {
      language: 'de',
    });
    assert.deepEqual(problems, []);
    assert.equal(catalog.metrics.get('constructor')!.name, 'K');
  });
});
