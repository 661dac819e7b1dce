import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  CONVERSION_RATE_DENOMINATORS,
  ENGAGEMENT_RATE_DENOMINATORS,
  ROI_BASES,
  settingValues,
  SQL_DIALECT_SETTINGS,
  type SettingValues,
} from '../../../src/settings/values';

const ROOT = path.join(__dirname, '../../..');
const properties: Record<string, { default?: unknown; enum?: unknown[] }> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).contributes.configuration.properties;
const declared = (key: string) => properties[`marketingMetrics.${key}`]!;

/** What settings.json holds, key by key; anything absent reads as undefined, as get() gives it. */
const fromJson = (json: Record<string, unknown>) => settingValues((key) => json[key]);

const DEFAULTS: SettingValues = fromJson({});

describe('settings: reading what settings.json holds', () => {
  it("gives package.json's default for every setting left unset", () => {
    const { columnMappings, ...rest } = DEFAULTS;
    assert.deepEqual({ ...columnMappings }, declared('columnMappings').default);
    assert.deepEqual(rest, {
      numberLocale: declared('numberLocale').default,
      currency: declared('currency').default,
      decimals: declared('decimals').default,
      roiBasis: declared('roiBasis').default,
      conversionRateDenominator: declared('conversionRateDenominator').default,
      engagementRateDenominator: declared('engagementRateDenominator').default,
      hoverEnabled: declared('hover.enabled').default,
      hoverLanguages: declared('hover.languages').default,
      maxSelectionLength: declared('maxSelectionLength').default,
      sqlDialect: declared('sqlDialect').default,
    });
  });

  it('takes the choices package.json offers, and only those', () => {
    assert.deepEqual(declared('roiBasis').enum, [...ROI_BASES]);
    assert.deepEqual(declared('conversionRateDenominator').enum, [...CONVERSION_RATE_DENOMINATORS]);
    assert.deepEqual(declared('engagementRateDenominator').enum, [...ENGAGEMENT_RATE_DENOMINATORS]);
    assert.deepEqual(declared('sqlDialect').enum, [...SQL_DIALECT_SETTINGS]);
  });

  it('keeps values the settings take, tidied as the user means them', () => {
    const { columnMappings: _mappings, ...rest } = fromJson({
      numberLocale: ' de-DE ',
      currency: ' eur',
      decimals: 0,
      roiBasis: 'revenue',
      conversionRateDenominator: 'visitors',
      engagementRateDenominator: 'followers',
      'hover.enabled': false,
      'hover.languages': [],
      maxSelectionLength: 1000,
      sqlDialect: 'bigquery',
    });
    assert.deepEqual(rest, {
      numberLocale: 'de-DE',
      currency: 'EUR',
      decimals: 0,
      roiBasis: 'revenue',
      conversionRateDenominator: 'visitors',
      engagementRateDenominator: 'followers',
      hoverEnabled: false,
      hoverLanguages: [],
      maxSelectionLength: 1000,
      sqlDialect: 'bigquery',
    });
    assert.equal(fromJson({ decimals: 10 }).decimals, 10);
  });

  it('columnMappings: keeps column → id strings, trims the id, drops the rest; __proto__ stays a key', () => {
    const mappings = fromJson({
      columnMappings: JSON.parse(
        '{"Amount spent (USD)": " cost ", "Clicks": 3, "": "cost", "Budget": "", "__proto__": "ignore"}',
      ),
    }).columnMappings;
    assert.deepEqual(Object.entries(mappings), [
      ['Amount spent (USD)', 'cost'],
      ['__proto__', 'ignore'],
    ]);
    for (const value of [null, [], 'cost', 42])
      assert.deepEqual(Object.keys(fromJson({ columnMappings: value }).columnMappings), []);
  });

  const wrong: [keyof SettingValues, string, unknown][] = [
    ['numberLocale', 'numberLocale', 42],
    ['currency', 'currency', 'euro'],
    ['currency', 'currency', 'E1R'],
    ['currency', 'currency', 978],
    ['decimals', 'decimals', 11],
    ['decimals', 'decimals', -1],
    ['decimals', 'decimals', 2.5],
    ['decimals', 'decimals', '2'],
    ['roiBasis', 'roiBasis', 'profit'],
    ['conversionRateDenominator', 'conversionRateDenominator', 'Visitors'],
    ['engagementRateDenominator', 'engagementRateDenominator', null],
    ['hoverEnabled', 'hover.enabled', 'false'],
    ['hoverLanguages', 'hover.languages', 'markdown'],
    ['hoverLanguages', 'hover.languages', ['markdown', 3]],
    ['maxSelectionLength', 'maxSelectionLength', 0],
    ['maxSelectionLength', 'maxSelectionLength', 1e300],
    ['maxSelectionLength', 'maxSelectionLength', Number.NaN],
    ['sqlDialect', 'sqlDialect', 'BigQuery'],
    ['sqlDialect', 'sqlDialect', 'oracle'],
  ];
  for (const [field, key, value] of wrong) {
    it(`falls back to the default for ${key}: ${JSON.stringify(value)}`, () => {
      assert.deepEqual(fromJson({ [key]: value })[field], DEFAULTS[field]);
    });
  }

  it("never throws and always gives a value of the setting's type, whatever the JSON", () => {
    const keys = Object.keys(properties).map((k) => k.replace('marketingMetrics.', ''));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (json) => {
        const values = fromJson(json);
        assert.equal(typeof values.numberLocale, 'string');
        assert.match(values.currency, /^[A-Z]{3}$/);
        assert.ok(
          values.decimals === null ||
            (Number.isInteger(values.decimals) && values.decimals >= 0 && values.decimals <= 10),
        );
        assert.ok(ROI_BASES.includes(values.roiBasis));
        assert.ok(SQL_DIALECT_SETTINGS.includes(values.sqlDialect));
        assert.equal(typeof values.hoverEnabled, 'boolean');
        assert.ok(values.hoverLanguages.every((language) => typeof language === 'string'));
        assert.ok(Number.isSafeInteger(values.maxSelectionLength) && values.maxSelectionLength > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
