import assert from 'node:assert/strict';
import * as EN_CAUTIONS from '../../../../src/core/catalog/cautions';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { BUILTIN_CATEGORY_IDS, BUILTIN_METRIC_IDS, BUILTIN_QUANTITY_IDS } from '../../../../src/core/catalog/ids';
import { DE } from '../../../../src/core/catalog/translations/de';
import * as DE_CAUTIONS from '../../../../src/core/catalog/translations/de/cautions';
import { normalizeKey } from '../../../../src/core/names';

const { quantities, metrics, categories } = BUILTIN_CATALOG;
const has = (table: object, id: string) => Object.hasOwn(table, id);

/**
 * German texts that may read like the English ones (compared as field names are: case, spaces
 * and hyphens aside), each because German analysts use that very term.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  'metric nps name': 'Net Promoter Score is a registered name, used unchanged in German',
  'metric shareOfVoice name': 'German media planning says Share of Voice; there is no established German term',
  'quantity conversions name': "Google Ads' and GA4's German interfaces say Conversions",
  'quantity leads name': 'German B2B marketing says Leads',
  'category email name': 'E-Mail-Marketing is the German term; it only normalises like Email marketing',
};

/** Every display text of the built-in catalog with its German counterpart, labelled for messages. */
function pairs(): { label: string; en: string; de: string }[] {
  const out: { label: string; en: string; de: string }[] = [];
  const add = (label: string, en: string | undefined, de: string | undefined) => {
    assert.ok(en !== undefined, `${label}: no English text`);
    assert.ok(de !== undefined && de.trim() !== '', `${label}: no German text`);
    out.push({ label, en, de });
  };
  for (const m of metrics) {
    const de = DE.metrics[m.id as keyof typeof DE.metrics];
    add(`metric ${m.id} name`, m.name, de.name);
    add(`metric ${m.id} description`, m.description, de.description);
    m.cautions.forEach((c, i) => add(`metric ${m.id} caution ${i + 1}`, c, de.cautions[i]));
    m.examples.forEach((e, i) => add(`metric ${m.id} example ${i + 1}`, e.description, de.examples[i]));
    if (m.defaultVariantLabel !== undefined)
      add(`metric ${m.id} defaultVariantLabel`, m.defaultVariantLabel, de.defaultVariantLabel);
    for (const v of m.variants ?? [])
      add(
        `metric ${m.id} variant ${v.id}`,
        v.label,
        de.variants && has(de.variants, v.id) ? de.variants[v.id] : undefined,
      );
  }
  for (const q of quantities) {
    const de = DE.quantities[q.id as keyof typeof DE.quantities];
    add(`quantity ${q.id} name`, q.name, de.name);
    if (q.description !== undefined) add(`quantity ${q.id} description`, q.description, de.description);
    if (q.nonAdditiveReason !== undefined)
      add(`quantity ${q.id} nonAdditiveReason`, q.nonAdditiveReason, de.nonAdditiveReason);
  }
  for (const c of categories) {
    const de = DE.categories[c.id as keyof typeof DE.categories];
    add(`category ${c.id} name`, c.name, de.name);
    add(`category ${c.id} description`, c.description, de.description);
  }
  return out;
}

// Numbers as each language writes them: 1,234.5 in English, 1.234,5 in German. A number glued
// to a letter is part of a name (GA4, B2B); the sign is left aside (−100 and 100 alike).
const NUMBER = {
  en: /(?<![\p{L}\d.,])\d+(?:,\d{3})*(?:\.\d+)?/gu,
  de: /(?<![\p{L}\d.,])\d+(?:\.\d{3})*(?:,\d+)?/gu,
};

function numbersIn(text: string, language: 'en' | 'de'): number[] {
  return [...text.matchAll(NUMBER[language])]
    .map((m) => Number(language === 'en' ? m[0].replaceAll(',', '') : m[0].replaceAll('.', '').replace(',', '.')))
    .sort((a, b) => a - b);
}

