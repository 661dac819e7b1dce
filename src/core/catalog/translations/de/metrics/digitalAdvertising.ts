import type { MetricTexts } from '../../types';
import {
  COST_MICROS,
  META_CTR_PERCENT,
  PLATFORM_CONVERSIONS,
  UNIQUE_COUNTS_OVERLAP,
  noValueWithout,
  sumsNotMeans,
} from '../cautions';

export const DIGITAL_ADVERTISING_DE = {
  ctr: {
    name: 'Klickrate',
    defaultVariantLabel: 'Link-Klicks',
    variants: { allClicks: 'alle Klicks (Metas „CTR (alle)“)' },
    description:
      'Der Anteil der Anzeigenimpressionen, die zu einem Klick führten. Die Klickrate zeigt, wie gut ' +
      'Botschaft und Targeting einer Anzeige die Aufmerksamkeit der Menschen gewinnen, die sie sehen; viele ' +
      'Impressionen bei niedriger CTR deuten meist auf geringe Relevanz hin. Richtwerte schwanken stark: ' +
      'Suchanzeigen erreichen oft ein Vielfaches der CTR von Displayanzeigen.',
    cautions: [sumsNotMeans('der Klicks', 'der Impressionen'), META_CTR_PERCENT, noValueWithout('Impressionen')],
    examples: ['Zur Veranschaulichung: 120 Klicks bei 4.000 Impressionen ergeben eine CTR von 3 %.'],
  },
  cpa: {
    name: 'Kosten pro Akquisition',
    description:
      'Was eine Conversion im Durchschnitt gekostet hat: die Ausgaben geteilt durch die damit erzielten ' +
      'Conversions. Der CPA ist das übliche Gebotsziel von Performance-Kampagnen und nur so aussagekräftig ' +
      'wie die Conversion, die er zählt. Messen Sie ihn am Wert einer Conversion, nicht nur an anderen Kampagnen.',
    cautions: [PLATFORM_CONVERSIONS, sumsNotMeans('der Kosten', 'der Conversions'), noValueWithout('Conversions')],
    examples: ['Zur Veranschaulichung: 2.000 € Ausgaben für 40 Conversions ergeben einen CPA von 50 €.'],
  },
  cpc: {
    name: 'Kosten pro Klick',
    defaultVariantLabel: 'Link-Klicks',
    variants: { allClicks: 'alle Klicks (Metas „CPC (alle)“)' },
    description:
      'Der durchschnittliche Preis für einen Klick auf eine Anzeige. Er spiegelt sowohl den Wettbewerb in ' +
      'der Auktion als auch die Anzeigenqualität wider: Eine relevantere Anzeige zahlt meist weniger pro ' +
      'Klick. Ein niedriger CPC ist nur dann gut, wenn die Klicks auch konvertieren; lesen Sie ihn daher ' +
      'zusammen mit Konversionsrate und CPA.',
    cautions: [sumsNotMeans('der Kosten', 'der Klicks'), COST_MICROS],
    examples: ['Zur Veranschaulichung: 600 € Ausgaben für 400 Klicks ergeben einen CPC von 1,50 €.'],
  },
  cpe: {
    name: 'Kosten pro Interaktion',
    description:
      'Die durchschnittlichen Kosten einer Interaktion mit bezahlten Social-Media- oder Videoinhalten: ein ' +
      'Like, ein Kommentar, ein Teilen, ein Speichern oder ein Klick. Der CPE passt zu Kampagnen, deren Ziel ' +
      'Aufmerksamkeit statt Verkauf ist. Günstige Interaktionen sind nicht automatisch wertvolle; prüfen ' +
      'Sie, wozu sie führen.',
    cautions: [
      sumsNotMeans('der Kosten', 'der Interaktionen'),
      'Was als Interaktion zählt, unterscheidet sich je nach Plattform (Likes, Teilen, Klicks, ' +
        'Videoaufrufe); vergleichen Sie den CPE nur bei gleicher Definition.',
    ],
    examples: ['Zur Veranschaulichung: 300 € Ausgaben für 1.200 Interaktionen ergeben einen CPE von 0,25 €.'],
  },
  cpl: {
    name: 'Kosten pro Lead',
    description:
      'Die durchschnittlichen Kosten eines Leads: eines Interessenten, der Kontaktdaten hinterlassen oder um ' +
      'Kontaktaufnahme gebeten hat. Der CPL ist die zentrale Effizienzkennzahl von B2B- und ' +
      'Leadgenerierungs-Kampagnen. Ein günstiger Lead, der nie kauft, ist teuer; lesen Sie den CPL daher ' +
      'zusammen mit der Lead-zu-Kunde-Quote und den CAC.',
    cautions: [
      sumsNotMeans('der Kosten', 'der Leads'),
      'Die Leadqualität hängt von der Quelle ab: Ein Kanal mit niedrigem CPL und schwacher Abschlussquote ' +
        'kann pro Kunde mehr kosten.',
    ],
    examples: ['Zur Veranschaulichung: 5.000 € Ausgaben für 125 Leads ergeben einen CPL von 40 €.'],
  },
  cpm: {
    name: 'Tausend-Kontakt-Preis',
    description:
      'Der Preis für tausend Anzeigenimpressionen (im Deutschen meist TKP), die übliche Einheit, in der ' +
      'Display-, Social-Media- und Videoinventar gekauft und verglichen wird. Er misst die Kosten des ' +
      'Gesehenwerdens, nicht die einer Reaktion. Ein niedriger TKP bei einem Publikum, das nie handelt, ist ' +
      'ein schlechter Gegenwert; wägen Sie ihn gegen CTR und Conversions ab.',
    cautions: [sumsNotMeans('der Kosten', 'der Impressionen'), COST_MICROS],
    examples: ['Zur Veranschaulichung: 900 € Ausgaben für 300.000 Impressionen ergeben einen TKP von 3 €.'],
  },
  impressions: {
    name: 'Impressionen',
    description:
      'Wie oft eine Anzeige ausgeliefert wurde, wiederholte Auslieferungen an dieselbe Person eingeschlossen. ' +
      'Mediapläne schätzen sie vor dem Kampagnenstart als Reichweite mal durchschnittliche ' +
      'Kontakthäufigkeit. Sie sind die Grundlage von TKP, CTR und Kontakthäufigkeit und sagen für sich ' +
      'allein nichts darüber, ob jemand die Anzeige bemerkt hat.',
    cautions: [
      'Eine ausgelieferte Impression ist keine gesehene: Sichtbarkeitsstandards (die Hälfte der Anzeige ' +
        'eine Sekunde lang im Bild) zählen deutlich weniger.',
      UNIQUE_COUNTS_OVERLAP,
    ],
    examples: [
      'Zur Veranschaulichung: 100.000 erreichte Personen mit durchschnittlich 5 Kontakten ergeben ' +
        '500.000 Impressionen.',
    ],
  },
  vcr: {
    name: 'Video-Abschlussrate',
    description:
      'Der Anteil der gestarteten Videoanzeigen, die bis zum Ende angesehen wurden. Die VCR zeigt, ob das ' +
      'Motiv die Aufmerksamkeit hält, und sinkt, je länger Videos werden. Überspringbare Formate werden in ' +
      'der Regel weit seltener zu Ende gesehen als nicht überspringbare; vergleichen Sie daher nur gleiche ' +
      'Formate.',
    cautions: [
      sumsNotMeans('der vollständigen Wiedergaben', 'der Starts'),
      'Plattformen definieren Starts und vollständige Wiedergaben unterschiedlich (Autoplay, 95 % oder ' +
        '100 % angesehen); vergleichen Sie die VCR nur innerhalb einer Plattform.',
    ],
    examples: [
      'Zur Veranschaulichung: 1.800 von 6.000 gestarteten Videos bis zum Ende angesehen ergeben eine VCR ' +
        'von 30 %.',
    ],
  },
} satisfies MetricTexts;
