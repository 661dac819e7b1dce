/**
 * Quantity and metric names in the languages platforms export in (issue 15, item 8): German,
 * French, Spanish, Portuguese, Italian and Dutch column headers of Meta Ads Manager, Google Ads
 * and GA4, and the Estonian and Tagalog names of the product's two source documents
 * (/work/shared/seeds: an Estonian metrics guide, a Tagalog article on marketing KPIs).
 *
 * Data only; names.ts adds them to the name index AFTER the platform names and the catalog's own
 * ids, names and aliases, so an English or public-contract name always keeps its meaning: a
 * language name whose key is already taken is not added (the tests check that every such name
 * means the same thing anyway, so nothing is silently dropped). Names are written as the UI
 * writes them, with accents; they are matched like every other name (normalizeKey: case, spaces
 * and punctuation do not count, accented letters do) after a unit suffix such as `(EUR)` is
 * taken off.
 *
 * `like` names the English platform name (platformNames.ts) the entry translates: the reading
 * then copies that name's preferences (rank, alt, note, candidate variants, countedBy), so that
 * German `Klicks` beside `Link-Klicks` is read as all clicks just as `Clicks` beside `Link
 * clicks` is, and `Conv.-Rate` divides by clicks as Google Ads' `Conv. rate` does. Without
 * `like`, an input reads as `{ id, factor: 1, rank: 1 }` and a KPI as `{ metrics: [{ id }] }`.
 *
 * Sources (pages found with the project's search tool). The headers quoted after each source are
 * confirmed there; the others are the analyst's ordinary word, or the platform's likely form,
 * where no page showed the platform's own translation (listed after the sources).
 *  - Google Ads column help in each language, support.google.com/google-ads/answer/2454071
 *    (?hl=de-DE, fr-FR, es-419, pt-BR, it, nl) and the app glossary answer/4597811 (?hl=de: "Durchschn. CPC";
 *    ?hl=nl: "Gem. CPC"); es-419 lists "Clics", "Impresiones" ("Impr."), "CTR", "CPC prom.", "CPM prom.", "Costo".
 *  - German Google Ads: semsea.at/whiteboard/google-ads-glossar ("Klicks", "Kosten", "Impressionen",
 *    "Klickrate", "Interaktionen", "Interaktionsrate"); answer/6270625?hl=de (column "Conversions").
 *  - German Meta: thomashutter.com/glossar/ausgegebener-betrag ("Ausgegebener Betrag", synonym of
 *    Amount Spent); allfacebook.de (10 Spalten im Meta-Werbeanzeigenmanager: "CTR (Link-Klickrate)",
 *    "Kosten pro Link-Klick").
 *  - German GA4: datenversiert.de/blog/ga4-sitzungen-und-sitzungen-mit-interaktion, hotjar.com/de
 *    ("Sitzungen", "Sitzungen mit Interaktion"); 121watt.de/digital-analytics/metriken-in-google-analytics-4
 *    ("Interaktionsrate").
 *  - French Meta: livementor.com/blog/indicateurs-publicite-facebook ("La portée", "La répétition",
 *    "taux de clics sur les liens"); agencexplr.com/reussir-facebook-ads ("La couverture");
 *    French Google Ads: help.dashthis.com/fr/google-ads-metrics-and-dimensions ("Valeur de conv.",
 *    "Clics", "Coût", "Taux de clics (CTR)").
 *  - Spanish Meta: blog.couplerstaging.dev/es/metricas-de-facebook-ads (Coupler.io: "Importe gastado", "Impresiones",
 *    "Clics de enlace");
 *    lastinfoo.es ("Alcance"). Spanish GA4: hotjar.com/es ("Sesiones con interacción").
 *  - Portuguese Meta: dicasblogger.com.br ("Alcance", "Impressões", "Frequência", "Cliques no link");
 *    blog.alcancecerto.com ("Resultados").
 *  - Italian Meta: webinfermento.it/facebook-ads-clic ("Clic (tutti)", "Clic sul link", "Gestione
 *    inserzioni"); Italian Google Ads: luciaguerra.it ("Clic", "Impression", "CTR").
 *  - Dutch Meta: raidboxes.io/nl (bereik, bestede bedrag, impressies, linkklikken); Dutch Google Ads:
 *    vuvero.nl ("Klikken", "Verton.", "Gem. CPC"), surfsupp.nl ("Vertoningen", "Kosten").
 *  Not confirmed by a source, so written as the platform most likely writes them and said so
 *  below: Google Ads "Kosten/Conv.", "Conv.-Wert/Kosten", "Conv.-Rate" and their fr/es/pt/it/nl
 *  forms; Meta's "Montant dépensé", "Clics sur un lien", "Valor usado", "Importo speso",
 *  "Besteed bedrag" (the brief's headers; the pages above use the same words in running text);
 *  GA4's fr/pt/it/nl names; every email name (Mailchimp and Klaviyo export in English).
 *
 * Collisions left out on purpose:
 *  - bare "Aufrufe", "Vues", "Vistas", "Visualizações", "Visualizzazioni", "Weergaven": GA4 uses
 *    them for page views, Google Ads for video views (and Dutch Meta "Weergaven" for impressions);
 *    only the unambiguous page-view forms ("Seitenaufrufe", "Pages vues", …) are here.
 *  - Estonian "Jõudma" (the seed's heading for Reach, a verb: "to reach") and Tagalog words the
 *    seed uses for other things; "Rejeições" (Portuguese: GA bounces or e-mail bounces).
 *  - Names that are the English word as well ("Impressions", "Sessions", "Conversions", "CTR",
 *    "Leads", "Bounces", "Interactions") mean the same in both and are listed for completeness;
 *    the English entry is the one in the index.
 */

export interface LanguageName {
  /** BCP 47 language: de, fr, es, pt, it, nl, et, tl. */
  readonly lang: string;
  readonly names: readonly string[];
  /** A quantity id (input) or a metric id (reported). */
  readonly id: string;
  readonly role: 'input' | 'reported';
  /** The English platform name this translates; its rank, alt, note, variants and countedBy are copied. */
  readonly like?: string;
  /** Names of the column that says what each row's Results count, in this language (Meta). */
  readonly countedBy?: readonly string[];
}

const META_RESULTS_BY = {
  de: ['Ergebnisindikator', 'Ergebnistyp'],
  fr: ['Indicateur de résultat', 'Type de résultat'],
  es: ['Indicador de resultado', 'Tipo de resultado'],
  pt: ['Indicador de resultado', 'Tipo de resultado'],
  it: ['Indicatore di risultato', 'Tipo di risultato'],
  nl: ['Resultaatindicator', 'Resultaattype'],
} as const;

