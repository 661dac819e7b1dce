import type { MetricTexts } from '../../types';
import {
  CAC_SCOPE,
  PLATFORM_CONVERSIONS,
  REVENUE_NOT_PROFIT,
  ROAS_IS_NOT_ROI,
  noValueWithout,
  sumsNotMeans,
} from '../cautions';

export const SALES_ROI_DE = {
  cac: {
    name: 'Kundenakquisitionskosten',
    description:
      'Was es im Durchschnitt kostet, einen Neukunden zu gewinnen: die Marketingausgaben (und, voll ' +
      'belastet, die Vertriebsausgaben) geteilt durch die damit gewonnenen Kunden. Die CAC bedeuten nur ' +
      'etwas neben dem Wert eines Kunden, deshalb werden sie am Kundenlebenszeitwert gemessen. Steigende ' +
      'CAC sind oft das erste Zeichen, dass ein Kanal gesättigt ist.',
    cautions: [
      CAC_SCOPE,
      'Zählen Sie nur Neukunden, keine Wiederkäufer, und achten Sie auf den Zeitraum: Ausgaben, die erst ' +
        'im nächsten Quartal zum Abschluss führen, gehören zu den Kunden des nächsten Quartals.',
      sumsNotMeans('der Kosten', 'der Neukunden'),
    ],
    examples: ['100.000 € Marketingausgaben, die 200 Neukunden bringen, ergeben CAC von 500 €.'],
  },
  clv: {
    name: 'Kundenlebenszeitwert',
    defaultVariantLabel: 'Umsatz über die Kundenlebensdauer',
    variants: {
      margin: 'Bruttogewinn über die Kundenlebensdauer',
      churn: 'monatliche Marge ÷ monatliche Abwanderung',
    },
    description:
      'Der Umsatz, den ein durchschnittlicher Kunde über die gesamte Kundenbeziehung bringt: wie viel er ' +
      'pro Kauf ausgibt, wie oft er kauft und über wie viele Jahre. Der CLV zeigt, wie viel Sie sich leisten ' +
      'können, um einen Kunden zu gewinnen und zu halten. Segmentieren Sie ihn: Treue Kunden und ' +
      'Einmalkäufer unterscheiden sich enorm.',
    cautions: [
      REVENUE_NOT_PROFIT + ' Sonst sieht LTV:CAC besser aus, als es ist.',
      'Durchschnitte verbergen Schiefe: Einige Vielkäufer heben den mittleren Kaufwert und die mittlere ' +
        'Lebensdauer.',
      'Ist eine Bruttomarge gegeben, wird der CLV auf Basis des Bruttogewinns berechnet (× Marge) und ' +
        'LTV:CAC ebenso. Ohne Kaufwert, Kaufhäufigkeit und Lebensdauer ist er monatlicher Umsatz pro Kunde ' +
        '× Marge ÷ monatliche Abwanderung, die Abo-Form (D. Skok, SaaS Metrics 2.0, ' +
        'https://www.forentrepreneurs.com/saas-metrics-2/): Umsatz und Abwanderung müssen sich auf ' +
        'denselben Zeitraum beziehen.',
    ],
    examples: [
      '50 € pro Kauf, 6 Käufe pro Jahr, über 3 Jahre: ein Kundenlebenszeitwert von 900 €.',
      'Derselbe Kunde bei 40 % Bruttomarge: ein Kundenlebenszeitwert von 360 € Bruttogewinn.',
      '80 € pro Monat bei 75 % Marge, wobei monatlich 5 % der Kunden abwandern: ein Kundenlebenszeitwert ' +
        'von 1.200 €.',
    ],
  },
  marketShare: {
    name: 'Marktanteil',
    description:
      'Ihr Umsatz als Anteil am Gesamtumsatz Ihres Marktes, gemessen in Geld oder in Stück. Der Marktanteil ' +
      'zeigt, ob Sie schneller oder langsamer wachsen als die Konkurrenz, was das Umsatzwachstum allein ' +
      'nicht kann. Wert- und Mengenanteil weichen voneinander ab, sobald Ihre Preise von denen des Marktes ' +
      'abweichen.',
    cautions: [
      'Verwenden Sie an beiden Stellen dieselbe Basis (Geld mit Geld, Stück mit Stück) und dieselbe ' +
        'Marktdefinition (Region, Kategorie, Zeitraum) für das Unternehmen und den Gesamtmarkt.',
      sumsNotMeans('des eigenen Umsatzes', 'des Marktvolumens'),
    ],
    examples: [
      'Ein Umsatz von 50 Mio. € in einem Markt von 500 Mio. €: ein Marktanteil von 10 %.',
      '2,55 Mio. verkaufte Fahrzeuge in einem Markt von 17 Mio. Einheiten: ein mengenmäßiger Marktanteil ' +
        'von 15 %.',
    ],
  },
  roas: {
    name: 'Werbekostenrentabilität',
    description:
      'Der Umsatz pro Geldeinheit Werbeausgaben, angegeben als Faktor (5,0x bedeutet 5 € zurück pro 1 €). ' +
      'Der ROAS ist die alltägliche Effizienzkennzahl für Kampagnen und Kanäle. Ob ein ROAS profitabel ist, ' +
      'hängt von der Marge ab: Vergleichen Sie ihn mit dem Gewinnschwellen-ROAS.',
    cautions: [ROAS_IS_NOT_ROI, PLATFORM_CONVERSIONS, sumsNotMeans('des Umsatzes', 'der Kosten')],
    examples: ['50.000 € Umsatz, die 10.000 € Werbung zugeordnet werden: ein ROAS von 5,0x.'],
  },
  roi: {
    name: 'Rendite der (Marketing-)Investition',
    defaultVariantLabel: 'auf Basis des Bruttogewinns',
    variants: { revenue: 'auf Umsatzbasis', salesGrowth: 'auf Basis des Umsatzwachstums' },
    description:
      'Der Gewinn, den Marketing nach Abzug seiner eigenen Kosten erwirtschaftet hat, in Prozent dieser ' +
      'Kosten. 100 % bedeuten, dass die Kampagne ihr Geld verdoppelt hat; unter 0 % hat sie Geld verloren. ' +
      'Standard ist der Bruttogewinn; die Umsatzbasis ist eine gröbere Abkürzung, die Basis ' +
      'Umsatzwachstum ist der KPI aus der Industrie.',
    cautions: [
      ROAS_IS_NOT_ROI,
      'Die Umsatzbasis ignoriert die Produktkosten und kann bei einer Kampagne, die Geld verloren hat, ' +
        'einen Gewinn zeigen.',
      'Die Basis Umsatzwachstum rechnet dem Marketing das gesamte Wachstum zu, auch solches, das es nicht ' +
        'verursacht hat (Saison, Preise, Distribution).',
    ],
    examples: [
      'Eine Kampagne für 50.000 €, die 100.000 € Bruttogewinn bringt: ein ROI von 100 %.',
      'Auf Umsatzbasis ergeben die 200.000 € Umsatz derselben Kampagne 300 %.',
      'Zur Veranschaulichung: 150.000 € Umsatzwachstum bei 50.000 € Marketingkosten ergeben 200 %.',
    ],
  },
  salesGrowthRate: {
    name: 'Umsatzwachstumsrate',
    description:
      'Wie stark der Umsatz gegenüber der Vorperiode gestiegen oder gefallen ist, in Prozent. Die ' +
      'Wachstumsrate ist die einfachste Messung der Dynamik. Vergleichen Sie gleichartige Zeiträume (bei ' +
      'saisonalem Geschäft dieses Quartal mit demselben Quartal des Vorjahres) und lesen Sie sie zusammen ' +
      'mit dem Marktanteil.',
    cautions: [
      noValueWithout('Vorperiodenumsatz'),
      'Wachstum von einer kleinen Basis wirkt groß; prüfen Sie die Beträge ebenso wie die Rate.',
    ],
    examples: ['Umsatz steigt von 10 Mio. € auf 12 Mio. €: eine Wachstumsrate von 20 %.'],
  },
} satisfies MetricTexts;
