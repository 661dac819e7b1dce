import type { BuiltinQuantityId } from '../../ids';
import type { QuantityText } from '../types';

// Why an input does not add up, worded once for the inputs that share the reason (as in ../../quantities.ts).
const SNAPSHOT =
  'eine Zählung zu einem Zeitpunkt; wer die Zählungen mehrerer Zeilen addiert, zählt dieselben Menschen erneut';
const AVERAGE = 'ein Durchschnitt pro Einheit; Durchschnitte lassen sich über Zeilen nicht addieren';
const NPS_QUESTION = '„Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“';

export const QUANTITIES_DE: Readonly<Record<BuiltinQuantityId, QuantityText>> = {
  impressions: {
    name: 'Impressionen',
    description: 'Wie oft eine Anzeige ausgeliefert wurde, Wiederholungen bei derselben Person eingeschlossen.',
  },
  clicks: { name: 'Klicks', description: 'Klicks auf eine Anzeige oder einen Link.' },
  cost: {
    name: 'Kosten',
    description: 'Für die gemessene Aktivität ausgegebenes Geld (Media, Kampagne oder das gesamte Marketing).',
  },
  conversions: {
    name: 'Conversions',
    description: 'Abgeschlossene Zielaktionen: Käufe, Anmeldungen oder was immer die Kampagne zählt.',
  },
  engagements: {
    name: 'Interaktionen',
    description: 'Likes, Kommentare, geteilte und gespeicherte Beiträge sowie Klicks auf Social-Media-Inhalte.',
  },
  leads: {
    name: 'Leads',
    description: 'Interessenten, die Kontaktdaten hinterlassen oder um Kontaktaufnahme gebeten haben.',
  },
  videoStarts: { name: 'Gestartete Videowiedergaben' },
  videoCompletions: { name: 'Vollständige Videowiedergaben' },
  sessions: { name: 'Sitzungen', description: 'Besuche einer Website oder App; eine Person kann viele haben.' },
  sessionDurationTotal: { name: 'Gesamte Sitzungsdauer' },
  singlePageSessions: { name: 'Sitzungen mit nur einer Seite' },
  pageviews: { name: 'Seitenaufrufe' },
  visitors: {
    name: 'Besucher',
    nonAdditiveReason:
      'eindeutige Besucher verschiedener Zeilen (Tage, Seiten, Kanäle) überschneiden sich, daher lassen sich ' +
      'Besucher nicht addieren',
    description: 'Verschiedene Personen (oder Browser), die die Website besucht haben.',
  },
  reach: {
    name: 'Reichweite',
    nonAdditiveReason:
      'die Publika verschiedener Zeilen überschneiden sich, daher lässt sich die Reichweite nicht addieren',
    description: 'Verschiedene Personen, die die Anzeige mindestens einmal gesehen haben.',
  },
  targetAudience: {
    name: 'Zielgruppe',
    nonAdditiveReason: 'Zeilen beschreiben meist dieselbe Zielgruppe, daher zählt eine Summe sie mehrfach',
    description: 'Die Grundgesamtheit, auf die ein Plan zielt; ein Ratingpunkt ist 1 % davon.',
  },
  grps: { name: 'Bruttoreichweite in Prozent' },
  piecesMailed: { name: 'Versendete Mailings' },
  responses: {
    name: 'Rückmeldungen',
    description: 'Reaktionen auf eine Direktmarketing-Sendung: Anrufe, Besuche, Antwortkarten.',
  },
  offersDistributed: { name: 'Verteilte Angebote' },
  offersRedeemed: { name: 'Eingelöste Angebote' },
  followersStart: { name: 'Follower zu Beginn', nonAdditiveReason: SNAPSHOT },
  followersGained: { name: 'Gewonnene Follower' },
  emailsSent: { name: 'Gesendete E-Mails' },
  emailsBounced: { name: 'Unzustellbare E-Mails' },
  emailsDelivered: { name: 'Zugestellte E-Mails' },
  uniqueOpens: {
    name: 'Eindeutige Öffnungen',
    description: 'Mindestens einmal geöffnete E-Mails (jede E-Mail einmal pro Empfänger gezählt).',
  },
  uniqueClicks: {
    name: 'Eindeutige Klicks',
    description: 'Empfänger, die mindestens einen Link in der E-Mail geklickt haben.',
  },
  unsubscribes: { name: 'Abmeldungen' },
  mqls: { name: 'Marketingqualifizierte Leads' },
  sqls: { name: 'Vertriebsqualifizierte Leads' },
  newCustomers: { name: 'Neukunden' },
  revenue: { name: 'Umsatz' },
  grossProfit: {
    name: 'Bruttogewinn',
    description: 'Umsatz abzüglich der Kosten der verkauften Waren oder Leistungen; negativ bei Verlust.',
  },
  salesGrowth: {
    name: 'Umsatzzuwachs',
    description: 'Gegenüber einem Vergleichszeitraum hinzugewonnener Umsatz in Geld; negativ, wenn der Umsatz sank.',
  },
  avgPurchaseValue: { name: 'Durchschnittlicher Kaufwert', nonAdditiveReason: AVERAGE },
  purchaseFrequency: {
    name: 'Kaufhäufigkeit',
    nonAdditiveReason: 'eine Rate pro Kunde; Raten lassen sich über Zeilen nicht addieren',
  },
  customerLifespan: {
    name: 'Kundenlebensdauer',
    nonAdditiveReason: 'eine Dauer pro Kunde; Dauern verschiedener Segmente lassen sich nicht addieren',
  },
  companySales: {
    name: 'Eigener Umsatz',
    description: 'Ihr Umsatz in Geld oder Stück; verwenden Sie dieselbe Basis wie beim Marktvolumen.',
  },
  marketSales: {
    name: 'Marktvolumen',
    description: 'Gesamtumsatz des Marktes in Geld oder Stück, Ihr eigener eingeschlossen.',
  },
  previousSales: { name: 'Vorperiodenumsatz' },
  currentSales: { name: 'Umsatz der aktuellen Periode' },
  respondents: { name: 'Befragte' },
  awareRespondents: { name: 'Befragte, die die Marke kennen' },
  satisfiedRespondents: { name: 'Zufriedene Befragte' },
  promoters: { name: 'Promotoren', description: `Befragte, die auf ${NPS_QUESTION} mit 9 oder 10 antworten.` },
  detractors: { name: 'Kritiker', description: `Befragte, die auf ${NPS_QUESTION} mit 0 bis 6 antworten.` },
  customersStart: { name: 'Kunden zu Beginn', nonAdditiveReason: SNAPSHOT },
  customersEnd: { name: 'Kunden am Ende', nonAdditiveReason: SNAPSHOT },
  customersLost: { name: 'Verlorene Kunden' },
  brandVoice: {
    name: 'Markenpräsenz',
    description:
      'Werbeausgaben oder Erwähnungen Ihrer Marke; verwenden Sie dieselbe Basis wie bei der Kategoriepräsenz.',
  },
  categoryVoice: {
    name: 'Kategoriepräsenz',
    description: 'Werbeausgaben oder Erwähnungen der gesamten Kategorie, Ihre Marke eingeschlossen.',
  },
  inquiries: { name: 'Anfragen' },
  newPatients: { name: 'Neupatienten' },
  revenuePerVisit: { name: 'Umsatz pro Besuch', nonAdditiveReason: AVERAGE },
  visitsPerYear: {
    name: 'Besuche pro Jahr',
    nonAdditiveReason: 'eine Rate pro Patient; Raten lassen sich über Zeilen nicht addieren',
  },
  retentionYears: {
    name: 'Bindungsdauer (Jahre)',
    nonAdditiveReason: 'eine Dauer pro Patient; Dauern verschiedener Segmente lassen sich nicht addieren',
  },
  patientsStart: { name: 'Patienten zu Beginn', nonAdditiveReason: SNAPSHOT },
  patientsEnd: { name: 'Patienten am Ende', nonAdditiveReason: SNAPSHOT },
  scoreTotal: { name: 'Gesamtpunktzahl der Befragung' },
  maxScore: {
    name: 'Höchstpunktzahl pro Befragtem',
    nonAdditiveReason: 'die Skala der Befragung, für jede Zeile gleich; eine Summe über Zeilen bläht sie auf',
  },
  dealsClosed: { name: 'Abschlüsse' },
  orders: { name: 'Bestellungen' },
  cartsCreated: { name: 'Angelegte Warenkörbe' },
  checkoutsCompleted: { name: 'Abgeschlossene Bestellvorgänge' },
  storeVisitors: { name: 'Ladenbesucher' },
  transactions: { name: 'Transaktionen im Laden' },
  sameStoreSalesPrevious: { name: 'Umsatz vergleichbarer Filialen, Vorperiode' },
  sameStoreSalesCurrent: { name: 'Umsatz vergleichbarer Filialen, aktuelle Periode' },
  grossMarginRate: {
    name: 'Bruttomarge',
    nonAdditiveReason: 'ein Prozentsatz; Prozentsätze verschiedener Zeilen lassen sich nicht addieren',
    description: 'Bruttogewinn als Anteil am Umsatz (0,4 für 40 %).',
  },
  monthlyRevenuePerCustomer: { name: 'Monatlicher Umsatz pro Kunde', nonAdditiveReason: AVERAGE },
  allClicks: {
    name: 'Alle Klicks',
    description:
      'Jeder Klick auf eine Anzeige, Link-Klicks eingeschlossen: Likes, Kommentare, Profil- und ' +
      'Erweiterungsklicks (Metas „Klicks (alle)“).',
  },
  engagedSessions: {
    name: 'Sitzungen mit Interaktion',
    description:
      'GA4-Sitzungen, die länger als 10 Sekunden dauerten, ein Schlüsselereignis hatten oder zwei oder mehr ' +
      'Seiten aufriefen.',
  },
  totalOpens: {
    name: 'Öffnungen gesamt',
    description:
      'Jede Öffnung einer E-Mail, Wiederholungen durch denselben Empfänger eingeschlossen (eindeutige ' +
      'Öffnungen zählen jeden Empfänger einmal).',
  },
  passives: {
    name: 'Passive',
    description:
      `Befragte, die auf ${NPS_QUESTION} mit 7 oder 8 antworten: Sie zählen zu den Befragten, ` +
      'aber nicht in den Wert.',
  },
};
