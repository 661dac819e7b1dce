// Which groups the results view shows (src/results/report/tree.ts): collapsed groups hide
// their subgroups, sorting orders siblings within their parent, the filter keeps matches with
// their parents opened.
import assert from 'node:assert/strict';
import type { ViewReportRow } from '../../../src/results/protocol';
import { allExpandable, treeOf, visibleRows, type ReportTreeState } from '../../../src/results/report/tree';

/** Channel › campaign, with one KPI column: [label, level, value]. */
const ROWS: ViewReportRow[] = (
  [
    ['Search', 1, 3],
    ['Brand', 2, 5],
    ['Generic', 2, 1],
    ['Social', 1, 7],
    ['Prospecting', 2, 2],
    ['Retargeting', 2, null],
    ['Lookalike', 2, 9],
    ['Email', 1, null],
  ] as const
).map(([label, level, value]) => ({ label, level, cells: [{ text: String(value ?? ''), sort: value }] }));

const tree = treeOf(ROWS);
const labels = (state: Partial<ReportTreeState>) =>
  visibleRows(ROWS, tree, { expanded: allExpandable(tree), filter: '', ...state }).map((r) => ROWS[r.index]!.label);

describe('report tree', () => {
  it('nests groups by level', () => {
    assert.deepEqual(tree.roots, [0, 3, 7]);
    assert.deepEqual(tree.children[3], [4, 5, 6]);
    assert.deepEqual(tree.parent, [-1, 0, 0, -1, 3, 3, 3, -1]);
  });

  it('shows every group expanded, in the report order', () => {
    assert.deepEqual(labels({}), [
      'Search',
      'Brand',
      'Generic',
      'Social',
      'Prospecting',
      'Retargeting',
      'Lookalike',
      'Email',
    ]);
  });

  it('a collapsed group hides its subgroups; rows say whether they have any and are open', () => {
    const rows = visibleRows(ROWS, tree, { expanded: new Set([3]), filter: '' });
    assert.deepEqual(
      rows.map((r) => [ROWS[r.index]!.label, r.hasChildren, r.expanded]),
      [
        ['Search', true, false],
        ['Social', true, true],
        ['Prospecting', false, false],
        ['Retargeting', false, false],
        ['Lookalike', false, false],
        ['Email', false, false],
      ],
    );
  });

  it('sorts siblings within their parent, groups without a value last either way', () => {
    assert.deepEqual(labels({ sort: { column: 0, descending: true } }), [
      'Social',
      'Lookalike',
      'Prospecting',
      'Retargeting',
      'Search',
      'Brand',
      'Generic',
      'Email',
    ]);
    assert.deepEqual(labels({ sort: { column: 0, descending: false } }), [
      'Search',
      'Generic',
      'Brand',
      'Social',
      'Prospecting',
      'Lookalike',
      'Retargeting',
      'Email',
    ]);
  });

  it('sorts by the group text, numbers in their order', () => {
    const rows = ['Week 10', 'Week 9', 'week 1'].map((label) => ({ label, level: 1, cells: [] }));
    assert.deepEqual(
      visibleRows(rows, treeOf(rows), { expanded: new Set(), filter: '', sort: { column: -1, descending: false } }).map(
        (r) => rows[r.index]!.label,
      ),
      ['week 1', 'Week 9', 'Week 10'],
    );
  });

  it('filters by group text: a match keeps its parent (opened) and its subgroups', () => {
    assert.deepEqual(labels({ filter: 'retarg', expanded: new Set() }), ['Social', 'Retargeting']);
    assert.deepEqual(labels({ filter: 'SOCIAL' }), ['Social', 'Prospecting', 'Retargeting', 'Lookalike']);
    assert.deepEqual(labels({ filter: 'nothing like it' }), []);
    assert.deepEqual(labels({ filter: '  ' }).length, 8, 'blank filters nothing');
  });
});
