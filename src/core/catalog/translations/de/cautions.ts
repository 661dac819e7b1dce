/**
 * The shared cautions of ../../cautions.ts in German, one for each, worded once so that every
 * metric they concern says the same thing. The functions take German noun phrases in the form
 * the sentence needs (noted per function), since German inflects what English does not.
 */

/** Mean of ratios vs ratio of sums. Both arguments are genitives with their article: 'der Klicks'. */
export function sumsNotMeans(numerator: string, denominator: string): string {
  return (
    `Für einen Gesamtwert über mehrere Zeilen (Kampagnen, Tage) teilen Sie die Summe ${numerator} durch ` +
    `die Summe ${denominator}; der Mittelwert der einzelnen Zeilenwerte gewichtet eine winzige Zeile so ` +
    'stark wie eine große.'
  );
}

/** A division by zero shown as 0. The argument follows "Ohne", without an article: 'Impressionen'. */
export function noValueWithout(denominator: string): string {
  return (
    `Ohne ${denominator} gibt es keinen Wert: Zeigen Sie ihn als fehlend an, nicht als 0 ` +
    '(WENNFEHLER(…; 0) in Tabellenkalkulationen macht aus „keine Daten“ ein Ergebnis).'
  );
}

export const UNIQUE_COUNTS_OVERLAP =
  'Reichweite und eindeutige Besucher überschneiden sich über Kampagnen, Kanäle und Tage hinweg: ' +
  'Wer sie addiert, überschätzt das Publikum. Übernehmen Sie deduplizierte Werte aus der Quelle.';

export const PLATFORM_CONVERSIONS =
  'Jede Werbeplattform meldet die Conversions, die sie sich zuschreiben kann; über Plattformen ' +
  'hinweg summiert, überschätzen sie die tatsächlichen Bestellungen. Gleichen Sie sie mit Ihren ' +
  'eigenen Verkaufsdaten ab.';

export const ROAS_IS_NOT_ROI =
  'Ein ROAS von 5,0 ist kein ROI von 500 %: Der ROAS teilt den Umsatz durch die Werbekosten, der ROI ' +
  'teilt den Gewinn nach Abzug der Kosten durch die Kosten (ROAS 5 bei 40 % Marge ist ein ROI von 100 %).';

export const CAC_SCOPE =
  '„Voll belastete“ (Blended) CAC enthalten Vertriebsgehälter, Tools und Gemeinkosten; reine ' +
  'Paid-CAC zählen nur die Mediaausgaben und wirken deutlich niedriger. Sagen Sie, welche gemeint ' +
  'sind, und vergleichen Sie Gleiches mit Gleichem.';

export const APPLE_MAIL_PRIVACY =
  'Apple Mail Privacy Protection lädt Bilder vorab und erfasst so eine Öffnung für viele E-Mails, ' +
  'die niemand gelesen hat; Öffnungszahlen sind überhöht, stützen Sie sich daher auf Klicks.';

export const GA4_FRACTIONS =
  'Die GA4-API liefert Raten als Anteile (0,42), so wie dieser Katalog sie speichert; ein aus der ' +
  'GA4-Oberfläche übernommener Prozentwert (42 %) muss durch 100 geteilt werden.';

export const META_CTR_PERCENT =
  'Die Meta-API liefert ctr bereits in Prozent (1,5 bedeutet 1,5 %); teilen Sie den Wert vor dem ' +
  'Vergleich durch 100 oder berechnen Sie ihn aus Klicks und Impressionen neu.';

export const COST_MICROS =
  'Google Ads liefert Geldbeträge als cost_micros (Millionstel): 2.500.000 Micros sind 2,50; ein ' +
  'Feld dieses Namens wird beim Einlesen durch 1.000.000 geteilt.';

export const COHORT_LAG =
  'Abschlüsse brauchen Zeit: Setzen Sie Kunden ins Verhältnis zu den Leads, aus denen sie ' +
  'hervorgingen (einer Kohorte), nicht die Kunden dieses Monats zu den Leads dieses Monats, sonst ' +
  'verzerren lange Verkaufszyklen die Quote.';

export const REVENUE_NOT_PROFIT =
  'Diese einfache Form multipliziert Umsatz, nicht Gewinn: Rechnen Sie die Bruttomarge ein, bevor ' +
  'Sie den Wert den Akquisitionskosten gegenüberstellen.';
