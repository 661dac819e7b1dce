import type { MetricTexts } from '../../types';
import { sumsNotMeans } from '../cautions';

export const BRAND_CUSTOMER_DE = {
  brandAwareness: {
    name: 'Markenbekanntheit (gestützt)',
    description:
      'Der Anteil der Befragten, die die Marke wiedererkennen, wenn sie ihnen gezeigt oder genannt wird. ' +
      'Die Kennzahl verfolgt, ob Werbung im oberen Teil des Trichters mit der Zeit Vertrautheit aufbaut. ' +
      'Weil sie aus Befragungen stammt, zählen Stichprobe und Frageformulierung ebenso viel wie die Zahl.',
    cautions: [
      'Gestützte (mit Vorgabe) und ungestützte (ohne Vorgabe genannte) Bekanntheit unterscheiden sich ' +
        'stark; vergleichen Sie nur dieselbe Art, aus Stichproben derselben Grundgesamtheit.',
      'Kleine Stichproben sind ungenau: 40 von 50 sind 80 %, plus oder minus etwa 11 Punkte.',
    ],
    examples: ['40 von 50 Befragten erkennen die Marke: eine gestützte Bekanntheit von 80 %.'],
  },
  churnRate: {
    name: 'Abwanderungsrate (Churn)',
    defaultVariantLabel: 'verlorene Kunden',
    variants: { startNewEnd: 'verloren = zu Beginn + neu − am Ende' },
    description:
      'Der Anteil der Kunden zu Beginn eines Zeitraums, die im Lauf des Zeitraums abgewandert sind. Für ' +
      'Abo- und Wiederkaufsgeschäfte ist die Abwanderungsrate einer der stärksten Werttreiber, denn jeder ' +
      'verlorene Kunde muss ersetzt werden, bevor Wachstum beginnt. Ihr Kehrwert ergibt die erwartete ' +
      'Kundenlebensdauer.',
    cautions: [
      'Der Nenner sind die Kunden zu Beginn des Zeitraums; im Zeitraum gewonnene Kunden bleiben außen vor, ' +
        'sonst erscheint die Abwanderung niedriger, als sie ist.',
      'Monatliche und jährliche Abwanderung lassen sich nicht mit ×12 umrechnen: 5 % pro Monat sind etwa ' +
        '46 % pro Jahr.',
      'Ohne Zahl der verlorenen Kunden wird sie aus den Kunden zu Beginn, den neuen und den Kunden am Ende ' +
        'berechnet: verloren = Beginn + neu − Ende (Farris et al., Marketing Metrics, 2. Aufl., Kap. 5). Die ' +
        'Kunden am Ende können weder die Kunden zu Beginn plus die neuen übersteigen noch unter die neuen fallen.',
    ],
    examples: [
      '50 von 1.000 Kunden im Zeitraum verloren: eine Abwanderungsrate von 5 %.',
      '1.000 Kunden zu Beginn, 100 neue und 1.050 am Ende: 50 verloren, eine Abwanderungsrate von 5 %.',
    ],
  },
  csat: {
    name: 'Kundenzufriedenheitswert',
    description:
      'Der Anteil der Befragten, die angaben, zufrieden zu sein, meist die beiden obersten Antworten auf ' +
      'einer Fünferskala. Der CSAT wird direkt nach einer Interaktion abgefragt und misst daher dieses ' +
      'Erlebnis, nicht die Loyalität insgesamt. Verfolgen Sie ihn je Kontaktpunkt, um zu sehen, wo der ' +
      'Service versagt.',
    cautions: [
      'Zählen Sie nur die obersten Antworten als zufrieden (4 und 5 auf einer Fünferskala) und behalten ' +
        'Sie alle Befragten im Nenner.',
      'Unzufriedene und begeisterte Kunden antworten häufiger als gleichgültige; eine niedrige ' +
        'Rücklaufquote verzerrt den Wert.',
    ],
    examples: ['170 von 200 Befragten zufrieden: ein CSAT von 85 %.'],
  },
  nps: {
    name: 'Net Promoter Score',
    defaultVariantLabel: 'Befragte angegeben',
    variants: { counts: 'Befragte = Promotoren + Passive + Kritiker' },
    description:
      'Ein Loyalitätswert von −100 bis 100: der Prozentsatz der Promotoren minus der Prozentsatz der ' +
      'Kritiker, ermittelt mit der Frage „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ auf ' +
      'einer Skala von 0 bis 10. Der NPS ist einfach zu erheben und über die Zeit zu verfolgen. Richtwerte ' +
      'unterscheiden sich stark nach Branche; vergleichen Sie daher innerhalb Ihrer Branche.',
    cautions: [
      'Promotoren antworten 9–10, Kritiker 0–6; Passive (7–8) bleiben mit allen anderen Befragten im ' +
        'Nenner: Ohne Zahl der Befragten sind die Befragten Promotoren + Passive + Kritiker (Bain & Company, ' +
        'https://www.netpromotersystem.com/about/measuring-your-net-promoter-score/). Promotoren und ' +
        'Kritiker zusammen können die Zahl der Befragten nicht übersteigen.',
      'Runden Sie einmal, am Ende: Werden die Prozentsätze der Promotoren und Kritiker getrennt gerundet, ' +
        'kann sich der Wert verschieben.',
      'Der NPS ist ein Wert, kein Prozentsatz: 60 bedeutet 60 Punkte, nicht 60 %.',
    ],
    examples: [
      '70 % Promotoren und 10 % Kritiker unter 100 Befragten: ein NPS von 60.',
      '70 Promotoren, 20 Passive und 10 Kritiker: 100 Befragte, ein NPS von 60.',
    ],
  },
  retentionRate: {
    name: 'Kundenbindungsrate',
    description:
      'Der Anteil der Kunden zu Beginn eines Zeitraums, die an dessen Ende noch Kunden waren. Neukunden ' +
      'werden abgezogen, weil sie nicht da waren, um gehalten zu werden. Kleine Verbesserungen der ' +
      'Kundenbindung summieren sich zu großen Zuwächsen beim Kundenlebenszeitwert.',
    cautions: [
      'Ziehen Sie die im Zeitraum gewonnenen Kunden ab; sonst gibt sich Wachstum als Kundenbindung aus.',
      'Die Rate liegt zwischen 0 und 100 %: Mehr gehaltene Kunden (am Ende, abzüglich der neuen) als zu ' +
        'Beginn oder mehr neue Kunden als am Ende sind ein Eingabefehler und ergeben keinen Wert (Farris et ' +
        'al., Marketing Metrics, 2. Aufl., Kap. 5).',
      'Kundenbindung und Abwanderung ergeben nur dann zusammen 100 %, wenn beide dieselbe Basis zu Beginn ' +
        'des Zeitraums und denselben Zeitraum verwenden.',
    ],
    examples: ['Mit 500 Kunden zu Beginn, 50 gewonnenen und 510 am Ende: eine Kundenbindungsrate von 92 %.'],
  },
  shareOfVoice: {
    name: 'Share of Voice',
    description:
      'Der Anteil Ihrer Marke an allen Werbeausgaben oder an allen Erwähnungen in ihrer Kategorie. Ein ' +
      'Share of Voice über dem Marktanteil geht einem Wachstum des Marktanteils oft voraus, weshalb Planer ' +
      'beide zusammen beobachten. Er lässt sich in Geld oder in Erwähnungen messen, aber immer nur in einem ' +
      'von beiden.',
    cautions: [
      'Messen Sie Marke und Kategorie auf dieselbe Weise und über denselben Zeitraum (Ausgaben mit ' +
        'Ausgaben, Erwähnungen mit Erwähnungen, dieselben Kanäle); die Summe der Kategorie enthält Ihre Marke.',
      sumsNotMeans('der Markenpräsenz', 'der Kategoriepräsenz'),
    ],
    examples: [
      '5 Mio. € Werbeausgaben in einer Kategorie mit 20 Mio. € Ausgaben: ein Share of Voice von 25 %.',
      '2.000 von 10.000 Erwähnungen in der Kategorie: ein Share of Voice von 20 %.',
    ],
  },
} satisfies MetricTexts;
