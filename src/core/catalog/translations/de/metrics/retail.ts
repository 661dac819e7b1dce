import type { MetricTexts } from '../../types';
import { noValueWithout, sumsNotMeans } from '../cautions';

export const RETAIL_DE = {
  aov: {
    name: 'Durchschnittlicher Bestellwert',
    description:
      'Der durchschnittlich pro Bestellung ausgegebene Betrag. Wer ihn mit Bundles, Upselling oder ' +
      'Schwellen für kostenlosen Versand erhöht, steigert den Umsatz ohne mehr Traffic. Zusammen mit ' +
      'Konversionsrate und Traffic ergibt er den Onlineumsatz; lesen Sie die drei daher zusammen.',
    cautions: [
      sumsNotMeans('des Umsatzes', 'der Bestellungen'),
      'Legen Sie fest, ob der Umsatz Steuern, Versand und Erstattungen enthält, und halten Sie das über ' +
        'Zeiträume gleich; einige sehr große Bestellungen verzerren den Durchschnitt.',
    ],
    examples: ['50.000 € Umsatz aus 2.000 Bestellungen: ein durchschnittlicher Bestellwert von 25 €.'],
  },
  cartAbandonmentRate: {
    name: 'Warenkorbabbruchrate',
    description:
      'Der Anteil der Warenkörbe, die angelegt, aber nie zu einem abgeschlossenen Kauf wurden. 60–80 % ' +
      'sind im E-Commerce üblich; sinnvoll ist daher der Vergleich mit Ihren eigenen früheren Werten. ' +
      'Unerwartete Versandkosten, eine erzwungene Kontoerstellung und ein langer Bestellprozess sind die ' +
      'üblichen Ursachen.',
    cautions: [
      'Zählen Sie Warenkörbe, nicht „In den Warenkorb“-Ereignisse: Ein Warenkorb kann viele Hinzufügungen ' +
        'erhalten.',
      sumsNotMeans('der abgebrochenen Warenkörbe', 'der angelegten Warenkörbe'),
    ],
    examples: ['1.000 angelegte Warenkörbe und 300 abgeschlossene Käufe: eine Warenkorbabbruchrate von 70 %.'],
  },
  footTrafficConversionRate: {
    name: 'Konversionsrate der Ladenbesucher',
    description:
      'Der Anteil der Menschen, die ein Ladengeschäft betreten und etwas gekauft haben. Die Rate ist das ' +
      'Gegenstück zur Konversionsrate einer Website und spiegelt Personal, Ladengestaltung, Warenbestand ' +
      'und Warteschlangen wider. Vergleichen Sie sie nach Stunde und Tag, um das Personal an die ' +
      'Besucherfrequenz anzupassen.',
    cautions: [
      'Türzähler zählen Eintritte, darunter Personal, Kinder und denselben Kunden zweimal; kalibrieren Sie ' +
        'den Zähler, sonst fällt die Rate zu niedrig aus.',
      sumsNotMeans('der Transaktionen', 'der Ladenbesucher'),
    ],
    examples: ['100 Transaktionen bei 500 Ladenbesuchern: eine Konversionsrate von 20 %.'],
  },
  sameStoreSalesGrowth: {
    name: 'Flächenbereinigtes Umsatzwachstum',
    description:
      'Umsatzwachstum, das nur Filialen zählt, die in beiden Zeiträumen geöffnet waren, damit Eröffnungen ' +
      'und Schließungen das Bild nicht verzerren. Es trennt die Gesundheit des bestehenden Geschäfts vom ' +
      'Wachstum, das durch Expansion erkauft wurde. Investoren im Handel beobachten es genauer als den ' +
      'Gesamtumsatz.',
    cautions: [
      'Nehmen Sie nur Filialen auf, die in beiden Zeiträumen durchgehend geöffnet waren (meist mindestens ' +
        '12 Monate); neue, geschlossene und umgebaute Filialen verzerren den Wert.',
      noValueWithout('Vorperiodenumsatz vergleichbarer Filialen'),
    ],
    examples: ['Umsatz vergleichbarer Filialen steigt von 5,0 Mio. € auf 5,5 Mio. €: ein Wachstum von 10 %.'],
  },
} satisfies MetricTexts;
