import type { MetricTexts } from '../../types';
import { UNIQUE_COUNTS_OVERLAP } from '../cautions';

export const TRADITIONAL_ADVERTISING_DE = {
  cpp: {
    name: 'Kosten pro Ratingpunkt',
    description:
      'Der Preis eines Gross Rating Points, also dafür, 1 % der Zielgruppe einmal zu erreichen. Einkäufer ' +
      'von TV-, Radio- und Außenwerbung vergleichen damit Sender, Tageszeiten und Märkte auf gemeinsamer ' +
      'Basis. Fair vergleichbar ist er nur innerhalb derselben Zielgruppe und desselben Marktes.',
    cautions: [
      'Ein Ratingpunkt ist 1 % einer bestimmten Zielgruppe; vergleichen Sie den CPP nur für dieselbe ' +
        'Zielgruppe und denselben Markt.',
      'Für einen Schaltplan teilen Sie die Gesamtkosten durch die gesamten GRPs (GRPs einer Zielgruppe ' +
        'lassen sich addieren); mitteln Sie nicht die CPPs der einzelnen Spots.',
    ],
    examples: ['250.000 € für 100 GRPs ergeben Kosten pro Ratingpunkt von 2.500 €.'],
  },
  frequency: {
    name: 'Durchschnittliche Kontakthäufigkeit',
    description:
      'Wie oft jede erreichte Person die Anzeige im Durchschnitt gesehen hat. Eine Botschaft braucht meist ' +
      'einige Kontakte, um im Gedächtnis zu bleiben, während zu viele Werbemüdigkeit und verschwendetes ' +
      'Budget verursachen. Das richtige Maß hängt von Botschaft, Medium und Kaufzyklus ab.',
    cautions: [
      UNIQUE_COUNTS_OVERLAP + ' Die Kontakthäufigkeit über mehrere Kampagnen braucht deren deduplizierte Reichweite.',
      'Ein Durchschnitt verbirgt die Streuung: Einige Vielseher sehen die Anzeige 20-mal, während die ' +
        'meisten sie einmal sehen.',
    ],
    examples: [
      '500.000 Impressionen bei 100.000 erreichten Personen ergeben eine durchschnittliche ' +
        'Kontakthäufigkeit von 5.',
    ],
  },
  grps: {
    name: 'Bruttoreichweite in Prozent',
    description:
      'Das Gesamtgewicht einer Kampagne in ihrer Zielgruppe: die Reichweite in Prozent mal die ' +
      'durchschnittliche Kontakthäufigkeit. 120 GRPs können bedeuten, dass 60 % der Zielgruppe zweimal oder ' +
      '30 % viermal erreicht wurden. Damit werden TV-, Radio- und Außenwerbepläne bemessen und bepreist.',
    cautions: [
      'GRPs zählen wiederholte Kontakte: Lesen Sie sie zusammen mit der Reichweite, denn dieselbe Summe ' +
        'kann ein schmales, sehr oft erreichtes Publikum verbergen.',
      'GRPs einer Zielgruppe lassen sich über Spots hinweg addieren; die Reichweite nicht, weil sich die ' +
        'Publika überschneiden.',
    ],
    examples: ['60 % der Zielgruppe bei einer durchschnittlichen Kontakthäufigkeit von 2 erreicht ergeben 120 GRPs.'],
  },
  reachRate: {
    name: 'Reichweite (%)',
    description:
      'Der Anteil der Zielgruppe, der die Kampagne mindestens einmal gesehen hat. Die Reichweite beantwortet ' +
      'die Frage „Wie viele der Menschen, die wir wollten, haben wir erreicht?“, die Kontakthäufigkeit ' +
      'dagegen „wie oft“. Mit steigendem Budget wächst die Reichweite immer langsamer, weil die leicht ' +
      'erreichbaren Menschen zuerst erreicht werden.',
    cautions: [
      'Die Reichweite zählt eindeutige Personen: Die Reichweiten zweier Kampagnen oder zweier Wochen lassen ' +
        'sich nicht addieren, weil dieselben Menschen in beiden vorkommen. Übernehmen Sie die deduplizierte ' +
        'Reichweite aus der Quelle.',
      'Reichweite und Zielgruppe müssen dieselbe Grundgesamtheit beschreiben (gleicher Markt, gleiche Altersgruppe).',
    ],
    examples: ['700 erreichte Personen in einer Zielgruppe von 1.000 ergeben eine Reichweite von 70 %.'],
  },
} satisfies MetricTexts;
