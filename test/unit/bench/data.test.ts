import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { campaignRows, FIELDS, toCsv, toJson, type FieldValue } from '../../../bench/data';
import { exportRows, moneyText, type ExportRow } from '../../../bench/exports';
import { handLoop, handLoopCsv, KPI_IDS, numberOf, type KpiResult } from '../../../bench/peers';
import { aggregateTable, analyseTable, readNumber, readTable, type TotalRow } from '../../../src/core';

const ROWS = 2_000;
const rows = exportRows(ROWS);
const cellsOf = (text: string): string[][] =>
  Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
const share = (test: (row: ExportRow) => boolean): number => rows.filter(test).length / rows.length;
const written = (value: FieldValue): string => (value === null ? '' : String(value));

describe('bench data as exports are', () => {
  it('is the same on every run and carries the numbers of the numbers-only set', () => {
    assert.deepEqual(exportRows(300), exportRows(300));
    const numbers = campaignRows(ROWS);
    rows.forEach((row, r) => {
      for (const field of FIELDS) {
        const value = numberOf(row[field]);
        if (!Number.isNaN(value)) assert.equal(value, numbers[r]![field], `row ${r} ${field}`);
      }
    });
  });

  it('keeps the invariants of exports', () => {
    for (const row of rows) {
      assert.ok(row.clicks <= row.impressions && row.sessions <= row.clicks && row.leads <= row.sessions);
      if (row.conversions !== null) assert.ok(row.conversions <= row.sessions);
    }
  });

  it('has dates, names with commas and quotes, channels, empty cells and amounts as text', () => {
    assert.ok(rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row.date)));
    assert.ok(rows.some((row) => row.campaign.includes(',') && row.campaign.includes('"')));
    assert.ok(new Set(rows.map((row) => row.channel)).size >= 5);
    for (const empty of [share((row) => row.conversions === null), share((row) => row.revenue === null)])
      assert.ok(empty > 0.015 && empty < 0.05, `${empty}`);
    const money = share((row) => typeof row.cost === 'string');
    assert.ok(money > 0.03 && money < 0.08, `${money}`);
    assert.ok(rows.some((row) => typeof row.cost === 'string' && /^\$\d{1,3}(,\d{3})+\.\d\d$/.test(row.cost)));
  });

  it('writes CSV that papaparse reads back cell for cell, with amounts quoted', () => {
    const csv = toCsv(rows);
    const cells = cellsOf(csv);
    const keys = Object.keys(rows[0]!) as (keyof ExportRow)[];
    assert.deepEqual(cells[0], keys);
    rows.forEach((row, r) =>
      assert.deepEqual(
        cells[r + 1],
        keys.map((key) => written(row[key])),
      ),
    );
    assert.match(csv, /,"\$\d{1,3}(,\d{3})*\.\d\d",/);
    assert.match(csv, /,"[^"\n]*, ""[A-Z]+"" – [^"\n]*",/);
  });

  it('writes numbers-only CSV with the seven fields', () => {
    const cells = cellsOf(toCsv(campaignRows(10)));
    assert.deepEqual(cells[0], [...FIELDS]);
    assert.equal(cells.length, 11);
  });

  it('reads "$1,234.50" as the core does', () => {
    for (const value of [0, 0.5, 12.3, 999.99, 1234.5, 98765.43, 1234567.89]) {
      const text = moneyText(value);
      const core = readNumber(text);
      assert.ok(core.ok);
      assert.equal(numberOf(text), value, text);
      assert.equal(core.value, value, text);
    }
    assert.equal(moneyText(1234.5), '$1,234.50');
    assert.ok(Number.isNaN(numberOf('')) && Number.isNaN(numberOf(null)));
  });
});

/** The check the bench makes before timing, at a size a unit test can afford. */
function assertSameTotals(reference: KpiResult, total: TotalRow, name: string): void {
  const ours = new Map(total.results.map((m) => [m.id, m.value]));
  for (const id of KPI_IDS) {
    const got = ours.get(id);
    if (got === undefined)
      assert.ok(reference.incomplete.has(id) || Number.isNaN(reference.total[id]), `${name}: no total ${id}`);
    else assert.equal(got, reference.total[id], `${name}: total ${id}`);
  }
}

describe('the bench reference on realistic rows', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`agrees with the core's totals on ${format.toUpperCase()}`, () => {
      const text = format === 'json' ? toJson(rows) : toCsv(rows);
      const reference = format === 'json' ? handLoop(JSON.parse(text) as ExportRow[]) : handLoopCsv(cellsOf(text));
      assert.deepEqual([...reference.incomplete].sort(), ['conversionRate', 'cpa', 'mer', 'roas']);
      const table = readTable(text);
      assert.ok(table.ok && table.kind === 'table');
      assertSameTotals(reference, aggregateTable(table).total, 'aggregateTable');
      const analysed = analyseTable(table).aggregate.total;
      assertSameTotals(reference, analysed, 'analyseTable');
      // Evaluate Selection reads an empty amount as 0: its totals are the ratio of sums over the cells present.
      assert.equal(analysed.results.find((m) => m.id === 'roas')?.value, reference.total.roas);
    });
  }
});
