import type { MetricTexts } from '../../types';
import { COHORT_LAG } from '../cautions';

export const AUTOMOTIVE_DE = {
  csi: {
    name: 'Kundenzufriedenheitsindex',
    description:
      'Ein Index von 0 bis 100 für die Zufriedenheit mit einem Kauf oder Werkstattbesuch: die von den ' +
      'Befragten vergebenen Punkte als Anteil der höchstmöglichen. Autohersteller bewerten damit ihre ' +
      'Händler, und er beeinflusst oft die Händlerboni. Kleine Unterschiede im oberen Bereich der Skala ' +
      'können viel ausmachen.',
    cautions: [
      'Programme gewichten Fragen und Skalen unterschiedlich; vergleichen Sie den CSI nur innerhalb eines ' +
        'Befragungsdesigns.',
      'maxScore ist das Maximum, das ein Befragter vergeben kann; Befragte × maxScore ist also die ' +
        'Obergrenze der Befragung.',
    ],
    examples: ['Befragungen mit durchschnittlich 85 Punkten auf einer 100-Punkte-Skala: ein CSI von 85.'],
  },
  leadToSaleRate: {
    name: 'Lead-zu-Verkauf-Quote',
    description:
      'Der Anteil der Verkaufsleads, etwa Probefahrt- oder Onlineanfragen, die zu einem Verkauf führten. ' +
      'Autohäuser schließen typischerweise etwa 10–15 % ihrer Leads ab. Der Vergleich nach Leadquelle zeigt, ' +
      'welche Portale und Kampagnen ernsthafte Käufer bringen.',
    cautions: [
      COHORT_LAG,
      'Zählen Sie eindeutige Interessenten: Dieselbe Person, die über mehrere Portale anfragt, bläht die ' +
        'Zahl der Leads auf.',
    ],
    examples: ['100 verkaufte Fahrzeuge aus 500 Leads: eine Lead-zu-Verkauf-Quote von 20 %.'],
  },
} satisfies MetricTexts;
