import type { BuiltinCategoryId } from '../../ids';
import type { CategoryText, CustomMetricTexts } from '../types';

export const CATEGORIES_DE: Readonly<Record<BuiltinCategoryId, CategoryText>> = {
  digitalAdvertising: {
    name: 'Digitale Werbung',
    description:
      'Kosten und Wirkung bezahlter Onlineanzeigen: was Impressionen, Klicks und Conversions kosten und einbringen.',
  },
  webAnalytics: {
    name: 'Webanalyse',
    description:
      'Wie sich Besucher auf einer Website verhalten: wie lange sie bleiben, wie viel sie sehen und wie oft ' +
      'sie konvertieren.',
  },
  traditionalAdvertising: {
    name: 'Klassische Werbung',
    description:
      'Reichweite, Kontakthäufigkeit und Ratingpunkte von TV-, Radio-, Print- und Außenwerbung, und ihr Preis.',
  },
  directMarketing: {
    name: 'Direktmarketing',
    description: 'Rückmeldungen, Einlösungen und Verkäufe aus Mailings, Katalogen und Coupons.',
  },
  socialMedia: {
    name: 'Soziale Medien',
    description: 'Wie Inhalte in sozialen Medien ihr Publikum einbinden und wie schnell dieses Publikum wächst.',
  },
  email: {
    name: 'E-Mail-Marketing',
    description: 'Zustellung, Öffnungen, Klicks und Abmeldungen von E-Mail-Kampagnen.',
  },
  funnel: {
    name: 'Marketing-Trichter',
    description: 'Konversion zwischen den Stufen des Trichters, vom Lead über den qualifizierten Lead zum Kunden.',
  },
  salesRoi: {
    name: 'Umsatz und ROI',
    description:
      'Was Kunden kosten und wert sind, was Marketing einbringt und wie der Umsatz im Vergleich zum Markt wächst.',
  },
  brandCustomer: {
    name: 'Marke und Kunden',
    description:
      'Markengesundheit sowie Zufriedenheit und Loyalität der Kunden, meist aus Befragungen und Kundenzahlen.',
  },
  healthcare: {
    name: 'Gesundheitswesen',
    description: 'Patienten gewinnen, überzeugen und halten, und was ein Patient für eine Praxis wert ist.',
  },
  automotive: {
    name: 'Automobilhandel',
    description: 'Zufriedenheit mit dem Autohaus, Abschluss von Leads und mengenmäßiger Marktanteil.',
  },
  retail: {
    name: 'Handel und E-Commerce',
    description:
      'Bestellwert, abgeschlossene Bestellvorgänge, Konversion im Laden und flächenbereinigtes Umsatzwachstum.',
  },
  manufacturing: {
    name: 'Industrie',
    description:
      'Die Marketing-KPIs für Hersteller: MQL-zu-SQL-Quote, CAC, ROI in der Variante Umsatzwachstum und ROAS.',
  },
  unitEconomics: {
    name: 'Wirtschaftlichkeit pro Kunde',
    description: 'Ob sich die Kundengewinnung lohnt: LTV:CAC, Amortisation, Gesamteffizienz und Gewinnschwellen.',
  },
};

export const CUSTOM_DE: CustomMetricTexts = {
  categoryName: 'Eigene Metriken',
  categoryDescription: 'In Ihren Einstellungen definierte Metriken.',
  userCategoryDescription: (category) => `${category} (aus Ihren Einstellungen).`,
  metricDescription: (name, formula) => `${name}, in Ihren Einstellungen definiert als ${formula}.`,
};
