import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readNumber } from '../../../../src/core/read/number';
import type { NumberReading } from '../../../../src/core/read/number';
import { readSelection } from '../../../../src/core/read/selection';
import type { SelectionReading } from '../../../../src/core/read/selection';
import { formatPlainNumber } from '../../../../src/core/format/format';

// 3,000 + 2,000 + 1,500 + 1,500 + 1,000 + 3,000 = 12,000 cases, a few seconds in all.
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'en-GB', 'es-ES'] as const;

/** Characters that exercise every branch of readNumber: digits, separators, signs, affixes. */
const NUMBERISH = fc.string({
  unit: fc.constantFrom(..."0123456789012345.,., \u00a0\u202f'_-+\u2212()%$€£kMBbneE#/NA".split('')),
  maxLength: 24,
});

function assertNumberReading(reading: NumberReading): void {
  assert.equal(typeof reading, 'object');
  if (reading.ok) {
    assert.ok(Number.isFinite(reading.value), `non-finite value ${reading.value}`);
  } else {
    assert.equal(typeof reading.error.message, 'string');
    assert.ok(reading.error.message.length > 0);
  }
}

function assertSelectionReading(reading: SelectionReading): void {
  assert.equal(typeof reading, 'object');
  if (!reading.ok) {
    assert.ok(reading.error.message.length > 0);
    return;
  }
  if (reading.kind === 'numbers') {
    for (const value of reading.values) assert.ok(Number.isFinite(value), `non-finite value ${value}`);
  } else if (reading.kind === 'record') {
    for (const field of reading.fields) assert.ok(field.value === null || Number.isFinite(field.value));
  } else if (reading.kind === 'rows') {
    for (const row of reading.rows) {
      assert.equal(row.length, reading.columns.length);
      for (const cell of row)
        assert.ok(typeof cell !== 'number' || Number.isFinite(cell), `non-finite cell ${String(cell)}`);
    }
  }
}

/** Lines of cells joined by one delimiter: reaches the CSV, TSV, list and key: value readers. */
const TABLEISH = fc
  .tuple(
    fc.constantFrom(',', ';', '\t', ': ', ' = ', ' '),
    fc.array(
      fc.array(
        fc.oneof(NUMBERISH, fc.string({ maxLength: 8 }), fc.constantFrom('"a,b"', '"x\ny"', '', 'clicks', '#DIV/0!')),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([delimiter, rows]) => rows.map((row) => row.join(delimiter)).join('\n'));

/** Valid JSON, and JSON cut short at a random point. */
const JSONISH = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.nat())
  .map(([json, cut]) => (cut % 3 === 0 ? json.slice(0, cut % (json.length + 1)) : json));

describe('fuzz: readNumber and readSelection never throw and never return NaN or Infinity', () => {
  it('readNumber on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...LOCALES), (text, locale) => {
        assertNumberReading(readNumber(text, { locale }));
      }),
      { numRuns: 3000 },
    );
  });

  it('readNumber on number-like strings', () => {
    fc.assert(
      fc.property(NUMBERISH, fc.constantFrom(...LOCALES), (text, locale) => {
        assertNumberReading(readNumber(text, { locale }));
      }),
      { numRuns: 2000 },
    );
  });

  it('readSelection on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        assertSelectionReading(readSelection(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('readSelection on table-like text', () => {
    fc.assert(
      fc.property(TABLEISH, fc.constantFrom(...LOCALES), (text, locale) => {
        assertSelectionReading(readSelection(text, { locale }));
      }),
      { numRuns: 1500 },
    );
  });

  it('readSelection on JSON, whole or cut short', () => {
    fc.assert(
      fc.property(JSONISH, (text) => {
        assertSelectionReading(readSelection(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fuzz: readNumber reads back what formatPlainNumber writes', () => {
  // At most 6 decimals and |x| < 1e12: then the 15 significant digits printed hold x closely.
  const finite = fc
    .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
    .map((x) => Math.round(x * 1e6) / 1e6)
    .filter((x) => Math.abs(x) < 1e12);

  it('for en-US, de-DE, fr-FR, en-GB and es-ES', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom(...LOCALES), (x, locale) => {
        const text = formatPlainNumber(x, locale);
        const reading = readNumber(text, { locale });
        assert.ok(reading.ok, `${JSON.stringify(text)} in ${locale}: ${reading.ok ? '' : reading.error.message}`);
        const tolerance = Math.max(Math.abs(x) * 1e-14, 1e-9);
        assert.ok(
          Math.abs(reading.value - x) <= tolerance,
          `${x} → ${JSON.stringify(text)} → ${reading.value} in ${locale}`,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