export const LANGUAGE_NAMES: readonly LanguageName[] = [
  // ── German (Google Ads, Meta Werbeanzeigenmanager, GA4) ──────────────────────────────────
  { lang: 'de', role: 'input', id: 'impressions', names: ['Impressionen', 'Impr.', 'Anzeigenimpressionen'] },
  { lang: 'de', role: 'input', id: 'clicks', names: ['Link-Klicks', 'Klicks auf Link'], like: 'link clicks' },
  { lang: 'de', role: 'input', id: 'clicks', names: ['Klicks'], like: 'clicks' },
  { lang: 'de', role: 'input', id: 'allClicks', names: ['Klicks (alle)', 'Alle Klicks'], like: 'clicks (all)' },
  { lang: 'de', role: 'input', id: 'cost', names: ['Kosten', 'Ausgegebener Betrag', 'Ausgaben', 'Werbeausgaben'], like: 'amount spent' },
  { lang: 'de', role: 'input', id: 'conversions', names: ['Conversions', 'Konversionen', 'Conv.'], like: 'conversions' },
  { lang: 'de', role: 'input', id: 'conversions', names: ['Ergebnisse'], like: 'results', countedBy: META_RESULTS_BY.de },
  { lang: 'de', role: 'input', id: 'conversions', names: ['Schlüsselereignisse'], like: 'key events' },
  { lang: 'de', role: 'input', id: 'conversions', names: ['Käufe', 'Website-Käufe'], like: 'purchases' },
  { lang: 'de', role: 'input', id: 'revenue', names: ['Conv.-Wert', 'Conversion-Wert', 'Konversionswert', 'Kaufwert'], like: 'conv. value' },
  { lang: 'de', role: 'input', id: 'revenue', names: ['Umsatz', 'Gesamtumsatz', 'Einnahmen', 'Kaufumsatz'], like: 'total revenue' },
  { lang: 'de', role: 'input', id: 'leads', names: ['Leads', 'Lead-Anzahl'] }, // German marketing says "Leads"
  { lang: 'de', role: 'input', id: 'reach', names: ['Reichweite'] },
  { lang: 'de', role: 'input', id: 'sessions', names: ['Sitzungen', 'Besuche'] },
  { lang: 'de', role: 'input', id: 'engagedSessions', names: ['Sitzungen mit Interaktion'] },
  { lang: 'de', role: 'input', id: 'visitors', names: ['Nutzer insgesamt', 'Nutzer', 'Besucher'], like: 'total users' },
  { lang: 'de', role: 'input', id: 'visitors', names: ['Aktive Nutzer'], like: 'active users' },
  { lang: 'de', role: 'input', id: 'pageviews', names: ['Seitenaufrufe'] },
  { lang: 'de', role: 'input', id: 'orders', names: ['Bestellungen', 'E-Commerce-Käufe'] },
  { lang: 'de', role: 'input', id: 'emailsSent', names: ['Gesendet', 'Gesendete E-Mails', 'Empfänger'] },
  { lang: 'de', role: 'input', id: 'emailsDelivered', names: ['Zugestellt', 'Zugestellte E-Mails'] },
  { lang: 'de', role: 'input', id: 'uniqueOpens', names: ['Eindeutige Öffnungen', 'Öffnungen', 'Geöffnet'] },
  { lang: 'de', role: 'input', id: 'uniqueClicks', names: ['Eindeutige Klicks', 'Geklickt'] },
  { lang: 'de', role: 'input', id: 'unsubscribes', names: ['Abmeldungen', 'Abgemeldet'] },
  { lang: 'de', role: 'input', id: 'emailsBounced', names: ['Bounces', 'Unzustellbare E-Mails', 'Unzustellbar'] },
  { lang: 'de', role: 'input', id: 'newCustomers', names: ['Neukunden', 'Neue Kunden'] },
  { lang: 'de', role: 'input', id: 'engagements', names: ['Interaktionen', 'Beitragsinteraktionen'] },
  { lang: 'de', role: 'reported', id: 'ctr', names: ['Klickrate', 'Durchklickrate'], like: 'click-through rate' },
  { lang: 'de', role: 'reported', id: 'ctr', names: ['CTR (Link-Klickrate)', 'Link-Klickrate'], like: 'ctr link click-through rate' },
  { lang: 'de', role: 'reported', id: 'cpc', names: ['Durchschn. CPC', 'Kosten pro Klick', 'Klickpreis'], like: 'avg. cpc' },
  { lang: 'de', role: 'reported', id: 'cpc', names: ['Kosten pro Link-Klick', 'CPC (Kosten pro Link-Klick)'], like: 'cost per link click' },
  { lang: 'de', role: 'reported', id: 'cpm', names: ['Durchschn. CPM', 'Tausend-Kontakt-Preis', 'CPM (Kosten pro 1.000 Impressionen)'] },
  { lang: 'de', role: 'reported', id: 'cpa', names: ['Kosten/Conv.', 'Kosten pro Conversion', 'Kosten pro Konversion'] },
  { lang: 'de', role: 'reported', id: 'cpa', names: ['Kosten pro Ergebnis'], like: 'cost per result', countedBy: META_RESULTS_BY.de },
  { lang: 'de', role: 'reported', id: 'roas', names: ['Conv.-Wert/Kosten', 'Werbeausgabenrendite'] },
  { lang: 'de', role: 'reported', id: 'conversionRate', names: ['Conv.-Rate', 'Konversionsrate', 'Conversion-Rate'], like: 'conv. rate' },
  { lang: 'de', role: 'reported', id: 'openRate', names: ['Öffnungsrate'] },
  { lang: 'de', role: 'reported', id: 'bounceRate', names: ['Absprungrate'], like: 'bounce rate' },
  { lang: 'de', role: 'reported', id: 'frequency', names: ['Frequenz', 'Durchschnittliche Frequenz'] },
  { lang: 'de', role: 'reported', id: 'engagementRate', names: ['Interaktionsrate'], like: 'engagement rate' },

  // ── French (Gestionnaire de publicités, Google Ads, GA4) ─────────────────────────────────
  { lang: 'fr', role: 'input', id: 'impressions', names: ['Impressions', 'Impr.'] },
  { lang: 'fr', role: 'input', id: 'clicks', names: ['Clics sur un lien', 'Clics sur le lien', 'Clics sur les liens'], like: 'link clicks' },
  { lang: 'fr', role: 'input', id: 'clicks', names: ['Clics'], like: 'clicks' },
  { lang: 'fr', role: 'input', id: 'allClicks', names: ['Clics (tous)', 'Tous les clics'], like: 'clicks (all)' },
  { lang: 'fr', role: 'input', id: 'cost', names: ['Coût', 'Montant dépensé', 'Dépenses', 'Dépense'], like: 'amount spent' },
  { lang: 'fr', role: 'input', id: 'conversions', names: ['Conversions', 'Conv.'], like: 'conversions' },
  { lang: 'fr', role: 'input', id: 'conversions', names: ['Résultats'], like: 'results', countedBy: META_RESULTS_BY.fr },
  { lang: 'fr', role: 'input', id: 'conversions', names: ['Événements clés'], like: 'key events' },
  { lang: 'fr', role: 'input', id: 'conversions', names: ['Achats', 'Achats sur le site web'], like: 'purchases' },
  { lang: 'fr', role: 'input', id: 'revenue', names: ['Valeur de conv.', 'Valeur de conversion', 'Valeur des conversions', "Valeur de conversion d'achat"], like: 'conv. value' },
  { lang: 'fr', role: 'input', id: 'revenue', names: ['Revenu total', 'Revenus', "Chiffre d'affaires"], like: 'total revenue' },
  { lang: 'fr', role: 'input', id: 'leads', names: ['Prospects', 'Leads'] },
  { lang: 'fr', role: 'input', id: 'reach', names: ['Couverture', 'Portée'] },
  { lang: 'fr', role: 'input', id: 'sessions', names: ['Sessions', 'Visites'] },
  { lang: 'fr', role: 'input', id: 'engagedSessions', names: ['Sessions avec engagement', 'Sessions engagées'] },
  { lang: 'fr', role: 'input', id: 'visitors', names: ['Utilisateurs', 'Total des utilisateurs', 'Visiteurs'], like: 'total users' },
  { lang: 'fr', role: 'input', id: 'visitors', names: ['Utilisateurs actifs'], like: 'active users' },
  { lang: 'fr', role: 'input', id: 'pageviews', names: ['Pages vues', 'Vues de page'] },
  { lang: 'fr', role: 'input', id: 'orders', names: ['Commandes', 'Achats e-commerce'] },
  { lang: 'fr', role: 'input', id: 'emailsSent', names: ['E-mails envoyés', 'Envoyés', 'Destinataires'] },
  { lang: 'fr', role: 'input', id: 'emailsDelivered', names: ['E-mails délivrés', 'Délivrés', 'Distribués'] },
  { lang: 'fr', role: 'input', id: 'uniqueOpens', names: ['Ouvertures uniques', 'Ouvertures'] },
  { lang: 'fr', role: 'input', id: 'uniqueClicks', names: ['Clics uniques'] },
  { lang: 'fr', role: 'input', id: 'unsubscribes', names: ['Désabonnements', 'Désinscriptions'] },
  { lang: 'fr', role: 'input', id: 'emailsBounced', names: ['Rebonds', 'E-mails rejetés'] },
  { lang: 'fr', role: 'input', id: 'newCustomers', names: ['Nouveaux clients'] },
  { lang: 'fr', role: 'input', id: 'engagements', names: ['Interactions', 'Interactions avec la publication', 'Engagements'] },
  { lang: 'fr', role: 'reported', id: 'ctr', names: ['Taux de clics', 'Taux de clic'], like: 'click-through rate' },
  { lang: 'fr', role: 'reported', id: 'ctr', names: ['CTR (taux de clics sur le lien)', 'Taux de clics sur le lien', 'Taux de clics sur les liens'], like: 'ctr link click-through rate' },
  { lang: 'fr', role: 'reported', id: 'cpc', names: ['CPC moy.', 'CPC moyen', 'Coût par clic'], like: 'avg. cpc' },
  { lang: 'fr', role: 'reported', id: 'cpc', names: ['CPC (coût par clic sur un lien)', 'Coût par clic sur un lien'], like: 'cost per link click' },
  { lang: 'fr', role: 'reported', id: 'cpm', names: ['CPM moy.', 'CPM moyen', 'Coût pour 1 000 impressions', 'CPM (coût pour 1 000 impressions)'] },
  { lang: 'fr', role: 'reported', id: 'cpa', names: ['Coût/conv.', 'Coût par conversion', 'Coût par acquisition'] },
  { lang: 'fr', role: 'reported', id: 'cpa', names: ['Coût par résultat'], like: 'cost per result', countedBy: META_RESULTS_BY.fr },
  { lang: 'fr', role: 'reported', id: 'roas', names: ['Valeur de conv./coût', 'Retour sur les dépenses publicitaires'] },
  { lang: 'fr', role: 'reported', id: 'conversionRate', names: ['Taux de conv.', 'Taux de conversion'], like: 'conv. rate' },
  { lang: 'fr', role: 'reported', id: 'openRate', names: ["Taux d'ouverture"] },
  { lang: 'fr', role: 'reported', id: 'bounceRate', names: ['Taux de rebond'], like: 'bounce rate' },
  { lang: 'fr', role: 'reported', id: 'frequency', names: ['Répétition', 'Fréquence', 'Fréquence moyenne'] },
  { lang: 'fr', role: 'reported', id: 'engagementRate', names: ["Taux d'engagement"], like: 'engagement rate' },

  // ── Spanish (Administrador de anuncios, Google Ads es-419 / es-ES, GA4) ──────────────────
  { lang: 'es', role: 'input', id: 'impressions', names: ['Impresiones', 'Impr.'] },
  { lang: 'es', role: 'input', id: 'clicks', names: ['Clics en el enlace', 'Clics en enlaces', 'Clics de enlace'], like: 'link clicks' },
  { lang: 'es', role: 'input', id: 'clicks', names: ['Clics'], like: 'clicks' },
  { lang: 'es', role: 'input', id: 'allClicks', names: ['Clics (todos)', 'Todos los clics'], like: 'clicks (all)' },
  { lang: 'es', role: 'input', id: 'cost', names: ['Costo', 'Coste', 'Importe gastado', 'Gasto', 'Inversión'], like: 'amount spent' },
  { lang: 'es', role: 'input', id: 'conversions', names: ['Conversiones', 'Conv.'], like: 'conversions' },
  { lang: 'es', role: 'input', id: 'conversions', names: ['Resultados'], like: 'results', countedBy: META_RESULTS_BY.es },
  { lang: 'es', role: 'input', id: 'conversions', names: ['Eventos clave'], like: 'key events' },
  { lang: 'es', role: 'input', id: 'conversions', names: ['Compras', 'Compras en el sitio web'], like: 'purchases' },
  { lang: 'es', role: 'input', id: 'revenue', names: ['Valor de conv.', 'Valor de conversión', 'Valor de las conversiones', 'Valor de conversión de compras'], like: 'conv. value' },
  { lang: 'es', role: 'input', id: 'revenue', names: ['Ingresos totales', 'Ingresos', 'Ventas'], like: 'total revenue' },
  { lang: 'es', role: 'input', id: 'leads', names: ['Clientes potenciales', 'Leads'] },
  { lang: 'es', role: 'input', id: 'reach', names: ['Alcance'] },
  { lang: 'es', role: 'input', id: 'sessions', names: ['Sesiones', 'Visitas'] },
  { lang: 'es', role: 'input', id: 'engagedSessions', names: ['Sesiones con interacción'] },
  { lang: 'es', role: 'input', id: 'visitors', names: ['Usuarios', 'Total de usuarios', 'Visitantes'], like: 'total users' },
  { lang: 'es', role: 'input', id: 'visitors', names: ['Usuarios activos'], like: 'active users' },
  { lang: 'es', role: 'input', id: 'pageviews', names: ['Páginas vistas', 'Vistas de página'] },
  { lang: 'es', role: 'input', id: 'orders', names: ['Pedidos', 'Compras de comercio electrónico'] },
  { lang: 'es', role: 'input', id: 'emailsSent', names: ['Correos enviados', 'Enviados', 'Destinatarios'] },
  { lang: 'es', role: 'input', id: 'emailsDelivered', names: ['Correos entregados', 'Entregados'] },
  { lang: 'es', role: 'input', id: 'uniqueOpens', names: ['Aperturas únicas', 'Aperturas'] },
  { lang: 'es', role: 'input', id: 'uniqueClicks', names: ['Clics únicos'] },
  { lang: 'es', role: 'input', id: 'unsubscribes', names: ['Bajas', 'Cancelaciones de suscripción'] },
  { lang: 'es', role: 'input', id: 'emailsBounced', names: ['Rebotes', 'Correos rebotados'] },
  { lang: 'es', role: 'input', id: 'newCustomers', names: ['Clientes nuevos', 'Nuevos clientes'] },
  { lang: 'es', role: 'input', id: 'engagements', names: ['Interacciones', 'Interacciones con la publicación'] },
  { lang: 'es', role: 'reported', id: 'ctr', names: ['Porcentaje de clics', 'Tasa de clics'], like: 'click-through rate' },
  { lang: 'es', role: 'reported', id: 'ctr', names: ['CTR (porcentaje de clics en el enlace)', 'Porcentaje de clics en el enlace'], like: 'ctr link click-through rate' },
  { lang: 'es', role: 'reported', id: 'cpc', names: ['CPC prom.', 'CPC medio', 'CPC promedio', 'Costo por clic', 'Coste por clic'], like: 'avg. cpc' },
  { lang: 'es', role: 'reported', id: 'cpc', names: ['CPC (costo por clic en el enlace)', 'Costo por clic en el enlace', 'Coste por clic en el enlace'], like: 'cost per link click' },
  { lang: 'es', role: 'reported', id: 'cpm', names: ['CPM prom.', 'CPM medio', 'CPM promedio', 'Costo por mil impresiones', 'Coste por mil impresiones'] },
  { lang: 'es', role: 'reported', id: 'cpa', names: ['Costo/conv.', 'Coste/conv.', 'Costo por conversión', 'Coste por conversión'] },
  { lang: 'es', role: 'reported', id: 'cpa', names: ['Costo por resultado', 'Coste por resultado'], like: 'cost per result', countedBy: META_RESULTS_BY.es },
  { lang: 'es', role: 'reported', id: 'roas', names: ['Valor de conv./costo', 'Valor de conv./coste', 'Retorno de la inversión publicitaria'] },
  { lang: 'es', role: 'reported', id: 'conversionRate', names: ['Tasa de conv.', 'Tasa de conversión', 'Porcentaje de conversiones'], like: 'conv. rate' },
  { lang: 'es', role: 'reported', id: 'openRate', names: ['Tasa de apertura'] },
  { lang: 'es', role: 'reported', id: 'bounceRate', names: ['Porcentaje de rebote', 'Tasa de rebote'], like: 'bounce rate' },
  { lang: 'es', role: 'reported', id: 'frequency', names: ['Frecuencia', 'Frecuencia media'] },
  { lang: 'es', role: 'reported', id: 'engagementRate', names: ['Porcentaje de interacción', 'Tasa de interacción'], like: 'engagement rate' },

  // ── Portuguese (Gerenciador de Anúncios pt-BR, Google Ads pt-BR / pt-PT, GA4) ────────────
  { lang: 'pt', role: 'input', id: 'impressions', names: ['Impressões', 'Impr.'] },
  { lang: 'pt', role: 'input', id: 'clicks', names: ['Cliques no link', 'Cliques em links'], like: 'link clicks' },
  { lang: 'pt', role: 'input', id: 'clicks', names: ['Cliques'], like: 'clicks' },
  { lang: 'pt', role: 'input', id: 'allClicks', names: ['Cliques (todos)', 'Todos os cliques'], like: 'clicks (all)' },
  { lang: 'pt', role: 'input', id: 'cost', names: ['Custo', 'Valor usado', 'Valor gasto', 'Montante gasto', 'Gasto', 'Investimento'], like: 'amount spent' },
  { lang: 'pt', role: 'input', id: 'conversions', names: ['Conversões', 'Conv.'], like: 'conversions' },
  { lang: 'pt', role: 'input', id: 'conversions', names: ['Resultados'], like: 'results', countedBy: META_RESULTS_BY.pt },
  { lang: 'pt', role: 'input', id: 'conversions', names: ['Eventos principais'], like: 'key events' },
  { lang: 'pt', role: 'input', id: 'conversions', names: ['Compras', 'Compras no site'], like: 'purchases' },
  { lang: 'pt', role: 'input', id: 'revenue', names: ['Valor de conv.', 'Valor da conversão', 'Valor das conversões', 'Valor de conversão da compra'], like: 'conv. value' },
  { lang: 'pt', role: 'input', id: 'revenue', names: ['Receita total', 'Receita', 'Faturamento'], like: 'total revenue' },
  { lang: 'pt', role: 'input', id: 'leads', names: ['Leads', 'Cadastros'] },
  { lang: 'pt', role: 'input', id: 'reach', names: ['Alcance'] },
  { lang: 'pt', role: 'input', id: 'sessions', names: ['Sessões', 'Visitas'] },
  { lang: 'pt', role: 'input', id: 'engagedSessions', names: ['Sessões engajadas', 'Sessões com engajamento'] },
  { lang: 'pt', role: 'input', id: 'visitors', names: ['Usuários', 'Total de usuários', 'Visitantes', 'Utilizadores'], like: 'total users' },
  { lang: 'pt', role: 'input', id: 'visitors', names: ['Usuários ativos', 'Utilizadores ativos'], like: 'active users' },
  { lang: 'pt', role: 'input', id: 'pageviews', names: ['Visualizações de página', 'Páginas visualizadas'] },
  { lang: 'pt', role: 'input', id: 'orders', names: ['Pedidos', 'Compras de e-commerce', 'Encomendas'] },
  { lang: 'pt', role: 'input', id: 'emailsSent', names: ['E-mails enviados', 'Enviados', 'Destinatários'] },
  { lang: 'pt', role: 'input', id: 'emailsDelivered', names: ['E-mails entregues', 'Entregues'] },
  { lang: 'pt', role: 'input', id: 'uniqueOpens', names: ['Aberturas únicas', 'Aberturas'] },
  { lang: 'pt', role: 'input', id: 'uniqueClicks', names: ['Cliques únicos'] },
  { lang: 'pt', role: 'input', id: 'unsubscribes', names: ['Descadastros', 'Cancelamentos de inscrição'] },
  { lang: 'pt', role: 'input', id: 'emailsBounced', names: ['E-mails devolvidos', 'Devolvidos'] },
  { lang: 'pt', role: 'input', id: 'newCustomers', names: ['Novos clientes', 'Clientes novos'] },
  { lang: 'pt', role: 'input', id: 'engagements', names: ['Interações', 'Engajamentos', 'Engajamento com a publicação'] },
  { lang: 'pt', role: 'reported', id: 'ctr', names: ['Taxa de cliques'], like: 'click-through rate' },
  { lang: 'pt', role: 'reported', id: 'ctr', names: ['CTR (taxa de cliques no link)', 'Taxa de cliques no link'], like: 'ctr link click-through rate' },
  { lang: 'pt', role: 'reported', id: 'cpc', names: ['CPC méd.', 'CPC médio', 'Custo por clique'], like: 'avg. cpc' },
  { lang: 'pt', role: 'reported', id: 'cpc', names: ['CPC (custo por clique no link)', 'Custo por clique no link'], like: 'cost per link click' },
  { lang: 'pt', role: 'reported', id: 'cpm', names: ['CPM méd.', 'CPM médio', 'Custo por mil impressões', 'CPM (custo por 1.000 impressões)'] },
  { lang: 'pt', role: 'reported', id: 'cpa', names: ['Custo/conv.', 'Custo por conversão'] },
  { lang: 'pt', role: 'reported', id: 'cpa', names: ['Custo por resultado'], like: 'cost per result', countedBy: META_RESULTS_BY.pt },
  { lang: 'pt', role: 'reported', id: 'roas', names: ['Valor conv./custo', 'Valor de conv./custo', 'Retorno do investimento em anúncios'] },
  { lang: 'pt', role: 'reported', id: 'conversionRate', names: ['Taxa de conv.', 'Taxa de conversão'], like: 'conv. rate' },
  { lang: 'pt', role: 'reported', id: 'openRate', names: ['Taxa de abertura'] },
  { lang: 'pt', role: 'reported', id: 'bounceRate', names: ['Taxa de rejeição'], like: 'bounce rate' },
  { lang: 'pt', role: 'reported', id: 'frequency', names: ['Frequência', 'Frequência média'] },
  { lang: 'pt', role: 'reported', id: 'engagementRate', names: ['Taxa de engajamento', 'Taxa de envolvimento'], like: 'engagement rate' },

  // ── Italian (Gestione inserzioni, Google Ads, GA4) ───────────────────────────────────────
  { lang: 'it', role: 'input', id: 'impressions', names: ['Impression', 'Impressioni', 'Impr.'] },
  { lang: 'it', role: 'input', id: 'clicks', names: ['Clic sul link', 'Clic sui link'], like: 'link clicks' },
  { lang: 'it', role: 'input', id: 'clicks', names: ['Clic'], like: 'clicks' },
  { lang: 'it', role: 'input', id: 'allClicks', names: ['Clic (tutti)', 'Tutti i clic'], like: 'clicks (all)' },
  { lang: 'it', role: 'input', id: 'cost', names: ['Costo', 'Importo speso', 'Spesa'], like: 'amount spent' },
  { lang: 'it', role: 'input', id: 'conversions', names: ['Conversioni', 'Conv.'], like: 'conversions' },
  { lang: 'it', role: 'input', id: 'conversions', names: ['Risultati'], like: 'results', countedBy: META_RESULTS_BY.it },
  { lang: 'it', role: 'input', id: 'conversions', names: ['Eventi chiave'], like: 'key events' },
  { lang: 'it', role: 'input', id: 'conversions', names: ['Acquisti', 'Acquisti sul sito web'], like: 'purchases' },
  { lang: 'it', role: 'input', id: 'revenue', names: ['Valore conv.', 'Valore di conversione', 'Valore delle conversioni', 'Valore di conversione degli acquisti'], like: 'conv. value' },
  { lang: 'it', role: 'input', id: 'revenue', names: ['Entrate totali', 'Entrate', 'Fatturato', 'Ricavi'], like: 'total revenue' },
  { lang: 'it', role: 'input', id: 'leads', names: ['Contatti', 'Lead'] },
  { lang: 'it', role: 'input', id: 'reach', names: ['Copertura'] },
  { lang: 'it', role: 'input', id: 'sessions', names: ['Sessioni', 'Visite'] },
  { lang: 'it', role: 'input', id: 'engagedSessions', names: ['Sessioni con coinvolgimento', 'Sessioni con interazione'] },
  { lang: 'it', role: 'input', id: 'visitors', names: ['Utenti', 'Utenti totali', 'Visitatori'], like: 'total users' },
  { lang: 'it', role: 'input', id: 'visitors', names: ['Utenti attivi'], like: 'active users' },
  { lang: 'it', role: 'input', id: 'pageviews', names: ['Visualizzazioni di pagina', 'Pagine viste'] },
  { lang: 'it', role: 'input', id: 'orders', names: ['Ordini', 'Acquisti e-commerce'] },
  { lang: 'it', role: 'input', id: 'emailsSent', names: ['Email inviate', 'Inviate', 'Destinatari'] },
  { lang: 'it', role: 'input', id: 'emailsDelivered', names: ['Email consegnate', 'Consegnate'] },
  { lang: 'it', role: 'input', id: 'uniqueOpens', names: ['Aperture uniche', 'Aperture'] },
  { lang: 'it', role: 'input', id: 'uniqueClicks', names: ['Clic unici'] },
  { lang: 'it', role: 'input', id: 'unsubscribes', names: ['Disiscrizioni', "Annullamenti dell'iscrizione"] },
  { lang: 'it', role: 'input', id: 'emailsBounced', names: ['Rimbalzi', 'Email rimbalzate'] },
  { lang: 'it', role: 'input', id: 'newCustomers', names: ['Nuovi clienti'] },
  { lang: 'it', role: 'input', id: 'engagements', names: ['Interazioni', 'Interazioni con il post'] },
  { lang: 'it', role: 'reported', id: 'ctr', names: ['Percentuale di clic'], like: 'click-through rate' },
  { lang: 'it', role: 'reported', id: 'ctr', names: ['CTR (percentuale di clic sul link)', 'Percentuale di clic sul link'], like: 'ctr link click-through rate' },
  { lang: 'it', role: 'reported', id: 'cpc', names: ['CPC medio', 'Costo per clic'], like: 'avg. cpc' },
  { lang: 'it', role: 'reported', id: 'cpc', names: ['CPC (costo per clic sul link)', 'Costo per clic sul link'], like: 'cost per link click' },
  { lang: 'it', role: 'reported', id: 'cpm', names: ['CPM medio', 'Costo per 1000 impression', 'CPM (costo per 1000 impression)'] },
  { lang: 'it', role: 'reported', id: 'cpa', names: ['Costo/conv.', 'Costo per conversione'] },
  { lang: 'it', role: 'reported', id: 'cpa', names: ['Costo per risultato'], like: 'cost per result', countedBy: META_RESULTS_BY.it },
  { lang: 'it', role: 'reported', id: 'roas', names: ['Valore conv./costo', 'Ritorno sulla spesa pubblicitaria'] },
  { lang: 'it', role: 'reported', id: 'conversionRate', names: ['Tasso di conv.', 'Tasso di conversione'], like: 'conv. rate' },
  { lang: 'it', role: 'reported', id: 'openRate', names: ['Tasso di apertura'] },
  { lang: 'it', role: 'reported', id: 'bounceRate', names: ['Frequenza di rimbalzo'], like: 'bounce rate' },
  { lang: 'it', role: 'reported', id: 'frequency', names: ['Frequenza', 'Frequenza media'] },
  { lang: 'it', role: 'reported', id: 'engagementRate', names: ['Tasso di coinvolgimento', 'Tasso di interazione'], like: 'engagement rate' },

  // ── Dutch (Advertentiebeheer, Google Ads, GA4) ───────────────────────────────────────────
  { lang: 'nl', role: 'input', id: 'impressions', names: ['Vertoningen', 'Verton.', 'Impressies'] },
  { lang: 'nl', role: 'input', id: 'clicks', names: ['Linkklikken', 'Klikken op link'], like: 'link clicks' },
  { lang: 'nl', role: 'input', id: 'clicks', names: ['Klikken'], like: 'clicks' },
  { lang: 'nl', role: 'input', id: 'allClicks', names: ['Klikken (alle)', 'Alle klikken'], like: 'clicks (all)' },
  { lang: 'nl', role: 'input', id: 'cost', names: ['Kosten', 'Besteed bedrag', 'Uitgaven', 'Uitgegeven bedrag'], like: 'amount spent' },
  { lang: 'nl', role: 'input', id: 'conversions', names: ['Conversies', 'Conv.'], like: 'conversions' },
  { lang: 'nl', role: 'input', id: 'conversions', names: ['Resultaten'], like: 'results', countedBy: META_RESULTS_BY.nl },
  { lang: 'nl', role: 'input', id: 'conversions', names: ['Belangrijke gebeurtenissen'], like: 'key events' },
  { lang: 'nl', role: 'input', id: 'conversions', names: ['Aankopen', 'Websiteaankopen'], like: 'purchases' },
  { lang: 'nl', role: 'input', id: 'revenue', names: ['Conv.waarde', 'Conversiewaarde', 'Conversiewaarde van aankopen'], like: 'conv. value' },
  { lang: 'nl', role: 'input', id: 'revenue', names: ['Totale opbrengst', 'Opbrengst', 'Omzet'], like: 'total revenue' },
  { lang: 'nl', role: 'input', id: 'leads', names: ['Leads'] },
  { lang: 'nl', role: 'input', id: 'reach', names: ['Bereik'] },
  { lang: 'nl', role: 'input', id: 'sessions', names: ['Sessies', 'Bezoeken'] },
  { lang: 'nl', role: 'input', id: 'engagedSessions', names: ['Sessies met betrokkenheid', 'Betrokken sessies'] },
  { lang: 'nl', role: 'input', id: 'visitors', names: ['Gebruikers', 'Totaal aantal gebruikers', 'Bezoekers'], like: 'total users' },
  { lang: 'nl', role: 'input', id: 'visitors', names: ['Actieve gebruikers'], like: 'active users' },
  { lang: 'nl', role: 'input', id: 'pageviews', names: ['Paginaweergaven'] },
  { lang: 'nl', role: 'input', id: 'orders', names: ['Bestellingen', 'E-commerce-aankopen'] },
  { lang: 'nl', role: 'input', id: 'emailsSent', names: ['Verzonden', "Verzonden e-mails", 'Ontvangers'] },
  { lang: 'nl', role: 'input', id: 'emailsDelivered', names: ['Afgeleverd', "Afgeleverde e-mails"] },
  { lang: 'nl', role: 'input', id: 'uniqueOpens', names: ['Unieke opens', 'Geopend'] },
  { lang: 'nl', role: 'input', id: 'uniqueClicks', names: ['Unieke klikken'] },
  { lang: 'nl', role: 'input', id: 'unsubscribes', names: ['Afmeldingen', 'Afgemeld'] },
  { lang: 'nl', role: 'input', id: 'emailsBounced', names: ['Bounces', 'Gebouncede e-mails'] },
  { lang: 'nl', role: 'input', id: 'newCustomers', names: ['Nieuwe klanten'] },
  { lang: 'nl', role: 'input', id: 'engagements', names: ['Interacties', 'Berichtinteracties'] },
  { lang: 'nl', role: 'reported', id: 'ctr', names: ['Klikfrequentie', 'Doorklikratio'], like: 'click-through rate' },
  { lang: 'nl', role: 'reported', id: 'ctr', names: ['CTR (doorklikratio voor links)', 'Doorklikratio voor links'], like: 'ctr link click-through rate' },
  { lang: 'nl', role: 'reported', id: 'cpc', names: ['Gem. CPC', 'Gemiddelde CPC', 'Kosten per klik'], like: 'avg. cpc' },
  { lang: 'nl', role: 'reported', id: 'cpc', names: ['CPC (kosten per linkklik)', 'Kosten per linkklik'], like: 'cost per link click' },
  { lang: 'nl', role: 'reported', id: 'cpm', names: ['Gem. CPM', 'Gemiddelde CPM', 'Kosten per 1000 vertoningen', 'CPM (kosten per 1000 weergaven)'] },
  { lang: 'nl', role: 'reported', id: 'cpa', names: ['Kosten/conv.', 'Kosten per conversie'] },
  { lang: 'nl', role: 'reported', id: 'cpa', names: ['Kosten per resultaat'], like: 'cost per result', countedBy: META_RESULTS_BY.nl },
  { lang: 'nl', role: 'reported', id: 'roas', names: ['Conv.waarde/kosten', 'Rendement op advertentie-uitgaven'] },
  { lang: 'nl', role: 'reported', id: 'conversionRate', names: ['Conv.ratio', 'Conversieratio', 'Conversiepercentage'], like: 'conv. rate' },
  { lang: 'nl', role: 'reported', id: 'openRate', names: ['Openratio', 'Openpercentage'] },
  { lang: 'nl', role: 'reported', id: 'bounceRate', names: ['Bouncepercentage'], like: 'bounce rate' },
  { lang: 'nl', role: 'reported', id: 'frequency', names: ['Frequentie', 'Gemiddelde frequentie'] },
  { lang: 'nl', role: 'reported', id: 'engagementRate', names: ['Engagementpercentage', 'Betrokkenheidspercentage'], like: 'engagement rate' },

  // ── Estonian: the seed guide "Iga oluline turundusmõõdik ja kuidas igaüht neist arvutada" ──
  // Metric names as its headings and body text write them. Some headings are machine-translated
  // oddly ("Muljeid" for Impressions, "Leekimiskiirus" for Churn, "Tagasiostu määr" for
  // Redemption, "Patsiendi kinnipidamise määr" for Patient retention); they are kept because a
  // reader of the guide will type them, beside the body text's proper term.
  { lang: 'et', role: 'reported', id: 'ctr', names: ['Klikkimise määr', 'Läbiklikkimise määr'] },
  { lang: 'et', role: 'reported', id: 'cpa', names: ['Omandamise hind', 'Toimingu hind'] },
  { lang: 'et', role: 'reported', id: 'cpc', names: ['Klõpsu hind', 'Kliki hind'] },
  { lang: 'et', role: 'reported', id: 'cpe', names: ['Hind tegevuse kohta', 'Maksumus suhtluse kohta'] },
  { lang: 'et', role: 'reported', id: 'cpl', names: ['Hind müügivihje kohta', 'Müügivihje hind'] },
  { lang: 'et', role: 'reported', id: 'cpm', names: ['Tuhande näitamise hind'] },
  { lang: 'et', role: 'reported', id: 'vcr', names: ['Video lõpetamise määr', 'Video lõpuni vaatamise määr'] },
  { lang: 'et', role: 'reported', id: 'avgSessionDuration', names: ['Keskmine seansi kestus'] },
  { lang: 'et', role: 'reported', id: 'bounceRate', names: ['Põrkemäär'] },
  { lang: 'et', role: 'reported', id: 'conversionRate', names: ['Konversioonimäär'] },
  { lang: 'et', role: 'reported', id: 'pagesPerSession', names: ['Lehekülgi seansi kohta', 'Lehekülgede arv seansi kohta'] },
  { lang: 'et', role: 'reported', id: 'cpp', names: ['Hind punkti kohta', 'Punkti hind'] },
  { lang: 'et', role: 'reported', id: 'frequency', names: ['Sagedus', 'Keskmine sagedus', 'Reklaamisagedus'] },
  { lang: 'et', role: 'reported', id: 'reachRate', names: ['Ulatusprotsent', 'Ulatuse protsent'] },
  { lang: 'et', role: 'reported', id: 'directMailConversionRate', names: ['Konversioonimäär (otsepost)'] },
  { lang: 'et', role: 'reported', id: 'redemptionRate', names: ['Lunastusmäär', 'Lunastamismäär', 'Tagasiostu määr'] },
  { lang: 'et', role: 'reported', id: 'responseRate', names: ['Vastuse määr', 'Vastamismäär'] },
  { lang: 'et', role: 'reported', id: 'engagementRate', names: ['Kaasamise määr', 'Kaasatuse määr'] },
  { lang: 'et', role: 'reported', id: 'followerGrowthRate', names: ['Jälgijate kasvumäär'] },
  { lang: 'et', role: 'reported', id: 'emailBounceRate', names: ['Põrkemäär (e-post)', 'Meilipõrkemäär'] },
  { lang: 'et', role: 'reported', id: 'ctor', names: ['Klõpsude avamise määr', 'Klõpsu-avamise määr'] },
  { lang: 'et', role: 'reported', id: 'openRate', names: ['Avatud määr', 'Avamismäär'] },
  { lang: 'et', role: 'reported', id: 'unsubscribeRate', names: ['Tellimuse tühistamise määr'] },
  { lang: 'et', role: 'reported', id: 'leadToCustomerRate', names: ['Müügivihjest kliendiks konversioonimäär'] },
  { lang: 'et', role: 'reported', id: 'mqlToSqlRate', names: ['MQL-i ja SQL-i vahelise konversiooni määr'] },
  { lang: 'et', role: 'reported', id: 'sqlToCustomerRate', names: ['SQL-ilt kliendiks konversioonimäär', 'Sulgemismäär'] },
  { lang: 'et', role: 'reported', id: 'cac', names: ['Kliendi hankimise kulu', 'Kliendi hankimise maksumus'] },
  { lang: 'et', role: 'reported', id: 'clv', names: ['Kliendi eluaegne väärtus'] },
  { lang: 'et', role: 'reported', id: 'marketShare', names: ['Turuosa', 'Turuosa (autotööstus)'] },
  { lang: 'et', role: 'reported', id: 'roas', names: ['Reklaamikulude tasuvus', 'Reklaamikulutuste tootlus', 'Reklaamikulutuste tasuvus'] },
  { lang: 'et', role: 'reported', id: 'roi', names: ['Investeeringutasuvus', 'Turunduse investeeringutasuvus'] },
  { lang: 'et', role: 'reported', id: 'salesGrowthRate', names: ['Müügi kasvumäär', 'Müügikasvu määr'] },
  { lang: 'et', role: 'reported', id: 'brandAwareness', names: ['Bränditeadlikkus'] },
  { lang: 'et', role: 'reported', id: 'churnRate', names: ['Klientide lahkumise määr', 'Leekimiskiirus'] },
  { lang: 'et', role: 'reported', id: 'csat', names: ['Kliendirahulolu skoor'] },
  { lang: 'et', role: 'reported', id: 'retentionRate', names: ['Säilitusaste', 'Klientide hoidmise määr'] },
  { lang: 'et', role: 'reported', id: 'shareOfVoice', names: ['Hääle osakaal'] },
  { lang: 'et', role: 'reported', id: 'newPatientConversionRate', names: ['Uue patsiendi konversioonimäär'] },
  { lang: 'et', role: 'reported', id: 'pac', names: ['Patsiendi soetamiskulud', 'Patsiendi hankimise kulu'] },
  { lang: 'et', role: 'reported', id: 'plv', names: ['Patsiendi eluaegne väärtus'] },
  { lang: 'et', role: 'reported', id: 'patientRetentionRate', names: ['Patsientide püsivuse määr', 'Patsiendi kinnipidamise määr'] },
  { lang: 'et', role: 'reported', id: 'csi', names: ['Kliendirahulolu indeks', 'Kliendirahulolu indeksi skoor'] },
  { lang: 'et', role: 'reported', id: 'leadToSaleRate', names: ['Müügivihjest müügini konversioonimäär'] },
  { lang: 'et', role: 'reported', id: 'aov', names: ['Keskmine tellimuse väärtus', 'Keskmine ostukäive'] },
  { lang: 'et', role: 'reported', id: 'cartAbandonmentRate', names: ['Ostukorvi hülgamise määr', 'Hülgamismäär'] },
  { lang: 'et', role: 'reported', id: 'footTrafficConversionRate', names: ['Jalakäijate konversioonimäär', 'Poesisene konversioonimäär'] },
  { lang: 'et', role: 'reported', id: 'sameStoreSalesGrowth', names: ['Sama kaupluse müügi kasv', 'Sama kaupluse müügikasv'] },
  // Their inputs, in the words the guide's definitions and examples use.
  { lang: 'et', role: 'input', id: 'impressions', names: ['Näitamised', 'Näitamiste arv', 'Muljeid'] },
  { lang: 'et', role: 'input', id: 'clicks', names: ['Klikid', 'Klõpsud', 'Klikkide arv'] },
  { lang: 'et', role: 'input', id: 'cost', names: ['Kulu', 'Kulud', 'Maksumus', 'Reklaamikulu', 'Turunduskulud'] },
  { lang: 'et', role: 'input', id: 'conversions', names: ['Konversioonid', 'Konversioonide arv'] },
  { lang: 'et', role: 'input', id: 'revenue', names: ['Tulu', 'Müügitulu', 'Kogutulu'] },
  { lang: 'et', role: 'input', id: 'leads', names: ['Müügivihjed', 'Müügivihjete arv'] },
  { lang: 'et', role: 'input', id: 'reach', names: ['Ulatus'] },
  { lang: 'et', role: 'input', id: 'sessions', names: ['Seansid', 'Seansside arv'] },
  { lang: 'et', role: 'input', id: 'visitors', names: ['Külastajad', 'Kasutajad', 'Unikaalsed kasutajad'] },
  { lang: 'et', role: 'input', id: 'pageviews', names: ['Lehevaatamised'] },
  { lang: 'et', role: 'input', id: 'orders', names: ['Tellimused'] },
  { lang: 'et', role: 'input', id: 'engagements', names: ['Interaktsioonid', 'Suhtlused'] },
  { lang: 'et', role: 'input', id: 'emailsSent', names: ['Saadetud e-kirjad'] },
  { lang: 'et', role: 'input', id: 'emailsDelivered', names: ['Kohale toimetatud e-kirjad'] },
  { lang: 'et', role: 'input', id: 'uniqueOpens', names: ['Avamised'] },
  { lang: 'et', role: 'input', id: 'unsubscribes', names: ['Tellimuse tühistamised'] },
  { lang: 'et', role: 'input', id: 'emailsBounced', names: ['Põrked'] },
  { lang: 'et', role: 'input', id: 'newCustomers', names: ['Uued kliendid'] },
  { lang: 'et', role: 'input', id: 'grps', names: ['Brutoreitingu punktid', 'Brutoreitingupunktid'] },
  { lang: 'et', role: 'input', id: 'followersGained', names: ['Uued jälgijad'] },

  // ── Tagalog: the seed article on marketing KPIs for manufacturers ─────────────────────────
  // It names CAC "Gastusin sa Pagkuha ng Customer" and writes its formula as "Badyet sa
  // marketing ng isang campaign / Mga bagong customer" and ROI's as "(kabuuang paglago ng benta
  // – kabuuang gastos sa marketing) / kabuuang gastos sa marketing"; ROI, ROAS, SQL and MQL it
  // names in English (already in the index).
  { lang: 'tl', role: 'reported', id: 'cac', names: ['Gastusin sa Pagkuha ng Customer', 'Gastos sa Pagkuha ng Customer'] },
  { lang: 'tl', role: 'input', id: 'cost', names: ['Kabuuang gastos sa marketing', 'Gastos sa marketing', 'Gastos'] },
  { lang: 'tl', role: 'input', id: 'cost', names: ['Badyet sa marketing'], like: 'budget' },
  { lang: 'tl', role: 'input', id: 'newCustomers', names: ['Mga bagong customer', 'Bagong customer'] },
  { lang: 'tl', role: 'input', id: 'salesGrowth', names: ['Kabuuang paglago ng benta', 'Paglago ng benta'] },
  { lang: 'tl', role: 'input', id: 'revenue', names: ['Kita', 'Benta', 'Kabuuang benta'] },
  { lang: 'tl', role: 'input', id: 'sqls', names: ['Mga lead na kwalipikado sa benta', 'Lead na kwalipikado sa benta'] },
  { lang: 'tl', role: 'input', id: 'mqls', names: ['Mga lead na kwalipikado sa marketing', 'Lead na kwalipikado sa marketing'] },
  { lang: 'tl', role: 'input', id: 'leads', names: ['Mga lead'] },
];
