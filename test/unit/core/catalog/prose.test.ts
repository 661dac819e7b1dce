import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { CATALOG_PROSE } from '../../../../src/core/catalog/prose';
import { catalogDataSchema } from '../../../../src/core/catalog/schema';
import { metricWithProse, type MetricFacts } from '../../../../src/core/catalog/withProse';

const { quantities, metrics, categories } = BUILTIN_CATALOG;

describe('built-in catalog prose', () => {
  it('covers every metric: a description, its cautions and a sentence per example', () => {
    for (const m of metrics) {
      const prose = CATALOG_PROSE.metrics[m.id];
      assert.ok(prose, `${m.id} has no prose`);
      assert.ok(prose.description.trim(), `${m.id} has no description`);
      assert.ok(prose.cautions.every((c) => c.trim()), `${m.id} has an empty caution`);
      assert.equal(prose.examples.length, m.examples.length, `${m.id}: ${prose.examples.length} sentences for ${m.examples.length} examples`);
      assert.ok(prose.examples.every((e) => e.trim()), `${m.id} has an empty example sentence`);
    }
  });

  it('gives every non-additive input a reason, and no additive one', () => {
    for (const q of quantities) {
      const reason = CATALOG_PROSE.quantities[q.id]?.nonAdditiveReason;
      if (q.additive) assert.equal(reason, undefined, `${q.id} is additive but has a reason`);
      else assert.ok(reason?.trim(), `${q.id} is not additive and has no reason`);
    }
  });

  it('describes every category', () => {
    for (const c of categories) assert.ok(CATALOG_PROSE.categories[c.id]?.trim(), `${c.id} has no description`);
  });

  it('holds no prose for ids the catalog lacks', () => {
    const stale = (prose: object, ids: readonly string[]) => Object.keys(prose).filter((id) => !ids.includes(id));
    assert.deepEqual(stale(CATALOG_PROSE.metrics, metrics.map((m) => m.id)), []);
    assert.deepEqual(stale(CATALOG_PROSE.quantities, quantities.map((q) => q.id)), []);
    assert.deepEqual(stale(CATALOG_PROSE.categories, categories.map((c) => c.id)), []);
  });

  it('is what the definitions read, and each input has a description exactly when its prose does', () => {
    for (const m of metrics) {
      const prose = CATALOG_PROSE.metrics[m.id]!;
      assert.equal(m.description, prose.description);
      assert.deepEqual(m.cautions, prose.cautions);
      assert.deepEqual(m.examples.map((e) => e.description), prose.examples);
    }
    for (const q of quantities) {
      assert.equal('description' in q, CATALOG_PROSE.quantities[q.id]?.description !== undefined, `${q.id}: description`);
      assert.equal(q.description, CATALOG_PROSE.quantities[q.id]?.description);
      assert.equal(q.nonAdditiveReason, CATALOG_PROSE.quantities[q.id]?.nonAdditiveReason);
    }
    for (const c of categories) assert.equal(c.description, CATALOG_PROSE.categories[c.id]);
  });

  // The schema's parse writes each object's keys in the schema's order: where the prose stood inline.
  it('keeps every definition\'s keys, prose included, in the schema\'s order', () => {
    const parsed = catalogDataSchema.parse(BUILTIN_CATALOG);
    const keys = (data: typeof BUILTIN_CATALOG) => [
      ...data.quantities.map((q) => Object.keys(q)),
      ...data.metrics.flatMap((m) => [Object.keys(m), ...m.examples.map((e) => Object.keys(e))]),
      ...data.categories.map((c) => Object.keys(c)),
    ];
    assert.deepEqual(keys(BUILTIN_CATALOG), keys(parsed));
    assert.equal(JSON.stringify(BUILTIN_CATALOG), JSON.stringify(parsed));
  });

  it('reads as plain data: a read settles the text, a write replaces it', () => {
    const ctr = (): MetricFacts => ({ id: 'ctr', name: 'CTR', aliases: [], formula: 'clicks / impressions', unit: 'percent', direction: 'higher', related: [], examples: [{ inputs: {}, expected: 0 }] });
    const read = metricWithProse(ctr());
    assert.equal(read.description, CATALOG_PROSE.metrics['ctr']!.description);
    assert.deepEqual(Object.getOwnPropertyDescriptor(read, 'description'), { value: read.description, writable: true, enumerable: true, configurable: true });
    const written = metricWithProse(ctr());
    written.cautions = ['mine'];
    assert.deepEqual(written.cautions, ['mine']);
    assert.deepEqual(Object.keys(written), ['id', 'name', 'aliases', 'formula', 'unit', 'direction', 'description', 'cautions', 'related', 'examples']);
    assert.equal(written.examples[0]!.description, CATALOG_PROSE.metrics['ctr']!.examples[0]);
  });
});
