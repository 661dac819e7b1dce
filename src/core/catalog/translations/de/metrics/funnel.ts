import type { MetricTexts } from '../../types';
import { COHORT_LAG, sumsNotMeans } from '../cautions';

export const FUNNEL_DE = {
  leadToCustomerRate: {
    name: 'Lead-zu-Kunde-Quote',
    description:
      'Der Anteil der Leads, die zu zahlenden Kunden wurden. Die Quote fasst den ganzen Trichter vom ' +
      'ersten Kontakt bis zum Abschluss zusammen und bestimmt mit den Kosten pro Lead die ' +
      'Akquisitionskosten. Vergleichen Sie sie nach Leadquelle, um zu sehen, welche Kanäle Käufer bringen ' +
      'und nicht nur Namen.',
    cautions: [COHORT_LAG, sumsNotMeans('der Neukunden', 'der Leads')],
    examples: ['100 gewonnene Kunden aus 1.000 Leads ergeben eine Lead-zu-Kunde-Quote von 10 %.'],
  },
  mqlToSqlRate: {
    name: 'MQL-zu-SQL-Quote',
    description:
      'Der Anteil der marketingqualifizierten Leads, die der Vertrieb als vertriebsqualifiziert akzeptiert ' +
      'hat. Die Quote misst sowohl die Leadqualität als auch, wie einig sich Marketing und Vertrieb darüber ' +
      'sind, was ein guter Lead ist. Ein plötzlicher Rückgang bedeutet oft, dass eine Kampagne die falschen ' +
      'Leute bringt oder die Qualifizierungsregeln geändert wurden.',
    cautions: [
      'Die Quote hängt ganz davon ab, wie MQL und SQL definiert sind; einigen Sie sich auf die ' +
        'Definitionen, bevor Sie Teams oder Zeiträume vergleichen.',
      COHORT_LAG,
    ],
    examples: ['300 von 500 MQLs als SQLs akzeptiert: eine MQL-zu-SQL-Quote von 60 %.'],
  },
  sqlToCustomerRate: {
    name: 'SQL-zu-Kunde-Quote (Abschlussquote)',
    description:
      'Der Anteil der vertriebsqualifizierten Leads, die das Vertriebsteam als Kunden abgeschlossen hat. ' +
      'Die Quote ist der letzte Schritt des Trichters und spiegelt die Vertriebsleistung ebenso wider wie ' +
      'die Leadqualität. Lesen Sie sie zusammen mit der Auftragsgröße: Eine höhere Abschlussquote bei ' +
      'kleineren Aufträgen kann weniger einbringen.',
    cautions: [COHORT_LAG, sumsNotMeans('der Neukunden', 'der SQLs')],
    examples: ['50 abgeschlossene Kunden aus 200 SQLs ergeben eine Abschlussquote von 25 %.'],
  },
} satisfies MetricTexts;
