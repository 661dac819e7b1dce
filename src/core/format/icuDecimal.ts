/**
 * A double rounded to decimal digits the way ICU's DecimalQuantity does it for
 * Intl.NumberFormat, so that enUsFormat.ts prints exactly what Intl prints.
 *
 * ICU does not start from the shortest digits that read back as the double (what
 * `toExponential()` prints). It first takes ~17 digits from a quick scaling by a power of ten,
 * which may be off in the last digits, and switches to the shortest digits only when the
 * rounding position lies among the uncertain digits or on a midpoint. Rounding from the
 * shortest digits alone differs in rare cases: 9.999999999999999e-33 at 16 significant digits
 * is "1e-32" to ICU. The steps below follow ICU's `_setToDoubleFast`, `roundToMagnitude` and
 * `convertToAccurateDouble`, with halfExpand rounding (ECMA-402's default).
 */

/** value = `digits` (an integer, no trailing zeros; '' is zero) × 10^`scale`. */
export interface Quantity {
  digits: string;
  scale: number;
  /** Whether `digits` are still the quick approximation of `double`. */
  approximate: boolean;
  /** The magnitude read, and the power of ten applied since (2 for a percent). */
  readonly double: number;
  shift: number;
}

const LOG2_10 = 3.32192809488736234787031942948939017586;
/** Below ~14 significant digits of the quick approximation, its digits are exact enough. */
const SAFE_DIGITS = 14;
const POWERS = Array.from({ length: 22 }, (_, i) => Number(`1e${i}`));

/** A positive finite double (or zero), as ICU first holds it. */
export function quantityOf(magnitude: number): Quantity {
  const quantity: Quantity = { digits: '', scale: 0, approximate: true, double: magnitude, shift: 0 };
  if (magnitude === 0) return quantity;
  const exponent = binaryExponent(magnitude);
  if (exponent <= 52 && Number.isInteger(magnitude)) return setInteger(quantity, integerDigits(magnitude), 0);
  if (exponent === -1023) return toShortest(quantity);
  const fractionLength = Math.trunc((52 - exponent) / LOG2_10);
  let n = magnitude;
  if (fractionLength >= 0) {
    let i = fractionLength;
    for (; i >= 22; i -= 22) n *= 1e22;
    n *= POWERS[i]!;
  } else {
    let i = fractionLength;
    for (; i <= -22; i += 22) n /= 1e22;
    n /= POWERS[-i]!;
  }
  return setInteger(quantity, integerDigits(Math.round(n)), -fractionLength);
}

/**
 * Every digit of an integer-valued double. `String()` pads the shortest digits with zeros above
 * 2^53 and BigInt is slow; eight digits at a time are exact below 2^60 (quantityOf's integers
 * stay below 2^57), where `high * 1e8` is still a double.
 */
function integerDigits(n: number): string {
  if (n < 1e8) return String(n);
  if (n >= 2 ** 60) return BigInt(n).toString();
  let high = Math.floor(n / 1e8);
  let low = n - high * 1e8;
  // The division rounds; the remainder says which way.
  if (low < 0) {
    high--;
    low += 1e8;
  } else if (low >= 1e8) {
    high++;
    low -= 1e8;
  }
  return integerDigits(high) + String(low).padStart(8, '0');
}

/** Multiplies by 10^places (a percent shifts by 2); zero stays as it is. */
export function shiftQuantity(quantity: Quantity, places: number): void {
  if (quantity.digits === '') return;
  quantity.scale += places;
  quantity.shift += places;
}

/** The power of ten of the leading digit, from the digits held now (ICU's getMagnitude). */
export function magnitudeOf(quantity: Quantity): number {
  return quantity.digits === '' ? 0 : quantity.scale + quantity.digits.length - 1;
}

/** Drops the digits below 10^magnitude, rounding half away from zero. */
export function roundToMagnitude(quantity: Quantity, magnitude: number): void {
  const position = magnitude - quantity.scale;
  if (position <= 0 && !quantity.approximate) return;
  if (quantity.digits === '') return;
  const leading = digitAt(quantity, position - 1);
  let up = leading >= 5;
  if (quantity.approximate) {
    const decision = approximateRounding(quantity, position, leading);
    if (decision === 'exact') {
      toShortest(quantity);
      roundToMagnitude(quantity, magnitude);
      return;
    }
    quantity.approximate = false;
    if (position <= 0) return;
    up = decision === 'up';
  }
  truncate(quantity, position, magnitude, up);
}

/** ICU's judgement on the quick digits: safe to round up or down, or too close to call. */
function approximateRounding(quantity: Quantity, position: number, leading: number): 'up' | 'down' | 'exact' {
  const precision = quantity.digits.length;
  const lowest = Math.max(0, precision - SAFE_DIGITS);
  const restIs = (digit: number) => {
    for (let p = position - 2; p >= lowest; p--) if (digitAt(quantity, p) !== digit) return false;
    return true;
  };
  const midpoint = (leading === 4 && restIs(9)) || (leading === 5 && restIs(0));
  if (position - 1 < precision - SAFE_DIGITS || midpoint) return 'exact';
  return leading >= 5 ? 'up' : 'down';
}

function truncate(quantity: Quantity, position: number, magnitude: number, up: boolean): void {
  const { digits } = quantity;
  let kept = position >= digits.length ? '' : digits.slice(0, digits.length - position);
  quantity.scale = position >= digits.length ? magnitude : quantity.scale + position;
  if (up) {
    let end = kept.length;
    while (end > 0 && kept[end - 1] === '9') end--;
    quantity.scale += kept.length - end;
    kept = end === 0 ? '1' : kept.slice(0, end - 1) + String.fromCharCode(kept.charCodeAt(end - 1) + 1);
  }
  setInteger(quantity, kept, quantity.scale);
  quantity.approximate = false;
}

/** The shortest digits that read back as the double: what ICU falls back to. */
function toShortest(quantity: Quantity): Quantity {
  const text = quantity.double.toExponential();
  const e = text.indexOf('e');
  const digits = text[0]! + text.slice(2, e);
  setInteger(quantity, digits, Number(text.slice(e + 1)) - (digits.length - 1) + quantity.shift);
  quantity.approximate = false;
  return quantity;
}

/** Sets the digits, moving trailing zeros into the scale (ICU's compact()). */
function setInteger(quantity: Quantity, digits: string, scale: number): Quantity {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end--;
  quantity.digits = digits.slice(0, end);
  quantity.scale = end === 0 ? 0 : scale + digits.length - end;
  return quantity;
}

/** The digit at 10^(scale + position); 0 outside the digits held. */
function digitAt(quantity: Quantity, position: number): number {
  const index = quantity.digits.length - 1 - position;
  return index >= 0 && index < quantity.digits.length ? quantity.digits.charCodeAt(index) - 48 : 0;
}

// One buffer for every call: a value's bits are read once per value formatted.
const bits = new DataView(new ArrayBuffer(8));

function binaryExponent(value: number): number {
  bits.setFloat64(0, value);
  return ((bits.getUint16(0) & 0x7ff0) >> 4) - 1023;
}
