import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { analyseTable, computeAll, readSelection, readTable, type Inputs } from '../../../../src/core';
import { LANGUAGE_NAMES } from '../../../../src/core/columns/languageNames';
import { readName, type NameMeaning } from '../../../../src/core/columns/names';
import { DIMENSION_NAMES, INPUT_NAMES, OTHER_NAMES, REPORTED_NAMES } from '../../../../src/core/columns/platformNames';
import { normalizeKey } from '../../../../src/core/names';

/** What a name is read as, in one word: the quantity or metric id, or the role. */
function idOf(meaning: NameMeaning | undefined): string | undefined {
  if (meaning === undefined) return undefined;
  if (meaning.role === 'input') return meaning.id;
  if (meaning.role === 'reported') return meaning.metrics[0]!.id;
  return meaning.role === 'dimension' ? `dimension:${meaning.kind}` : `unused:${meaning.why}`;
}

const read = (name: string) => readName(name, {});

/**
 * The English index as buildIndex builds it before any language name: platform names, then the
 * catalog's ids, names and aliases, the first to claim a key keeping it.
 */
function englishIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, id: string) => {
    const key = normalizeKey(name);
    if (key !== '' && !index.has(key)) index.set(key, id);
  };
  for (const e of INPUT_NAMES) for (const n of e.names) add(n, e.id);
  for (const e of REPORTED_NAMES) for (const n of e.names) add(n, e.metrics[0]!.id);
  for (const e of DIMENSION_NAMES) for (const n of e.names) add(n, `dimension:${e.kind}`);
  for (const e of OTHER_NAMES) for (const n of e.names) add(n, `unused:${e.why}`);
  for (const q of BUILTIN_CATALOG.quantities) {
    for (const n of [q.id, q.name, ...q.aliases]) add(n, q.id);
    for (const s of q.scaledAliases ?? []) add(s.name, q.id);
  }
  for (const m of BUILTIN_CATALOG.metrics)
    for (const n of [m.id, m.name, ...(m.abbreviation ? [m.abbreviation] : []), ...m.aliases]) add(n, m.id);
  return index;
}

