import assert from 'node:assert/strict';
import {
  extensionMessageSchema,
  messageTypeOf,
  savedStateSchema,
  webviewMessageSchema,
} from '../../../src/calculator/protocol';
import { initMessage } from '../../../src/calculator/metricInfo';
import { handleCompute } from '../../../src/calculator/handler';
import { testConfig } from './config';

const compute = {
  type: 'compute',
  requestId: 1,
  metricId: 'ctr',
  variant: '',
  values: { clicks: '120', impressions: '4000' },
  solveFor: 'ctr',
};

describe('calculator protocol: webview → extension', () => {
  const good: ReadonlyArray<[string, unknown]> = [
    ['ready', { type: 'ready' }],
    ['selectMetric', { type: 'selectMetric', metricId: 'roas' }],
    ['compute', compute],
    ['compute with empty values', { ...compute, values: {} }],
    ['computeAll', { type: 'computeAll', requestId: 7, values: { spend: '$1,200', impr: '40.000' } }],
    ['loadExample', { type: 'loadExample', metricId: 'roi', variant: 'revenue' }],
    ['copy', { type: 'copy', text: '3.00%' }],
    ['insert', { type: 'insert', text: '$40,000.00' }],
  ];
  for (const [name, message] of good) {
    it(`accepts ${name}`, () => assert.ok(webviewMessageSchema.safeParse(message).success));
  }

  const bad: ReadonlyArray<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', { metricId: 'ctr' }],
    ['an unknown type', { type: 'runScript', code: 'alert(1)' }],
    ['a type of the other direction', { type: 'init' }],
    ['compute without requestId', { ...compute, requestId: undefined }],
    ['compute with a fractional requestId', { ...compute, requestId: 1.5 }],
    ['compute with a negative requestId', { ...compute, requestId: -1 }],
    ['compute with numbers for values', { ...compute, values: { clicks: 120 } }],
    ['compute with values as an array', { ...compute, values: ['120'] }],
    ['compute with an empty metric id', { ...compute, metricId: '' }],
    ['compute with a huge value', { ...compute, values: { clicks: '9'.repeat(5000) } }],
    ['compute without solveFor', { ...compute, solveFor: undefined }],
    [
      'computeAll with too many values',
      {
        type: 'computeAll',
        requestId: 1,
        values: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, '1'])),
      },
    ],
    ['copy of nothing', { type: 'copy', text: '' }],
    ['insert of a number', { type: 'insert', text: 3 }],
  ];
  for (const [name, message] of bad) {
    it(`rejects ${name}`, () => assert.equal(webviewMessageSchema.safeParse(message).success, false));
  }

  it('drops a __proto__ key, keeps constructor as a plain key, and pollutes nothing', () => {
    for (const json of [
      '{"__proto__": {"polluted": "yes"}, "constructor": "1", "clicks": "3"}',
      '{"__proto__": "1", "constructor": "2", "clicks": "3"}',
    ]) {
      const parsed = webviewMessageSchema.safeParse({
        type: 'computeAll',
        requestId: 1,
        values: JSON.parse(json) as unknown,
      });
      assert.ok(parsed.success && parsed.data.type === 'computeAll');
      assert.deepEqual(Object.keys(parsed.data.values), ['constructor', 'clicks']);
      assert.equal(Object.getPrototypeOf(parsed.data.values), Object.prototype);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }
  });

  it('names only the type of a bad message, never its content', () => {
    assert.equal(messageTypeOf({ type: 'compute', values: { clicks: 'secret' } }), 'compute');
    assert.equal(messageTypeOf({ type: '<img src=x onerror=alert(1)>' }), '(invalid type)');
    assert.equal(messageTypeOf('x'), '(no type)');
    assert.equal(messageTypeOf(null), '(no type)');
  });
});

describe('calculator protocol: extension → webview', () => {
  const config = testConfig();

  it('accepts the init message the extension builds, for every metric', () => {
    const init = initMessage(config, 'ctr');
    const parsed = extensionMessageSchema.safeParse(init);
    assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
    assert.equal(init.metrics.length, config.catalog.metrics.size);
  });

  it('accepts the results the handler builds', () => {
    const result = handleCompute(webviewMessageSchema.parse(compute) as Parameters<typeof handleCompute>[0], config);
    assert.ok(extensionMessageSchema.safeParse(result).success);
  });

  it('rejects a result without requestId, and unknown types', () => {
    assert.equal(
      extensionMessageSchema.safeParse({ type: 'result', ok: true, field: 'ctr', missing: [], problems: [], notes: [] })
        .success,
      false,
    );
    assert.equal(extensionMessageSchema.safeParse({ type: 'eval', code: '1' }).success, false);
    assert.equal(extensionMessageSchema.safeParse({ type: 'init', metrics: 'all' }).success, false);
  });
});

describe('calculator saved state', () => {
  it('falls back to defaults field by field', () => {
    const state = savedStateSchema.parse({
      metricId: 'roas',
      mode: 'sideways',
      values: 'x',
      solveFor: { roas: 'revenue' },
    });
    assert.deepEqual(state, {
      metricId: 'roas',
      mode: 'single',
      values: {},
      solveFor: { roas: 'revenue' },
      variant: {},
      allText: '',
    });
  });

  it('reads an empty state as the defaults', () => {
    assert.equal(savedStateSchema.parse({}).metricId, 'ctr');
  });
});
