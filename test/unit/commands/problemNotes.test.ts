// Notes that flood (issue 15, item 6): a problem shared by many rows is said once per KPI or
// column, with the count and the first rows; a problem of one row keeps its row-first wording.
import assert from 'node:assert/strict';
import { builtinCatalog, type CoreOptions } from '../../../src/core';
import { analyse } from '../../../src/commands/evaluate/analyse';
import { computeTable } from '../../../src/commands/evaluate/table';
import { NO_PROGRESS } from '../../../src/commands/evaluate/work';
import type { TableModel } from '../../../src/results/model';

const options: CoreOptions = { locale: 'en-US', catalog: builtinCatalog() };

async function modelOf(text: string): Promise<TableModel> {
  const analysis = analyse(text, options);
  assert.ok(!('ok' in analysis) && analysis.kind === 'table', JSON.stringify(analysis).slice(0, 200));
  return (await computeTable(analysis.source, options, NO_PROGRESS))!;
}

/** 1,143 campaign rows as an export has them; every fifth-and-a-bit row has no clicks. */
function exportRows(
  rows: number,
  noClicks: (r: number) => boolean,
  clicks: (r: number) => string = () => '12',
): string {
  const lines = ['Campaign,Day,Impressions,Clicks,Cost'];
  for (let r = 0; r < rows; r++)
    lines.push(
      `"Campaign ${r % 40}, EU",2024-03-${String(1 + (r % 28)).padStart(2, '0')},${1000 + r},${noClicks(r) ? 0 : clicks(r)},${(r % 90) + 0.5}`,
    );
  return lines.join('\n');
}

describe('notes under a table: once per KPI or column, with the count and the first rows', () => {
  it('215 rows without clicks give one CPC line, not 215', async () => {
    const zero = (r: number) => r % 16 === 3 || r % 16 === 9 || (r % 16 === 14 && r % 3 === 0);
    const model = await modelOf(exportRows(1143, zero));
    const count = Array.from({ length: 1143 }, (_, r) => r).filter(zero).length;
    const cpc = model.problems.filter((p) => p.includes('CPC'));
    assert.deepEqual(cpc, [
      `CPC has no value in ${count} rows (4, 10, 20, 26, 31, …): no clicks: it is 0, and the formula divides by it`,
    ]);
    assert.equal(model.moreProblems, 0);
  });

  it('a spreadsheet error in many cells of a column: one line with the count', async () => {
    const model = await modelOf(
      exportRows(
        60,
        () => false,
        (r) => (r % 3 === 1 ? '#DIV/0!' : '9'),
      ),
    );
    const clicks = model.problems.filter((p) => p.includes("'clicks'") || p.includes("'Clicks'"));
    assert.deepEqual(clicks, [
      "Column 'Clicks' is not usable in 20 rows (2, 5, 8, 11, 14, …): '#DIV/0!' is not a number (a spreadsheet error)",
    ]);
  });

  it('more problem rows than are looked at: the count stays exact', async () => {
    const model = await modelOf(exportRows(3000, (r) => r % 2 === 0));
    assert.deepEqual(
      model.problems.filter((p) => p.includes('CPC')),
      ['CPC has no value in 1,500 rows (1, 3, 5, 7, 9, …): no clicks: it is 0, and the formula divides by it'],
    );
  });

  it('one row keeps its row-first wording', async () => {
    const model = await modelOf(exportRows(10, (r) => r === 4));
    assert.deepEqual(
      model.problems.filter((p) => p.includes('CPC')),
      ['Row 5: CPC — no clicks: it is 0, and the formula divides by it'],
    );
  });
});
