import type { MetricTexts } from '../../types';
import { CAC_SCOPE, REVENUE_NOT_PROFIT, sumsNotMeans } from '../cautions';

export const HEALTHCARE_DE = {
  newPatientConversionRate: {
    name: 'Neupatienten-Konversionsrate',
    description:
      'Der Anteil der Patientenanfragen (Anrufe, Formulare, Chats), aus denen ein erster Termin wurde. Die ' +
      'Rate zeigt, wie gut Empfang und Terminvergabe Interesse in Patienten verwandeln. Eine niedrige Rate ' +
      'bei vielen Anfragen deutet meist auf Verfügbarkeit, Reaktionsgeschwindigkeit oder Preise hin.',
    cautions: [
      'Zählen Sie die Anfrage einer Person nur einmal: Wiederholte Anrufe derselben Person senken die Rate.',
      sumsNotMeans('der Neupatienten', 'der Anfragen'),
    ],
    examples: ['50 Neupatienten aus 200 Anfragen: eine Konversionsrate von 25 %.'],
  },
  pac: {
    name: 'Patientenakquisitionskosten',
    description:
      'Die Marketingkosten, um einen Neupatienten zu gewinnen: die CAC des Gesundheitswesens. Eine Praxis ' +
      'entscheidet damit, welche Kanäle sich lohnen. Aussagekräftig sind sie nur neben dem, was ein Patient ' +
      'über die Jahre wert ist, dem Patientenlebenszeitwert.',
    cautions: [CAC_SCOPE, sumsNotMeans('der Kosten', 'der Neupatienten')],
    examples: ['5.000 € Marketing, die 25 Neupatienten bringen: PAC von 200 €.'],
  },
  plv: {
    name: 'Patientenlebenszeitwert',
    description:
      'Der Umsatz, den ein durchschnittlicher Patient über die Jahre bringt, die er einer Praxis treu ' +
      'bleibt: Umsatz pro Besuch mal Besuche pro Jahr mal Jahre der Bindung. Der PLV bestimmt, wie viel die ' +
      'Gewinnung eines Patienten kosten darf. Fachrichtungen mit einmaligen Behandlungen haben einen viel ' +
      'niedrigeren PLV als solche mit wiederkehrender Versorgung.',
    cautions: [
      REVENUE_NOT_PROFIT,
      'Durchschnitte verbergen Schiefe: Einige langjährige Patienten heben die mittlere Bindungsdauer erheblich.',
    ],
    examples: ['150 € pro Besuch, 3 Besuche pro Jahr, über 5 Jahre: ein Patientenlebenszeitwert von 2.250 €.'],
  },
  patientRetentionRate: {
    name: 'Patientenbindungsrate',
    description:
      'Der Anteil der Patienten einer Praxis zu Beginn eines Zeitraums, die an dessen Ende noch Patienten ' +
      'waren, wobei Neupatienten abgezogen werden. Die Rate spiegelt Zufriedenheit und Kontinuität der ' +
      'Versorgung wider und treibt den Patientenlebenszeitwert direkt. Legen Sie zuerst fest, was ein ' +
      '„aktiver Patient“ ist (zum Beispiel ein Besuch innerhalb von 18 Monaten).',
    cautions: [
      'Ziehen Sie die im Zeitraum gewonnenen Patienten ab; sonst gibt sich Wachstum als Patientenbindung aus.',
      'Die Rate liegt zwischen 0 und 100 %: Mehr gehaltene Patienten (am Ende, abzüglich der neuen) als zu ' +
        'Beginn oder mehr neue Patienten als am Ende sind ein Eingabefehler und ergeben keinen Wert.',
      'Der Nenner sind die Patienten zu Beginn des Zeitraums, wie bei der Abwanderung von Kunden.',
    ],
    examples: ['Mit 1.000 Patienten zu Beginn, 200 neuen und 1.100 am Ende: eine Patientenbindungsrate von 90 %.'],
  },
} satisfies MetricTexts;