describe('built-in catalog in German: the text', () => {
  it("lists in ids.ts exactly the catalog's ids, in its order (the translation tables are typed by them)", () => {
    assert.deepEqual([...BUILTIN_METRIC_IDS], [...new Set(metrics.map((m) => m.id))]);
    assert.deepEqual(
      [...BUILTIN_QUANTITY_IDS],
      quantities.map((q) => q.id),
    );
    assert.deepEqual(
      [...BUILTIN_CATEGORY_IDS],
      categories.map((c) => c.id),
    );
  });

  it('has German text for every metric, quantity and category, and for nothing else', () => {
    assert.deepEqual(Object.keys(DE.metrics).sort(), [...BUILTIN_METRIC_IDS].sort());
    assert.deepEqual(Object.keys(DE.quantities).sort(), [...BUILTIN_QUANTITY_IDS].sort());
    assert.deepEqual(Object.keys(DE.categories).sort(), [...BUILTIN_CATEGORY_IDS].sort());
    const texts = pairs();
    assert.equal(texts.length, new Set(texts.map((t) => t.label)).size);
    assert.ok(texts.length > 450, `${texts.length} texts`);
  });

  it("has one German caution, example and variant label for each of the metric's, no more", () => {
    for (const m of metrics) {
      const de = DE.metrics[m.id as keyof typeof DE.metrics];
      assert.equal(de.cautions.length, m.cautions.length, `${m.id}: cautions`);
      assert.equal(de.examples.length, m.examples.length, `${m.id}: examples`);
      assert.deepEqual(
        Object.keys(de.variants ?? {}),
        (m.variants ?? []).map((v) => v.id),
        `${m.id}: variants`,
      );
      assert.equal(de.defaultVariantLabel !== undefined, m.defaultVariantLabel !== undefined, `${m.id}: default label`);
    }
    for (const q of quantities) {
      const de = DE.quantities[q.id as keyof typeof DE.quantities];
      assert.equal(de.description !== undefined, q.description !== undefined, `${q.id}: description`);
      assert.equal(de.nonAdditiveReason !== undefined, q.nonAdditiveReason !== undefined, `${q.id}: reason`);
    }
  });

  it('translates every text, but for a few terms German analysts use as they are', () => {
    const same = pairs()
      .filter((t) => normalizeKey(t.en) === normalizeKey(t.de))
      .map((t) => t.label);
    assert.deepEqual(same.sort(), Object.keys(SAME_AS_ENGLISH).sort());
  });

  it("keeps every number of the English text (examples' included), written the German way", () => {
    for (const { label, en, de } of pairs()) assert.deepEqual(numbersIn(de, 'de'), numbersIn(en, 'en'), label);
  });

  it('writes numbers, percentages and money the German way', () => {
    for (const { label, de } of pairs()) {
      // Addresses and a book's title ("SaaS Metrics 2.0") are cited as they are written.
      const prose = de.replace(/https:\/\/\S+/g, '').replace('SaaS Metrics 2.0', '');
      assert.doesNotMatch(prose, /\d,\d{3}(?!\d)/, `${label}: an English thousands separator`);
      assert.doesNotMatch(prose, /\d\.\d{1,2}(?!\d)/, `${label}: an English decimal point`);
      assert.doesNotMatch(prose, /\d%/, `${label}: a percent sign without its space`);
      assert.doesNotMatch(prose, /\$/, `${label}: dollars`);
      assert.doesNotMatch(prose, /"/, `${label}: English quotation marks`);
    }
  });

  it('leaves the abbreviation out of the name, since views show it beside the name', () => {
    for (const m of metrics) {
      const name = DE.metrics[m.id as keyof typeof DE.metrics].name;
      if (m.abbreviation) assert.ok(!name.includes(`(${m.abbreviation})`), `${m.id}: ${name}`);
    }
  });

  it('names every metric, every input and every category differently', () => {
    const unique = (names: string[]) => assert.equal(new Set(names).size, names.length, names.join(', '));
    unique(Object.values(DE.metrics).map((t) => t.name));
    unique(Object.entries(DE.quantities).map(([id, t]) => (has(DE.metrics, id) ? id : t.name)));
    unique(Object.values(DE.categories).map((t) => t.name));
  });

  describe('shared cautions', () => {
    const enNames = Object.keys(EN_CAUTIONS).sort();

    it('has a German wording for every shared caution', () => {
      assert.deepEqual(Object.keys(DE_CAUTIONS).sort(), enNames);
    });

    /** Each shared caution as a test on a text: the constant, or the function's sentence with any words. */
    const matcher = (caution: unknown) => {
      if (typeof caution === 'string') return (text: string) => text.includes(caution);
      const sentence = (caution as (...args: string[]) => string)('\u0000', '\u0000');
      const escaped = sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\u0000', '.+?');
      const pattern = new RegExp(escaped);
      return (text: string) => pattern.test(text);
    };

    it('words a caution in the shared German where the English is the shared English, and only there', () => {
      for (const name of enNames) {
        const en = matcher(EN_CAUTIONS[name as keyof typeof EN_CAUTIONS]);
        const de = matcher(DE_CAUTIONS[name as keyof typeof DE_CAUTIONS]);
        for (const m of metrics) {
          const german = DE.metrics[m.id as keyof typeof DE.metrics].cautions;
          m.cautions.forEach((c, i) => assert.equal(de(german[i]!), en(c), `${m.id} caution ${i + 1}: ${name}`));
        }
      }
    });

    it('puts the words it is given into the sentence', () => {
      assert.match(
        DE_CAUTIONS.sumsNotMeans('der Klicks', 'der Impressionen'),
        /Summe der Klicks durch die Summe der Impressionen/,
      );
      assert.match(DE_CAUTIONS.noValueWithout('Impressionen'), /^Ohne Impressionen gibt es keinen Wert/);
    });
  });

  it('writes the text of custom metrics in German around the words the user gave', () => {
    assert.equal(
      DE.custom.metricDescription('Kosten pro Sitzung', 'cost / sessions'),
      'Kosten pro Sitzung, in Ihren Einstellungen definiert als cost / sessions.',
    );
    assert.equal(DE.custom.userCategoryDescription('Meine KPIs'), 'Meine KPIs (aus Ihren Einstellungen).');
  });
});
