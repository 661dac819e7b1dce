import type { MetricTexts } from '../../types';
import { GA4_FRACTIONS, PLATFORM_CONVERSIONS, sumsNotMeans } from '../cautions';

export const WEB_ANALYTICS_DE = {
  avgSessionDuration: {
    name: 'Durchschnittliche Sitzungsdauer',
    description:
      'Wie lange ein Besuch im Durchschnitt dauert, in Sekunden. Längere Besuche bedeuten meist, dass ' +
      'Besucher lesenswerte Inhalte gefunden haben, doch auch eine verwirrende Website kann Menschen lange ' +
      'suchen lassen. Vergleichen Sie sie zwischen Seiten oder Quellen mit ähnlichem Zweck statt über die ' +
      'ganze Website.',
    cautions: [
      sumsNotMeans('der Sitzungsdauer', 'der Sitzungen'),
      'Universal Analytics zählte die letzte Seite eines Besuchs mit null Sekunden; GA4 misst die ' +
        'Interaktionszeit. Werte aus beiden sind nicht vergleichbar.',
    ],
    examples: [
      'Zur Veranschaulichung: 45.000 Sekunden über 300 Sitzungen ergeben einen Durchschnitt von 150 Sekunden.',
    ],
  },
  bounceRate: {
    name: 'Absprungrate',
    defaultVariantLabel: 'Sitzungen mit nur einer Seite (Universal Analytics)',
    variants: { ga4: 'GA4: Sitzungen ohne Interaktion' },
    description:
      'Der Anteil der Sitzungen, die nach einer einzigen Seite ohne weitere Interaktion endeten. Eine hohe ' +
      'Absprungrate auf einer Landingpage deutet darauf hin, dass die Seite nicht den Erwartungen der ' +
      'Besucher entsprach; auf einem Blogartikel oder einer Kontaktseite kann sie völlig normal sein. Lesen ' +
      'Sie sie je Seite und je Traffic-Quelle.',
    cautions: [
      'GA4 definiert die Absprungrate als 1 − Engagement-Rate (Sitzungen unter 10 Sekunden mit einer Seite ' +
        'und ohne Conversion), nicht als Sitzungen mit nur einer Seite / Sitzungen wie Universal Analytics; ' +
        'dieselbe Website sieht unter beiden Definitionen sehr unterschiedlich aus. Sind Sitzungen mit ' +
        'Interaktion und keine Sitzungen mit nur einer Seite gegeben (ein GA4-Export), wird die GA4-Form ' +
        'verwendet (https://support.google.com/analytics/answer/12195621).',
      sumsNotMeans('der Sitzungen mit nur einer Seite', 'der Sitzungen'),
      GA4_FRACTIONS,
    ],
    examples: ['100 von 250 Sitzungen endeten nach einer Seite: eine Absprungrate von 40 %.'],
  },
  conversionRate: {
    name: 'Konversionsrate',
    defaultVariantLabel: 'pro Sitzung',
    variants: {
      perVisitor: 'pro Besucher (Nutzer)',
      perClick: 'pro Klick („Conv.-Rate“ der Werbeplattformen)',
      perImpression: 'pro Impression (CVR bei TikTok)',
    },
    description:
      'Der Anteil der Besuche (oder, in der Variante pro Besucher, der Besucher), die ein Ziel wie einen ' +
      'Kauf oder eine Anmeldung erreicht haben. Die Konversionsrate ist die Brücke zwischen Traffic und ' +
      'Ergebnis: Verdoppelt sie sich, verdoppelt sich das Ergebnis, ohne dass mehr Besuche gekauft werden ' +
      'müssen. Vergleichen Sie sie nach Quelle und Gerät, denn die Kaufabsicht unterscheidet sich stark.',
    cautions: [
      'Pro Sitzung und pro Nutzer sind verschiedene Kennzahlen (GA4 weist beide als Sitzungs- und ' +
        'Nutzer-Konversionsrate aus): Ein Besucher, der vor dem Kauf dreimal wiederkommt, senkt die erste, ' +
        'nicht die zweite.',
      'Für einen Gesamtwert teilen Sie die Summe der Conversions durch die Summe der Sitzungen; Besucher ' +
        'sind eindeutig und überschneiden sich über Tage und Kanäle, daher lässt sich die Variante pro ' +
        'Besucher nicht durch Addieren der Besucher summieren.',
      PLATFORM_CONVERSIONS,
    ],
    examples: [
      'Zur Veranschaulichung: 90 Conversions in 3.000 Sitzungen ergeben eine Konversionsrate von 3 % pro Sitzung.',
      'Zur Veranschaulichung: dieselben 90 Conversions von 2.250 Besuchern ergeben 4 % pro Besucher.',
    ],
  },
  pagesPerSession: {
    name: 'Seiten pro Sitzung',
    description:
      'Die durchschnittliche Zahl der in einem Besuch angesehenen Seiten. Mehr Seiten bedeuten meist, dass ' +
      'Besucher die Website erkunden, was zu Content- und Katalogseiten passt. Auf einer Website für ' +
      'schnelle Antworten kann eine niedrige Zahl heißen, dass der Besucher sofort gefunden hat, was er ' +
      'brauchte.',
    cautions: [
      sumsNotMeans('der Seitenaufrufe', 'der Sitzungen'),
      'Mehr ist nicht immer besser: Auch ein Besucher, der etwas sucht und nicht findet, ruft viele Seiten auf.',
    ],
    examples: ['Zur Veranschaulichung: 7.500 Seitenaufrufe in 2.500 Sitzungen ergeben 3 Seiten pro Sitzung.'],
  },
  sessionEngagementRate: {
    name: 'Engagement-Rate (Sitzungen)',
    description:
      'Der Anteil der Sitzungen, die GA4 als Sitzungen mit Interaktion zählt: länger als 10 Sekunden, mit ' +
      'einem Schlüsselereignis oder mit zwei oder mehr Seiten- bzw. Bildschirmaufrufen. GA4 weist sie als ' +
      '„Engagement-Rate“ aus; ihr Gegenstück ist die Absprungrate von GA4. Auf Seiten, bei denen ein ' +
      'einziger Aufruf der ganze Zweck ist, sagt sie mehr als eine Absprungrate.',
    cautions: [
      sumsNotMeans('der Sitzungen mit Interaktion', 'der Sitzungen'),
      'Die Absprungrate von GA4 ist 1 − diese Rate, nicht Sitzungen mit nur einer Seite / Sitzungen wie ' +
        'in Universal Analytics.',
      'Nicht die Interaktionsrate aus sozialen Medien, die Interaktionen durch Impressionen oder Follower teilt.',
    ],
    examples: [
      'Zur Veranschaulichung: 1.800 Sitzungen mit Interaktion von 3.000 Sitzungen ergeben eine ' +
        'Engagement-Rate von 60 %.',
    ],
  },
} satisfies MetricTexts;
