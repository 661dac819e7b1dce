/**
 * en-US numbers without Intl. The first `new Intl.NumberFormat` in a process loads ICU's
 * locale data, which takes longer (~20 ms) than loading and indexing the whole core; the
 * default settings (en-US, USD) are what nearly every call asks for, so they skip it.
 *
 * The output must be Intl's, byte for byte: test/unit/core/format/enUsFormat.test.ts compares
 * the two over random values, styles and digits. The digits are rounded as ICU rounds them
 * (icuDecimal.ts); what is left is en-US's look: '-' before '$', ',' between thousands.
 */
import type { Digits, Style } from './numberFormat';
import { magnitudeOf, quantityOf, roundToMagnitude, shiftQuantity } from './icuDecimal';

/** What the formatters of numberFormat.ts offer: Intl.NumberFormat, or the fast path below. */
export interface NumberFormatter {
  format(value: number): string;
}

/** Style 'currency' here means US dollars. */
export function enUsFormatter(style: Style, digits: Digits): NumberFormatter {
  return { format: (value) => formatEnUs(value, style, digits) };
}

function formatEnUs(value: number, style: Style, digits: Digits): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const prefix = style === 'currency' ? '$' : '';
  const suffix = style === 'percent' ? '%' : '';
  if (Number.isNaN(value)) return `${prefix}NaN${suffix}`;
  const body = Number.isFinite(value) ? decimalText(Math.abs(value), style, digits) : '∞';
  return `${sign}${prefix}${body}${suffix}`;
}

function decimalText(magnitude: number, style: Style, spec: Digits): string {
  const quantity = quantityOf(magnitude);
  if (style === 'percent') shiftQuantity(quantity, 2);
  roundToMagnitude(quantity, spec.kind === 'fraction' ? -spec.max : magnitudeOf(quantity) - spec.max + 1);
  const { digits } = quantity;
  const point = digits.length + quantity.scale;
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  let fraction = point >= digits.length ? '' : point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
  if (spec.kind === 'fraction') fraction = fraction.padEnd(spec.min, '0');
  return fraction === '' ? group(whole) : `${group(whole)}.${fraction}`;
}

/** 1234567 → "1,234,567": en-US groups from four digits on. */
function group(whole: string): string {
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += `,${whole.slice(i, i + 3)}`;
  return out;
}
