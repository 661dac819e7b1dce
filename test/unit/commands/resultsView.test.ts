import assert from 'node:assert/strict';
import { evaluateArgsOf } from '../../../src/commands/args';
import { resultsPage } from '../../../src/results/html';
import { makeNonce } from '../../../src/webviewNonce';
import { fromViewSchema, PAGE_ROWS, toViewSchema } from '../../../src/results/protocol';

describe('the results view page', () => {
  const nonce = makeNonce();
  const page = resultsPage({
    cspSource: 'https://webview.example',
    scriptUri: 'https://webview.example/results.js',
    nonce,
    title: 'KPI Results',
    computing: 'Computing…',
    language: 'en',
    translations: undefined,
  });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';

  it('allows nothing but its own nonce', () => {
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
    assert.match(csp, new RegExp(`style-src 'nonce-${nonce}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('carries its script and style under the nonce, with no inline handlers and no data', () => {
    assert.equal(page.match(new RegExp(`nonce="${nonce}"`, 'g'))?.length, 2);
    assert.doesNotMatch(page, /\son[a-z]+=/i);
    assert.doesNotMatch(page, /<script(?![^>]*nonce=)/);
  });

  it('uses a fresh 128-bit nonce each time', () => {
    assert.match(nonce, /^[0-9a-f]{32}$/);
    assert.notEqual(makeNonce(), nonce);
  });
});

describe('results view messages', () => {
  const fromView: [string, unknown, boolean][] = [
    ['ready', { type: 'ready' }, true],
    ['an action', { type: 'action', tableId: 't1', format: 'csv', to: 'below' }, true],
    ['a notebook cell action', { type: 'action', tableId: 't1', format: 'markdown', to: 'cell' }, true],
    ['an unknown type', { type: 'run', command: 'rm -rf' }, false],
    ['an unknown format', { type: 'action', tableId: 't1', format: 'xml', to: 'below' }, false],
    ['an unknown destination', { type: 'action', tableId: 't1', format: 'csv', to: 'disk' }, false],
    ['a missing table id', { type: 'action', format: 'csv', to: 'below' }, false],
    ['a huge table id', { type: 'action', tableId: 'x'.repeat(65), format: 'csv', to: 'below' }, false],
    ['a page request', { type: 'rows', tableId: 't1', requestId: 3, firstRow: 500 }, true],
    ['Use as… on a column', { type: 'useAs', tableId: 't1', column: 2 }, true],
    ['Use as… on a negative column', { type: 'useAs', tableId: 't1', column: -1 }, false],
    ['Use as… by column name', { type: 'useAs', tableId: 't1', column: 'Spend' }, false],
    ['a page request from a negative row', { type: 'rows', tableId: 't1', requestId: 3, firstRow: -500 }, false],
    ['a page request from a fractional row', { type: 'rows', tableId: 't1', requestId: 3, firstRow: 1.5 }, false],
    ['a page request without a request id', { type: 'rows', tableId: 't1', firstRow: 0 }, false],
    ['a string', 'ready', false],
    ['null', null, false],
    ['a prototype key', JSON.parse('{"__proto__": {"type": "ready"}}'), false],
  ];
  for (const [name, message, ok] of fromView) {
    it(`from the view: ${name} is ${ok ? 'accepted' : 'ignored'}`, () =>
      assert.equal(fromViewSchema.safeParse(message).success, ok));
  }

  it('to the view: a table is accepted, a table without columns is not', () => {
    const table = {
      id: 't1',
      title: 'x',
      columns: [{ label: 'CTR', kind: 'kpi' }],
      rows: [{ cells: [{ text: '1.00%' }] }],
      firstRow: 0,
      rowCount: 1,
      notes: [],
      canInsert: true,
      canInsertCell: false,
      canMap: true,
      read: [{ column: 0, name: 'Link clicks', role: 'input', text: 'Clicks (count)', canMap: true, mapped: false }],
    };
    assert.equal(toViewSchema.safeParse({ type: 'show', tables: [table] }).success, true);
    assert.equal(
      toViewSchema.safeParse({
        type: 'show',
        tables: [{ ...table, read: [{ column: -1, name: 'x', role: 'input', text: '', canMap: true, mapped: false }] }],
      }).success,
      false,
    );
    assert.equal(
      toViewSchema.safeParse({
        type: 'show',
        tables: [{ ...table, read: [{ column: 0, name: 'x', role: 'guess', text: '', canMap: true, mapped: false }] }],
      }).success,
      false,
    );
    assert.equal(toViewSchema.safeParse({ type: 'show', tables: [{ ...table, columns: undefined }] }).success, false);
  });

  it('to the view: a page answers its request; more rows than a page are refused', () => {
    const row = { cells: [{ text: '1.00%' }] };
    const page = { type: 'rows', tableId: 't1', requestId: 2, firstRow: 500, rows: [row] };
    assert.equal(toViewSchema.safeParse(page).success, true);
    assert.equal(toViewSchema.safeParse({ ...page, requestId: undefined }).success, false);
    assert.equal(
      toViewSchema.safeParse({ ...page, rows: Array.from({ length: PAGE_ROWS + 1 }, () => row) }).success,
      false,
    );
  });
});

describe('Evaluate Selection arguments', () => {
  const cases: [string, unknown, string][] = [
    ['none', undefined, '{}'],
    ['a document URI from the context menu', { scheme: 'file', path: '/x' }, '{}'],
    ['a metric for a list of numbers', { metric: 'ctr' }, '{"metric":"ctr"}'],
    [
      'a table destination',
      { table: { format: 'json', to: 'clipboard' } },
      '{"table":{"format":"json","to":"clipboard"}}',
    ],
    ['a wrong format', { table: { format: 'xml', to: 'below' } }, 'error: table.format'],
    ['an empty metric', { metric: '' }, 'error: metric'],
  ];
  for (const [name, arg, expected] of cases) {
    it(name, () => {
      const parsed = evaluateArgsOf(arg);
      assert.equal(
        parsed.ok ? JSON.stringify(parsed.args) : `error: ${/\(([^)]*)\)/.exec(parsed.message)?.[1]}`,
        expected,
      );
    });
  }
});

describe('the results view page in German', () => {
  const page = resultsPage({
    cspSource: 'https://webview.example',
    scriptUri: 'https://webview.example/results.js',
    nonce: makeNonce(),
    title: 'KPI-Ergebnisse',
    computing: 'Wird berechnet…',
    language: 'de',
    translations: { 'No value': 'Kein Wert', '{0} rows': '{0} Zeilen "x"' },
  });

  it("says its language and carries the translations the page's own labels need, escaped", () => {
    assert.match(page, /<html lang="de">/);
    assert.match(page, /<h1 class="visually-hidden">KPI-Ergebnisse<\/h1>/);
    assert.match(page, /Wird berechnet…/);
    const meta = /<meta name="mmx-l10n" content="([^"]*)">/.exec(page)?.[1];
    assert.ok(meta, 'the translations meta');
    const decoded = meta.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    assert.deepEqual(JSON.parse(decoded), { 'No value': 'Kein Wert', '{0} rows': '{0} Zeilen "x"' });
  });
});
