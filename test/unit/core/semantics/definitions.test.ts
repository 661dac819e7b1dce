// Issue 16, "Semantics a careful analyst checks": each test here failed before its fix, through
// the public core — evaluate (one record), aggregate (rows as one table) and aggregateRows
// (each row a one-row table, the same engine).
import assert from 'node:assert/strict';
import { aggregate, computeAll, evaluate, formulaAsCode, solve, type Inputs } from '../../../../src/core';
import { aggregateRows } from '../../../../src/core/aggregate';

function valueOf(id: string, inputs: Inputs, variants?: Record<string, string>): number {
  const result = evaluate(id, inputs, variants ? { variants } : {});
  assert.ok(result.ok, `${id}: ${result.ok ? '' : result.error.message}`);
  return result.value;
}

/** The total of one metric over rows, the rows as one table and row by row, which must agree. */
function totalOf(id: string, rows: Inputs[]): number | undefined {
  const columnar = aggregate(rows, [id]).total.results.find((r) => r.id === id)?.value;
  const perRow = aggregateRows(rows, [id], {}).total.results.find((r) => r.id === id)?.value;
  assert.equal(columnar, perRow, 'the rows as one table and row by row agree');
  return columnar;
}

describe('definitions: forms the data chooses when no setting does', () => {
  it('churn from customers at start, new and at end: lost = start + new − end (Farris et al.)', () => {
    const result = evaluate('churnRate', { customersStart: 1000, newCustomers: 100, customersEnd: 1050 });
    assert.ok(result.ok);
    assert.equal(result.value, 0.05);
    assert.equal(result.variant, 'startNewEnd', 'the result names the form it used');
    // Head counts of two segments do not sum into one base: no total, with the reason.
    const segments = [
      { customersStart: 1000, newCustomers: 100, customersEnd: 1050 },
      { customersStart: 2000, newCustomers: 100, customersEnd: 2050 },
    ];
    assert.equal(totalOf('churnRate', segments), undefined);
    assert.match(aggregate(segments, ['churnRate']).total.notAggregable[0]!.reason, /customersStart is not additive/);
  });

  it('customers lost, when given, is used rather than derived', () => {
    const result = evaluate('churnRate', {
      customersLost: 40,
      customersStart: 1000,
      newCustomers: 100,
      customersEnd: 1050,
    });
    assert.ok(result.ok);
    assert.equal(result.value, 0.04);
    assert.equal(result.variant, undefined);
  });

  it('NPS from promoters, passives and detractors: respondents are the three together (Bain)', () => {
    assert.equal(valueOf('nps', { promoters: 70, passives: 20, detractors: 10 }), 60);
    assert.equal(
      totalOf('nps', [
        { promoters: 70, passives: 20, detractors: 10 },
        { promoters: 10, passives: 20, detractors: 70 },
      ]),
      0,
    );
  });

  it("GA4's bounce rate from sessions and engaged sessions: 1 − engaged / sessions", () => {
    const result = evaluate('bounceRate', { sessions: 1000, engagedSessions: 600 });
    assert.ok(result.ok);
    assert.equal(result.value, 0.4);
    assert.equal(result.variant, 'ga4');
    assert.equal(
      totalOf('bounceRate', [
        { sessions: 1000, engagedSessions: 600 },
        { sessions: 3000, engagedSessions: 2000 },
      ]),
      0.35,
    );
  });

  it('single-page sessions, when given, keep the Universal Analytics form', () => {
    const result = evaluate('bounceRate', { sessions: 1000, singlePageSessions: 300, engagedSessions: 600 });
    assert.ok(result.ok);
    assert.equal(result.value, 0.3);
  });

  it('open rate, email click rate and unsubscribe rate from sent and bounced: delivered = sent − bounced (Mailchimp)', () => {
    const email = { emailsSent: 10500, emailsBounced: 500, uniqueOpens: 2000, uniqueClicks: 300, unsubscribes: 20 };
    assert.equal(valueOf('openRate', email), 0.2);
    assert.equal(valueOf('emailClickRate', email), 0.03);
    assert.equal(valueOf('unsubscribeRate', email), 0.002);
    assert.equal(totalOf('openRate', [email, email]), 0.2);
  });

  it('LTV:CAC with a gross margin uses gross-profit CLV, not revenue', () => {
    const record = { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3, grossMarginRate: 0.4, cac: 100 };
    assert.equal(valueOf('clv', record), 360);
    assert.equal(valueOf('ltvToCac', record), 3.6);
    const all = computeAll(record).results;
    assert.equal(all.find((r) => r.id === 'ltvToCac')?.value, 3.6, 'computeAll chains the same form');
  });

  it('CLV from monthly revenue, margin and churn: the subscription form', () => {
    assert.equal(valueOf('clv', { monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75, churnRate: 0.05 }), 1200);
    assert.equal(
      valueOf('clv', { monthlyRevenuePerCustomer: 80, grossMarginRate: 0.75, customersLost: 5, customersStart: 100 }),
      1200,
      'through churn from its own inputs',
    );
  });

  it('a setting still wins over the data, and "default" pins the default form', () => {
    const record = { avgPurchaseValue: 50, purchaseFrequency: 6, customerLifespan: 3, grossMarginRate: 0.4 };
    assert.equal(valueOf('clv', record, { clv: 'default' }), 900);
    const refused = evaluate(
      'bounceRate',
      { sessions: 1000, engagedSessions: 600 },
      { variants: { bounceRate: 'default' } },
    );
    assert.ok(!refused.ok);
    assert.match(refused.error.message, /needs singlePageSessions/);
  });

  it('Insert Formula as Code still writes the default form (it has no data to choose by)', () => {
    const code = formulaAsCode('bounceRate', 'sql');
    assert.ok(code.ok);
    assert.match(code.code, /single_page_sessions/);
  });
});

