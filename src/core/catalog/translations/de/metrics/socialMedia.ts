import type { MetricTexts } from '../../types';
import { sumsNotMeans } from '../cautions';

export const SOCIAL_MEDIA_DE = {
  engagementRate: {
    name: 'Interaktionsrate',
    defaultVariantLabel: 'pro Impression',
    variants: { perFollower: 'pro Follower' },
    description:
      'Der Anteil der Menschen, die einen Beitrag sahen und damit interagierten (Likes, Kommentare, Teilen, ' +
      'Speichern, Klicks), oder in der Variante pro Follower die Interaktionen im Verhältnis zur Größe des ' +
      'Publikums. Die Interaktionsrate zeigt, ob Inhalte Resonanz finden, statt nur gesehen zu werden. ' +
      'Kleine Accounts haben tendenziell höhere Raten als große; vergleichen Sie daher mit Accounts ' +
      'ähnlicher Größe.',
    cautions: [
      'Pro Impression und pro Follower ergeben sehr unterschiedliche Zahlen (Beiträge erreichen auch ' +
        'Nicht-Follower, und die meisten Follower sehen einen bestimmten Beitrag nie); geben Sie an, welche ' +
        'Variante gemeint ist, und vergleichen Sie nie die eine mit der anderen.',
      sumsNotMeans('der Interaktionen', 'der Impressionen'),
      'Was als Interaktion zählt, unterscheidet sich je nach Plattform und Tool; bleiben Sie bei einer Definition.',
    ],
    examples: [
      '250 Interaktionen auf einen Beitrag, der 5.000-mal gesehen wurde, ergeben eine Interaktionsrate von 5 %.',
      'Zur Veranschaulichung: dieselben 250 Interaktionen bei einem Account mit 10.000 Followern ergeben ' +
        '2,5 % pro Follower.',
    ],
  },
  followerGrowthRate: {
    name: 'Follower-Wachstumsrate',
    description:
      'Wie schnell das Publikum eines Accounts in einem Zeitraum wächst, gemessen am Ausgangsstand. Die ' +
      'Wachstumsrate vergleicht Accounts unterschiedlicher Größe fairer als die reine Followerzahl. Sprünge ' +
      'gehen meist auf einen viralen Beitrag, eine bezahlte Kampagne oder ein Gewinnspiel zurück; prüfen ' +
      'Sie also, woher die Follower kamen.',
    cautions: [
      'Teilen Sie durch die Follower zu Beginn des Zeitraums und legen Sie fest, ob Zugewinne brutto (neue ' +
        'Follows) oder netto (abzüglich Entfolgungen) zählen; die Tools unterscheiden sich.',
      'Kleine Ausgangswerte übertreiben: 50 neue Follower auf 100 sind 50 %.',
    ],
    examples: ['500 gewonnene Follower bei 10.000 zu Beginn ergeben eine Wachstumsrate von 5 %.'],
  },
} satisfies MetricTexts;
