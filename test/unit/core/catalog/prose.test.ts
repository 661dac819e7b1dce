import assert from 'node:assert/strict';
import { BUILTIN_CATALOG } from '../../../../src/core/catalog/data';
import { catalogDataSchema } from '../../../../src/core/catalog/schema';

const { quantities, metrics, categories } = BUILTIN_CATALOG;

// Each metric's prose sits beside its formula (src/core/catalog/metrics/); the schema
// (data.test.ts) requires the texts, these check what it cannot.
describe('built-in catalog prose', () => {
  it('gives every metric a description, non-empty cautions and a sentence per example', () => {
    for (const m of metrics) {
      assert.ok(m.description.trim(), `${m.id} has no description`);
      assert.ok(
        m.cautions.every((c) => c.trim()),
        `${m.id} has an empty caution`,
      );
      assert.ok(
        m.examples.every((e) => e.description.trim()),
        `${m.id} has an empty example sentence`,
      );
    }
  });

  it('gives every non-additive input a reason, and no additive one', () => {
    for (const q of quantities) {
      if (q.additive) assert.equal(q.nonAdditiveReason, undefined, `${q.id} is additive but has a reason`);
      else assert.ok(q.nonAdditiveReason?.trim(), `${q.id} is not additive and has no reason`);
    }
  });

  it('describes every category', () => {
    for (const c of categories) assert.ok(c.description.trim(), `${c.id} has no description`);
  });

  // The schema's parse writes each object's keys in the schema's order: what JSON.stringify shows.
  it("keeps every definition's keys, prose included, in the schema's order", () => {
    const parsed = catalogDataSchema.parse(BUILTIN_CATALOG);
    const keys = (data: typeof BUILTIN_CATALOG) => [
      ...data.quantities.map((q) => Object.keys(q)),
      ...data.metrics.flatMap((m) => [Object.keys(m), ...m.examples.map((e) => Object.keys(e))]),
      ...data.categories.map((c) => Object.keys(c)),
    ];
    assert.deepEqual(keys(BUILTIN_CATALOG), keys(parsed));
    assert.equal(JSON.stringify(BUILTIN_CATALOG), JSON.stringify(parsed));
  });
});
