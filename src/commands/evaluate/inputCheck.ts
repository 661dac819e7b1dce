/**
 * What Quick Calculate's input boxes say while the user types: the value read in the user's
 * locale, or what is wrong with it, naming the input ("Clicks: '12x' is not a number").
 */
import * as l10n from '@vscode/l10n';
import { builtinCatalog, readNumber, type Catalog, type MetricDef, type Unit } from '../../core';
import { nameInText } from '../../core/wording';
import { UNIT_LABELS } from '../../metricText/describe';

export type InputCheck =
  { readonly ok: true; readonly note?: string } | { readonly ok: false; readonly message: string };

export function checkInput(text: string, input: string, catalog: Catalog, locale: string): InputCheck {
  const name = inputName(input, catalog);
  if (text.trim() === '') return { ok: false, message: l10n.t('Type the {0}', nameInText(name)) };
  const reading = readNumber(text, { locale });
  if (!reading.ok) return { ok: false, message: `${name}: ${reading.error.message}` };
  const quantity = catalog.quantities.get(input);
  if (reading.value < 0 && quantity !== undefined && !quantity.signed)
    return { ok: false, message: l10n.t('{0} cannot be negative', name) };
  return reading.note !== undefined ? { ok: true, note: reading.note } : { ok: true };
}

/** "Clicks", "Ad spend": the catalog's name, capitalised. */
export function inputName(input: string, catalog: Catalog = builtinCatalog()): string {
  const name = catalog.nameOf(input);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Clicks (count)", "Cost (money, USD)", "Reach rate (percentage: 12% or 0.12)". */
export function inputPrompt(input: string, catalog: Catalog, currency: string): string {
  const unit: Unit = catalog.unitOf(input) ?? 'number';
  const detail =
    unit === 'currency'
      ? `${UNIT_LABELS[unit]}, ${currency}`
      : unit === 'percent'
        ? l10n.t('{0}: 12% or 0.12', UNIT_LABELS[unit])
        : UNIT_LABELS[unit];
  return `${inputName(input, catalog)} (${detail})`;
}

/** The metric's own example value for an input, as a placeholder: "e.g. 1200". */
export function inputExample(metric: MetricDef, input: string): string | undefined {
  for (const example of metric.examples) {
    const value = example.inputs[input];
    if (value !== undefined) return l10n.t('e.g. {0}', value);
  }
  return undefined;
}
