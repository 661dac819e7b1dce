import type { MetricTexts } from '../../types';
import { CAC_SCOPE, ROAS_IS_NOT_ROI, sumsNotMeans } from '../cautions';

export const UNIT_ECONOMICS_DE = {
  ltvToCac: {
    name: 'LTV:CAC-Verhältnis',
    description:
      'Wie oft der Lebenszeitwert eines Kunden die Kosten seiner Gewinnung deckt. Etwa 3x gilt als übliche ' +
      'Messlatte für ein gesundes Geschäft; unter 1x verliert jeder Neukunde Geld. Weit über 3x kann ' +
      'bedeuten, dass das Unternehmen zu wenig in Wachstum investiert.',
    cautions: [
      'Ist eine Bruttomarge gegeben, ist der CLV Bruttogewinn statt Umsatz, und damit auch der Zähler ' +
        'dieses Verhältnisses; ein umsatzbasierter CLV überzeichnet es um den Faktor 1 ÷ Marge.',
      CAC_SCOPE + ' Reine Paid-CAC schönen dieses Verhältnis.',
      'Verwenden Sie einen margenbasierten Lebenszeitwert; ein umsatzbasierter CLV überzeichnet das Verhältnis.',
    ],
    examples: ['Zur Veranschaulichung: ein Lebenszeitwert von 1.500 € gegenüber CAC von 500 € ergibt 3,0x.'],
  },
  cacPaybackMonths: {
    name: 'CAC-Amortisationsdauer',
    description:
      'Wie viele Monate Bruttogewinn eines Kunden nötig sind, um die Kosten seiner Gewinnung wieder ' +
      'einzuspielen. Kürzere Amortisationszeiten machen früher Geld für Wachstum frei; Abo-Unternehmen ' +
      'streben oft unter 12 Monate an. Lesen Sie die Dauer zusammen mit der Abwanderung: Ein Kunde, der vor ' +
      'der Amortisation geht, zahlt die Kosten nie zurück.',
    cautions: [
      CAC_SCOPE,
      'Rechnen Sie mit der Bruttomarge, nicht allein mit dem Umsatz: Eine Amortisation aus Umsatz ' +
        'übersieht, was es kostet, den Kunden zu bedienen.',
      'Die Kennzahl setzt voraus, dass der Umsatz pro Kunde gleich bleibt; Ausweitung oder Rabatte ' +
        'verändern das Ergebnis.',
    ],
    examples: [
      'Zur Veranschaulichung: CAC von 600 €, 80 € pro Monat und Kunde bei 75 % Marge amortisieren sich in ' +
        '10 Monaten.',
    ],
  },
  mer: {
    name: 'Marketing-Effizienzquote',
    description:
      'Gesamtumsatz geteilt durch die gesamten Marketingausgaben über alle Kanäle. Weil die MER keine ' +
      'Attribution braucht, ist sie immun dagegen, dass Plattformen denselben Verkauf doppelt beanspruchen, ' +
      'und gibt einen ehrlichen Gesamtblick. Welcher Kanal gewirkt hat, kann sie nicht sagen; nutzen Sie ' +
      'sie daher neben dem ROAS der Kanäle.',
    cautions: [
      'Verwenden Sie alle Marketingausgaben und den gesamten Umsatz desselben Zeitraums; mit den Ausgaben ' +
        'nur eines Kanals wird daraus der Kanal-ROAS.',
      ROAS_IS_NOT_ROI,
    ],
    examples: [
      'Zur Veranschaulichung: 400.000 € Gesamtumsatz bei 100.000 € Marketingausgaben ergeben eine MER von 4,0x.',
    ],
  },
  emailClickRate: {
    name: 'Klickrate (E-Mail)',
    defaultVariantLabel: 'zugestellte E-Mails',
    variants: { sentLessBounced: 'zugestellt = gesendet − unzustellbar' },
    description:
      'Der Anteil der zugestellten E-Mails, in denen der Empfänger mindestens einen Link geklickt hat. ' +
      'Anders als die Öffnungsrate verlangt die Klickrate eine bewusste Handlung und ist daher das ' +
      'verlässlichere Maß für Engagement. Anders als die CTOR spiegelt sie sowohl die Betreffzeile als auch ' +
      'den Inhalt wider.',
    cautions: [
      'Nicht die CTOR: Sie teilt durch zugestellte E-Mails (gesendet abzüglich unzustellbar, wenn diese ' +
        'beiden gegeben sind), sodass durch Apple Mail Privacy Protection überhöhte Öffnungen sie nicht ' +
        'beeinflussen.',
      sumsNotMeans('der eindeutigen Klicks', 'der zugestellten E-Mails'),
      'Sicherheitsscanner, die Links folgen, können Klicks aufblähen, besonders bei geschäftlichen Empfängern.',
    ],
    examples: [
      'Zur Veranschaulichung: 250 Klickende unter 10.000 zugestellten E-Mails ergeben eine Klickrate von 2,5 %.',
    ],
  },
  breakEvenRoas: {
    name: 'Gewinnschwellen-ROAS',
    description:
      'Der ROAS, bei dem der durch Anzeigen erzielte Bruttogewinn die Anzeigen genau bezahlt: eins geteilt ' +
      'durch die Bruttomarge. Kampagnen darüber verdienen schon mit der ersten Bestellung Geld; darunter ' +
      'brauchen sie Wiederholungskäufe, um sich zu rechnen. Produkte mit geringerer Marge brauchen einen ' +
      'viel höheren ROAS.',
    cautions: [
      'Er deckt nur die Produktkosten ab; Gebühren, Retouren und Fixkosten schieben die tatsächliche ' +
        'Gewinnschwelle nach oben.',
      'grossMarginRate ist ein Anteil: 0,4 für 40 % Marge.',
    ],
    examples: [
      'Zur Veranschaulichung: Bei 40 % Bruttomarge erreichen Anzeigen die Gewinnschwelle bei einem ROAS von 2,5x.',
    ],
  },
  customerLifetime: {
    name: 'Erwartete Kundenlebensdauer',
    description:
      'Wie viele Perioden ein durchschnittlicher Kunde voraussichtlich bleibt, geschätzt als eins geteilt ' +
      'durch die Abwanderungsrate. Die Kennzahl macht aus der Abwanderung eine Zahl, die leichter zu ' +
      'erfassen ist, und fließt in den Lebenszeitwert ein. Sie setzt eine gleichbleibende Abwanderung ' +
      'voraus, an die sich neuere Kunden oft nicht halten.',
    cautions: [
      'Die Einheit ist die Periode der Abwanderungsrate: Monatliche Abwanderung ergibt Monate, jährliche ' +
        'ergibt Jahre.',
      'Die zugrunde liegende Abwanderungsrate muss die Kunden zu Beginn des Zeitraums als Nenner verwenden.',
    ],
    examples: ['Zur Veranschaulichung: 5 % Abwanderung pro Monat bedeuten eine erwartete Lebensdauer von 20 Monaten.'],
  },
} satisfies MetricTexts;
