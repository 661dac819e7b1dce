/**
 * The one fast path for numbers, shared by every reader: readNumber, the CSV scanner and the
 * JSON rows reader all read `-?\d+(\.\d+)?` here, by char code where it lies in the text, without
 * cutting a string out of it. Anything else (grouping, currencies, percents, exponents) is left
 * to the caller: readNumber's full rules (number.ts, digits.ts) or JSON's own exponent.
 */

/** Exact powers of ten: an integer below 2^53 divided by one is correctly rounded, as Number() is. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Digits read as an integer below this (at most 15 significant digits) are exact as a double;
 * more may not be, and Number() reads those. A bound on the value instead of a count of the
 * digits keeps the digit loops to one addition.
 */
const FAST_MANTISSA = 1e15;

/** Longest cell a reader sends here; beyond it Number() could overflow to Infinity. */
const FAST_MAX = 300;

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const POINT = 46;

/**
 * `1.234` or `1,234`: one separator after at most three digits (not starting with 0) and
 * followed by exactly three, which may be a decimal or a thousands separator. Only the locale
 * or the other values can tell (rules 5 and 6 of number.ts).
 */
export function couldGroupThousands(intLength: number, fractionLength: number, firstDigit: number): boolean {
  return fractionLength === 3 && intLength <= 3 && firstDigit !== ZERO;
}

/**
 * A number scanned in place. A reader keeps one and reuses it for every cell, so that reading a
 * million cells allocates nothing; the fields describe the last successful scan.
 */
export class PlainNumber {
  /** The number read; -0 stays -0 (JSON keeps it, readers of pasted text add 0). */
  value = 0;
  /** Offset just after the digits. */
  end = 0;
  /** Offset of the first digit (after the sign). */
  intStart = 0;
  /** Digits before the '.'. */
  intLength = 0;
  /** Digits after the '.', 0 when there is no '.'. */
  fraction = 0;

  /**
   * Reads `-?\d+(\.\d+)?` from `start`, stopping at `limit` or at the first character that does
   * not belong. False when there is no digit, or when a '.' has no digit after it.
   */
  scan(text: string, start: number, limit: number): boolean {
    let i = start;
    const negative = text.charCodeAt(i) === MINUS;
    if (negative) i++;
    const intStart = i;
    let mantissa = 0;
    for (let code = text.charCodeAt(i); i < limit && code >= ZERO && code <= NINE; code = text.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (code - ZERO);
    }
    const intLength = i - intStart;
    if (intLength === 0) return false;
    let fraction = 0;
    if (i < limit && text.charCodeAt(i) === POINT) {
      const fracStart = ++i;
      for (let code = text.charCodeAt(i); i < limit && code >= ZERO && code <= NINE; code = text.charCodeAt(++i)) {
        mantissa = mantissa * 10 + (code - ZERO);
      }
      fraction = i - fracStart;
      if (fraction === 0) return false;
    }
    if (mantissa < FAST_MANTISSA && fraction < POW10.length) {
      const magnitude = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
      this.value = negative ? -magnitude : magnitude;
    } else {
      this.value = Number(text.slice(start, i));
    }
    this.end = i;
    this.intStart = intStart;
    this.intLength = intLength;
    this.fraction = fraction;
    return true;
  }

  /**
   * Whether text[start, end) as a whole is a plain number that needs no locale: `12`, `-3.5`,
   * `0.125`, but not `1.234` (couldGroupThousands) and not `1,234.5` (readNumber's work).
   */
  scanWhole(text: string, start: number, end: number): boolean {
    if (end - start > FAST_MAX || !this.scan(text, start, end) || this.end !== end) return false;
    return !couldGroupThousands(this.intLength, this.fraction, text.charCodeAt(this.intStart));
  }
}