describe('definitions: values no population can have are refused, naming the inputs', () => {
  it('retention of 110 %: more customers retained than at start', () => {
    const result = evaluate('retentionRate', { customersStart: 500, newCustomers: 50, customersEnd: 600 });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'partExceedsWhole');
    assert.match(result.error.message, /customersEnd - newCustomers \(550\) is larger than customersStart \(500\)/);
  });

  it('retention of −18 %: more new customers than customers at end', () => {
    const result = evaluate('retentionRate', { customersStart: 500, newCustomers: 140, customersEnd: 50 });
    assert.ok(!result.ok);
    assert.match(result.error.message, /newCustomers \(140\) is larger than customersEnd \(50\)/);
  });

  it('the columnar engine refuses the same rows and keeps the others', () => {
    const rows = [
      { customersStart: 500, newCustomers: 50, customersEnd: 510 },
      { customersStart: 500, newCustomers: 50, customersEnd: 600 },
    ];
    const result = aggregate(rows, ['retentionRate']);
    assert.equal(result.rows[0]!.results[0]?.value, 0.92);
    assert.equal(result.rows[1]!.results.length, 0);
    assert.match(result.rows[1]!.problems[0]!.error.message, /larger than customersStart/);
  });

  it('promoters + detractors above respondents', () => {
    const result = evaluate('nps', { promoters: 70, detractors: 40, respondents: 100 });
    assert.ok(!result.ok);
    assert.match(result.error.message, /promoters \+ detractors \(110\) is larger than respondents \(100\)/);
    const rows = aggregate([{ promoters: 70, detractors: 40, respondents: 100 }], ['nps']);
    assert.equal(rows.rows[0]!.results.length, 0, 'and the columnar engine gives no value either');
  });

  it('patient retention has the same bounds', () => {
    assert.ok(!evaluate('patientRetentionRate', { patientsStart: 1000, newPatients: 100, patientsEnd: 1200 }).ok);
  });
});

describe('definitions: a total that rests on rows sharing one population says so', () => {
  const segments = [
    { customersStart: 1000, customersLost: 40 },
    { customersStart: 1000, customersLost: 50 },
  ];

  it('two segments of 1,000 customers: the total states the assumption and the 4.5 % of separate populations', () => {
    for (const total of [aggregate(segments, ['churnRate']).total, aggregateRows(segments, ['churnRate'], {}).total]) {
      assert.equal(total.results[0]?.value, 0.09);
      assert.equal(total.assumptions.length, 1);
      assert.equal(total.assumptions[0]!.id, 'churnRate');
      assert.match(total.assumptions[0]!.reason, /takes customersStart \(1,000 in every row\) as one population/);
      assert.match(total.assumptions[0]!.reason, /customersStart is 2,000 and Churn rate is 4\.50%/);
    }
  });

  it('an additive total, or a rate shared by every row, states nothing', () => {
    assert.deepEqual(
      aggregate(
        [
          { clicks: 1, impressions: 10 },
          { clicks: 2, impressions: 10 },
        ],
        ['ctr'],
      ).total.assumptions,
      [],
    );
    const margin = aggregate([
      { revenue: 100, cost: 10, grossMarginRate: 0.5 },
      { revenue: 100, cost: 20, grossMarginRate: 0.5 },
    ]).total;
    assert.deepEqual(margin.assumptions, []);
  });

  it('CTR over given impressions does not rest on the reach beside them; frequency does', () => {
    // impressions is also a metric (reach × frequency): a total over given impressions must not
    // look through it to reach.
    const rows = [
      { clicks: 10, impressions: 1000, reach: 500 },
      { clicks: 20, impressions: 3000, reach: 500 },
    ];
    const { total } = aggregate(rows, ['ctr', 'frequency']);
    assert.deepEqual(
      total.assumptions.map((a) => a.id),
      ['frequency'],
    );
  });
});

describe('definitions: solve says when the unknown cancels out', () => {
  it('NPS with as many promoters as detractors is 0 whatever respondents is', () => {
    const result = solve('nps', { nps: 10, promoters: 50, detractors: 50 }, 'respondents');
    assert.ok(!result.ok);
    assert.match(
      result.error.message,
      /respondents cancels out: with the other inputs as they are, NPS is 0\.0 whatever respondents is, so no value gives 10\.0/,
    );
  });
});