describe('columns: names in other languages', () => {
  const CASES: Record<string, readonly [header: string, id: string][]> = {
    de: [
      ['Ausgegebener Betrag (EUR)', 'cost'],
      ['Kosten', 'cost'],
      ['Kosten (EUR)', 'cost'],
      ['Link-Klicks', 'clicks'],
      ['Klicks', 'clicks'],
      ['Klicks (alle)', 'allClicks'],
      ['Impressionen', 'impressions'],
      ['Impr.', 'impressions'],
      ['Reichweite', 'reach'],
      ['Ergebnisse', 'conversions'],
      ['Conversions', 'conversions'],
      ['Conv.-Wert', 'revenue'],
      ['Conv.-Wert (EUR)', 'revenue'],
      ['Sitzungen', 'sessions'],
      ['Sitzungen mit Interaktion', 'engagedSessions'],
      ['Schlüsselereignisse', 'conversions'],
      ['Gesamtumsatz', 'revenue'],
      ['Nutzer insgesamt', 'visitors'],
      ['Aktive Nutzer', 'visitors'],
      ['Seitenaufrufe', 'pageviews'],
      ['Neukunden', 'newCustomers'],
      ['Abmeldungen', 'unsubscribes'],
      ['Durchschn. CPC', 'cpc'],
      ['Durchschn. CPC (EUR)', 'cpc'],
      ['Kosten/Conv.', 'cpa'],
      ['CTR', 'ctr'],
      ['CTR (Link-Klickrate)', 'ctr'],
      ['Klickrate', 'ctr'],
      ['Conv.-Rate', 'conversionRate'],
      ['Conv.-Wert/Kosten', 'roas'],
      ['Frequenz', 'frequency'],
      ['Absprungrate', 'bounceRate'],
      ['Öffnungsrate', 'openRate'],
      ['Interaktionsrate', 'engagementRate'],
      ['Kosten pro Ergebnis', 'cpa'],
    ],
    fr: [
      ['Montant dépensé (EUR)', 'cost'],
      ['Clics sur un lien', 'clicks'],
      ['Impressions', 'impressions'],
      ['Couverture', 'reach'],
      ['Résultats', 'conversions'],
      ['Coût', 'cost'],
      ['Valeur de conv.', 'revenue'],
      ['Sessions avec engagement', 'engagedSessions'],
      ['Utilisateurs', 'visitors'],
      ['Pages vues', 'pageviews'],
      ['Commandes', 'orders'],
      ['Ouvertures uniques', 'uniqueOpens'],
      ['CPC moy. (EUR)', 'cpc'],
      ['Coût/conv.', 'cpa'],
      ['Taux de clics', 'ctr'],
      ['Répétition', 'frequency'],
      ["Taux d'ouverture", 'openRate'],
      ['Taux de rebond', 'bounceRate'],
      ['Coût par résultat (EUR)', 'cpa'],
      ['CPM (coût pour 1 000 impressions) (EUR)', 'cpm'],
    ],
    es: [
      ['Importe gastado (EUR)', 'cost'],
      ['Clics en el enlace', 'clicks'],
      ['Impresiones', 'impressions'],
      ['Alcance', 'reach'],
      ['Costo', 'cost'],
      ['Coste (EUR)', 'cost'],
      ['Conversiones', 'conversions'],
      ['Sesiones', 'sessions'],
      ['Sesiones con interacción', 'engagedSessions'],
      ['Ingresos totales', 'revenue'],
      ['Clientes potenciales', 'leads'],
      ['CPC prom.', 'cpc'],
      ['CPM prom.', 'cpm'],
      ['Costo/conv.', 'cpa'],
      ['Frecuencia', 'frequency'],
      ['Tasa de conversión', 'conversionRate'],
    ],
    pt: [
      ['Valor usado (BRL)', 'cost'],
      ['Cliques no link', 'clicks'],
      ['Impressões', 'impressions'],
      ['Alcance', 'reach'],
      ['Custo', 'cost'],
      ['Conversões', 'conversions'],
      ['Sessões', 'sessions'],
      ['Usuários', 'visitors'],
      ['Receita total', 'revenue'],
      ['Novos clientes', 'newCustomers'],
      ['CPC méd.', 'cpc'],
      ['Custo por resultado (BRL)', 'cpa'],
      ['Frequência', 'frequency'],
      ['Taxa de abertura', 'openRate'],
      ['Taxa de rejeição', 'bounceRate'],
    ],
    it: [
      ['Importo speso (EUR)', 'cost'],
      ['Clic sul link', 'clicks'],
      ['Clic (tutti)', 'allClicks'],
      ['Impression', 'impressions'],
      ['Copertura', 'reach'],
      ['Risultati', 'conversions'],
      ['Costo', 'cost'],
      ['Conversioni', 'conversions'],
      ['Sessioni', 'sessions'],
      ['Utenti', 'visitors'],
      ['CPC medio', 'cpc'],
      ['Frequenza', 'frequency'],
      ['Tasso di conversione', 'conversionRate'],
      ['Frequenza di rimbalzo', 'bounceRate'],
    ],
    nl: [
      ['Besteed bedrag (EUR)', 'cost'],
      ['Linkklikken', 'clicks'],
      ['Klikken', 'clicks'],
      ['Vertoningen', 'impressions'],
      ['Verton.', 'impressions'],
      ['Bereik', 'reach'],
      ['Kosten', 'cost'],
      ['Conversies', 'conversions'],
      ['Sessies', 'sessions'],
      ['Gebruikers', 'visitors'],
      ['Gem. CPC (EUR)', 'cpc'],
      ['Kosten/conv.', 'cpa'],
      ['Frequentie', 'frequency'],
      ['Conv.waarde', 'revenue'],
    ],
    et: [
      ['Klikkimise määr', 'ctr'],
      ['Läbiklikkimise määr', 'ctr'],
      ['Konversioonimäär', 'conversionRate'],
      ['Klõpsu hind', 'cpc'],
      ['Omandamise hind', 'cpa'],
      ['Tuhande näitamise hind', 'cpm'],
      ['Põrkemäär', 'bounceRate'],
      ['Põrkemäär (e-post)', 'emailBounceRate'],
      ['Avamismäär', 'openRate'],
      ['Kaasamise määr', 'engagementRate'],
      ['Sagedus', 'frequency'],
      ['Reklaamikulude tasuvus', 'roas'],
      ['Investeeringutasuvus', 'roi'],
      ['Kliendi hankimise kulu', 'cac'],
      ['Keskmine seansi kestus', 'avgSessionDuration'],
      ['Kliendi eluaegne väärtus', 'clv'],
      ['Hääle osakaal', 'shareOfVoice'],
      ['Ostukorvi hülgamise määr', 'cartAbandonmentRate'],
      ['Näitamised', 'impressions'],
      ['Klikid', 'clicks'],
      ['Kulu (EUR)', 'cost'],
      ['Müügivihjed', 'leads'],
      ['Seansid', 'sessions'],
    ],
    tl: [
      ['Gastusin sa Pagkuha ng Customer', 'cac'],
      ['Badyet sa marketing', 'cost'],
      ['Kabuuang gastos sa marketing (PHP)', 'cost'],
      ['Mga bagong customer', 'newCustomers'],
      ['Kabuuang paglago ng benta', 'salesGrowth'],
    ],
  };
  for (const [lang, cases] of Object.entries(CASES)) {
    it(`reads ${lang} headers`, () => {
      const wrong = cases
        .filter(([header, id]) => idOf(read(header).meaning) !== id)
        .map(([header, id]) => `${header}: ${idOf(read(header).meaning)} (want ${id})`);
      assert.deepEqual(wrong, []);
    });
  }

  it('keeps a currency suffix as the unit: Ausgegebener Betrag (EUR) is cost in euros', () => {
    const reading = read('Ausgegebener Betrag (EUR)');
    assert.equal(reading.currency, 'EUR');
    assert.equal(idOf(reading.meaning), 'cost');
    assert.equal(read('Valor usado (BRL)').currency, 'BRL');
  });

  it('translations read as their English twin: Klicks beside Link-Klicks gives way to all clicks, Ergebnisse are Meta Results', () => {
    const klicks = read('Klicks').meaning;
    assert.ok(klicks?.role === 'input');
    assert.deepEqual({ rank: klicks.rank, alt: klicks.alt }, { rank: 2, alt: 'allClicks' });
    const ergebnisse = read('Ergebnisse').meaning;
    assert.ok(ergebnisse?.role === 'input' && ergebnisse.rank === 3 && ergebnisse.note !== undefined);
    assert.ok(ergebnisse.countedBy?.includes('Ergebnisindikator') && ergebnisse.countedBy.includes('result indicator'));
    const rate = read('Conv.-Rate').meaning;
    assert.ok(rate?.role === 'reported');
    assert.deepEqual(rate.metrics[0], { id: 'conversionRate', variant: 'perClick' });
    const plain = read('Impressionen').meaning;
    assert.deepEqual(plain, { role: 'input', id: 'impressions', factor: 1, rank: 1 });
    assert.deepEqual(read('Klickpreis').meaning?.role, 'reported');
  });

  it('no language name changes what an English platform name or a catalog id, name or alias means', () => {
    const english = englishIndex();
    const changed: string[] = [];
    for (const [key, id] of english)
      if (idOf(read(key).meaning) !== id) changed.push(`${key}: ${idOf(read(key).meaning)}, was ${id}`);
    assert.deepEqual(changed, []);
    // And every catalog name as written (not only its key) still reads as itself.
    for (const q of BUILTIN_CATALOG.quantities)
      for (const n of [q.id, q.name, ...q.aliases])
        assert.equal(idOf(read(n).meaning), english.get(normalizeKey(n)), n);
  });

  it("no language name is a false friend: where it is an English name too, or another language's, it means the same", () => {
    const english = englishIndex();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of LANGUAGE_NAMES) {
      for (const name of entry.names) {
        const key = normalizeKey(name);
        const theirs = english.get(key);
        if (theirs !== undefined && theirs !== entry.id)
          clashes.push(`${entry.lang} ${name} → ${entry.id}, but English ${theirs}`);
        const before = owner.get(key);
        if (before !== undefined && before !== `${entry.role} ${entry.id}`)
          clashes.push(`${entry.lang} ${name} → ${entry.id}, but ${before} in another entry`);
        owner.set(key, `${entry.role} ${entry.id}`);
        if (idOf(read(name).meaning) !== entry.id)
          clashes.push(`${entry.lang} ${name} reads as ${idOf(read(name).meaning)}`);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('every entry names a real quantity or metric, and every English twin exists with the same meaning', () => {
    const quantities = new Set(BUILTIN_CATALOG.quantities.map((q) => q.id));
    const metrics = new Set(BUILTIN_CATALOG.metrics.map((m) => m.id));
    const english = englishIndex();
    const wrong: string[] = [];
    for (const e of LANGUAGE_NAMES) {
      if (!(e.role === 'input' ? quantities : metrics).has(e.id)) wrong.push(`${e.lang} ${e.role} ${e.id}`);
      if (e.like !== undefined && english.get(normalizeKey(e.like)) !== e.id)
        wrong.push(`${e.lang} ${e.id} like '${e.like}' (${english.get(normalizeKey(e.like))})`);
    }
    assert.deepEqual(wrong, []);
  });

  it("covers the required ids in every platform language, and the seeds' languages", () => {
    const inputs = [
      'impressions',
      'clicks',
      'allClicks',
      'cost',
      'conversions',
      'revenue',
      'leads',
      'reach',
      'sessions',
      'engagedSessions',
      'visitors',
      'pageviews',
      'orders',
      'emailsSent',
      'emailsDelivered',
      'uniqueOpens',
      'uniqueClicks',
      'unsubscribes',
      'emailsBounced',
      'newCustomers',
      'engagements',
    ];
    const reported = [
      'ctr',
      'cpc',
      'cpm',
      'cpa',
      'roas',
      'conversionRate',
      'openRate',
      'bounceRate',
      'frequency',
      'engagementRate',
    ];
    const missing: string[] = [];
    for (const lang of ['de', 'fr', 'es', 'pt', 'it', 'nl']) {
      for (const id of inputs)
        if (!LANGUAGE_NAMES.some((e) => e.lang === lang && e.role === 'input' && e.id === id))
          missing.push(`${lang} input ${id}`);
      for (const id of reported)
        if (!LANGUAGE_NAMES.some((e) => e.lang === lang && e.role === 'reported' && e.id === id))
          missing.push(`${lang} reported ${id}`);
    }
    assert.deepEqual(missing, []);
    assert.ok(LANGUAGE_NAMES.filter((e) => e.lang === 'et' && e.role === 'reported').length >= 40);
    assert.ok(LANGUAGE_NAMES.some((e) => e.lang === 'tl' && e.role === 'reported' && e.id === 'cac'));
  });

  it('a German key: value selection computes: Kosten 1.234,50 over Klicks 1.000 is a CPC of 1.2345', () => {
    const reading = readSelection('Kosten: 1.234,50\nKlicks: 1.000', { locale: 'de-DE' });
    assert.ok(reading.ok && reading.kind === 'record', JSON.stringify(reading));
    const record: Inputs = Object.fromEntries(reading.fields.map((f) => [f.key, f.value]));
    assert.deepEqual(record, { Kosten: 1234.5, Klicks: 1000 });
    const all = computeAll(record, { locale: 'de-DE' });
    assert.deepEqual(all.unmatched, []);
    assert.deepEqual(
      all.inputs.map((i) => [i.field, i.id, i.value]),
      [
        ['Kosten', 'cost', 1234.5],
        ['Klicks', 'clicks', 1000],
      ],
    );
    const cpc = all.results.find((r) => r.id === 'cpc');
    assert.ok(cpc !== undefined);
    assert.ok(Math.abs(cpc.value - 1.2345) < 1e-12, String(cpc.value));
  });

  it('a German Meta export (semicolons, decimal commas) gives CPC and CTR totals as ratios of sums', () => {
    const csv = [
      'Kampagnenname;Ausgegebener Betrag (EUR);Impressionen;Link-Klicks',
      'Sommer;120,50;10.000;250',
      'Herbst;80,25;8.000;160',
      'Winter;1.000,00;50.000;1.200',
    ].join('\n');
    const table = readTable(csv, { locale: 'de-DE' });
    assert.ok(table.ok && table.kind === 'table', JSON.stringify(table));
    const analysis = analyseTable(table, { locale: 'de-DE' });
    const roles = analysis.reading.columns.map((c) => [c.name, c.role, c.role === 'input' ? c.id : undefined]);
    assert.deepEqual(roles.slice(1), [
      ['Ausgegebener Betrag (EUR)', 'input', 'cost'],
      ['Impressionen', 'input', 'impressions'],
      ['Link-Klicks', 'input', 'clicks'],
    ]);
    assert.equal(analysis.reading.currency, 'EUR');
    // By hand: cost 120.50 + 80.25 + 1000 = 1200.75; impressions 68,000; link clicks 1,610.
    const total = analysis.aggregate.total;
    assert.equal(total.inputs.get('cost'), 1200.75);
    assert.equal(total.inputs.get('impressions'), 68000);
    assert.equal(total.inputs.get('clicks'), 1610);
    const value = (id: string) => total.results.find((m) => m.id === id)?.value;
    assert.ok(Math.abs(value('cpc')! - 1200.75 / 1610) < 1e-12, String(value('cpc')));
    assert.ok(Math.abs(value('ctr')! - 1610 / 68000) < 1e-12, String(value('ctr')));
    assert.ok(Math.abs(value('cpc')! - 0.745807453) < 1e-9);
    assert.ok(Math.abs(value('ctr')! - 0.023676471) < 1e-9);
  });
});
