import type { MetricTexts } from '../../types';
import { sumsNotMeans } from '../cautions';

export const DIRECT_MARKETING_DE = {
  directMailConversionRate: {
    name: 'Konversionsrate (Direktmailing)',
    description:
      'Der Anteil der versendeten Sendungen (Kataloge, Briefe, Postkarten), die zu einem Kauf oder einer ' +
      'Anmeldung führten. Die Quote verknüpft ein Mailing mit tatsächlichem Geschäft und ist die Grundlage, ' +
      'um seinen Ertrag zu beurteilen. Die Messung braucht einen Code, eine eigene Telefonnummer oder einen ' +
      'Abgleich der Käufer mit der Versandliste.',
    cautions: [
      sumsNotMeans('der Conversions', 'der versendeten Mailings'),
      'Manche Empfänger hätten ohnehin gekauft; nur eine zurückgehaltene Kontrollgruppe, die nichts erhielt, ' +
        'zeigt den tatsächlichen Zusatzeffekt des Mailings.',
    ],
    examples: ['500 Käufer unter 10.000 Katalogempfängern ergeben eine Konversionsrate von 5 %.'],
  },
  redemptionRate: {
    name: 'Einlösequote',
    description:
      'Der Anteil der verteilten Coupons oder Angebote, die tatsächlich eingelöst wurden. Die Einlösequote ' +
      'zeigt, wie attraktiv das Angebot war und wie gut es kaufbereite Menschen erreicht hat. Eine hohe ' +
      'Quote bei hohem Rabatt kann trotzdem Geld kosten; wägen Sie sie gegen die Marge ab.',
    cautions: [
      sumsNotMeans('der Einlösungen', 'der verteilten Angebote'),
      'Weitergegebene oder durchgesickerte Codes können von Menschen eingelöst werden, die das Angebot nie ' +
        'erhalten haben, und treiben die Quote nach oben (sogar über 100 %).',
    ],
    examples: ['250 von 5.000 Coupons eingelöst ergeben eine Einlösequote von 5 %.'],
  },
  responseRate: {
    name: 'Rücklaufquote',
    description:
      'Der Anteil der versendeten Mailings, die irgendeine Reaktion auslösten: einen Anruf, einen Besuch, ' +
      'eine Antwortkarte oder einen Website-Besuch mit dem Code des Mailings. Die Rücklaufquote ist der ' +
      'erste Hinweis darauf, ob ein Mailing funktioniert hat, und kommt vor den Verkäufen, zu denen es ' +
      'führt. Legen Sie fest, was als Reaktion zählt, bevor Sie Mailings vergleichen.',
    cautions: [
      sumsNotMeans('der Rückmeldungen', 'der versendeten Mailings'),
      'Eine Reaktion ist kein Verkauf: Lesen Sie die Quote zusammen mit der Konversionsrate des Direktmailings.',
    ],
    examples: ['300 Rückmeldungen auf 10.000 Postkarten ergeben eine Rücklaufquote von 3 %.'],
  },
} satisfies MetricTexts;
