// JSON as ad and analytics APIs return it, read as a table whose columns are the API's field
// paths (src/core/read/apiJson.ts, jsonTable.ts). The fixtures and their sources:
//
//  - google-ads-api-searchstream.json: Google Ads API SearchStream REST response
//    https://developers.google.com/google-ads/api/reference/rpc/v20/SearchGoogleAdsStreamResponse
//    https://developers.google.com/google-ads/api/docs/conversions/reporting
//  - ga4-data-api-runreport.json: GA4 Data API runReport response
//    https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/RunReportResponse
//    https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/Row
//  - meta-insights-api.json: Meta Marketing API insights
//    https://developers.facebook.com/docs/marketing-api/reference/ads-insights/
//    https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/insights
//    https://developers.secure.facebook.com/docs/marketing-api/ad-rules/guides/roas-ad-rules
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSelection, readTable } from '../../../../src/core/read/selection';
import type { ColumnarRows, TableReading } from '../../../../src/core/read/selectionTypes';
import { EXPORT_FIXTURES } from '../../../fixtures/exports/corpus';

const FOLDER = path.join(__dirname, '..', '..', '..', 'fixtures', 'exports');

function table(reading: TableReading): ColumnarRows {
  assert.ok(reading.ok, `expected a table, got ${JSON.stringify(reading).slice(0, 300)}`);
  assert.equal(reading.kind, 'table', JSON.stringify(reading).slice(0, 300));
  return reading as ColumnarRows;
}

function failure(reading: TableReading): { message: string; span?: { start: number; end: number } } {
  assert.ok(!reading.ok, `expected a failure, got ${JSON.stringify(reading).slice(0, 300)}`);
  return reading.error;
}

function fixture(file: string): { text: string; columns: string[] } {
  const entry = EXPORT_FIXTURES.find((f) => f.file === file);
  assert.ok(entry !== undefined, `${file} is in corpus.ts`);
  return { text: fs.readFileSync(path.join(FOLDER, file), 'utf8'), columns: Object.keys(entry.columns) };
}

/** The cell of `column` in row `r`: its number, else its text, else null (an empty cell). */
function cell(reading: ColumnarRows, column: string, r: number): number | string | null {
  const c = reading.columns.indexOf(column);
  assert.ok(c >= 0, `no column ${column} in ${reading.columns.join(', ')}`);
  const value = reading.data[c]![r]!;
  return reading.texts[c]?.get(r) ?? (Number.isNaN(value) ? null : value);
}

function column(reading: ColumnarRows, name: string): number[] {
  return Array.from(reading.data[reading.columns.indexOf(name)]!);
}

describe('read: JSON from ad and analytics APIs', () => {
  describe('Google Ads API SearchStream', () => {
    const { text, columns } = fixture('google-ads-api-searchstream.json');
    const reading = table(readTable(text));

    it("has the corpus's columns, named by field path, and no batch metadata", () => {
      for (const name of columns) assert.ok(reading.columns.includes(name), `${name} in ${reading.columns.join(', ')}`);
      assert.deepEqual(reading.columns, [
        'campaign.resourceName',
        'campaign.id',
        'campaign.name',
        'metrics.clicks',
        'metrics.impressions',
        'metrics.costMicros',
        'metrics.conversions',
        'metrics.conversionsValue',
        'segments.date',
      ]);
      assert.equal(reading.format, 'json');
      assert.deepEqual(reading.problems, []);
    });

    it('reads the results of every batch as rows, int64 strings as numbers', () => {
      assert.equal(reading.rowCount, 6);
      assert.equal(cell(reading, 'metrics.costMicros', 0), 42600000);
      assert.equal(cell(reading, 'metrics.clicks', 0), 71);
      assert.equal(cell(reading, 'campaign.name', 1), 'Search – Generic, Running Shoes');
      assert.equal(cell(reading, 'segments.date', 5), '2024-01-02');
      assert.equal(
        column(reading, 'metrics.impressions').reduce((a, b) => a + b),
        7925,
      );
    });

    it('leaves a field proto3 JSON omitted (a zero) as an empty cell, not 0', () => {
      const conversions = column(reading, 'metrics.conversions');
      assert.ok(Number.isNaN(conversions[2]!), 'the Competitors row has no conversions field');
      assert.deepEqual(
        conversions.filter((v) => !Number.isNaN(v)),
        [5, 4.5, 4, 3],
      );
      assert.equal(cell(reading, 'metrics.conversionsValue', 5), null);
    });

    it('concatenates several batches, and reads a summaryRow as the reported totals', () => {
      const stream = JSON.stringify(
        [
          {
            results: [{ metrics: { clicks: '3' }, segments: { date: '2024-01-01' } }],
            fieldMask: 'metrics.clicks,segments.date',
            requestId: 'a',
          },
          {
            results: [{ metrics: { clicks: '4' }, segments: { date: '2024-01-02' } }],
            fieldMask: 'metrics.clicks,segments.date',
            requestId: 'a',
          },
          { summaryRow: { metrics: { clicks: '7' } }, fieldMask: 'metrics.clicks,segments.date', requestId: 'a' },
        ],
        null,
        2,
      );
      const batches = table(readTable(stream));
      assert.deepEqual(batches.columns, ['metrics.clicks', 'segments.date']);
      assert.equal(batches.rowCount, 2);
      assert.deepEqual(column(batches, 'metrics.clicks'), [3, 4]);
      assert.deepEqual(batches.reportedTotals, [{ label: 'Total', values: [7, null] }]);
      assert.equal(batches.skipped?.length, 1);
      assert.equal(batches.skipped?.[0]?.why, 'footer');
      assert.match(batches.skipped?.[0]?.text ?? '', /^Total row of the Google Ads report/);
    });

    it('reads Search (not streamed) as its one list of rows, with its summaryRow', () => {
      const search =
        '{"results": [{"metrics": {"clicks": "3"}}, {"metrics": {"clicks": "4"}}], "totalResultsCount": "2", "fieldMask": "metrics.clicks", "summaryRow": {"metrics": {"clicks": "7"}}}';
      const reading = table(readTable(search));
      assert.deepEqual(reading.columns, ['metrics.clicks']);
      assert.deepEqual(reading.reportedTotals, [{ label: 'Total', values: [7] }]);
    });

    it('says so when the stream holds no rows', () => {
      const error = failure(readTable('[{"fieldMask": "metrics.clicks", "requestId": "x"}]'));
      assert.match(error.message, /^The Google Ads response holds no rows/);
    });
  });

  describe('GA4 Data API runReport', () => {
    const { text, columns } = fixture('ga4-data-api-runreport.json');
    const reading = table(readTable(text));

    it('has the header names as columns, dimensions then metrics', () => {
      assert.deepEqual(reading.columns, [
        'sessionDefaultChannelGroup',
        'sessions',
        'engagedSessions',
        'keyEvents',
        'totalRevenue',
        'totalUsers',
        'screenPageViews',
        'bounceRate',
      ]);
      for (const name of columns) assert.ok(reading.columns.includes(name), name);
      assert.deepEqual(reading.problems, []);
    });

    it('reads each row by position, metric strings as numbers', () => {
      assert.equal(reading.rowCount, 7);
      assert.equal(cell(reading, 'sessionDefaultChannelGroup', 0), 'Organic Search');
      assert.equal(cell(reading, 'sessions', 0), 4820);
      assert.equal(cell(reading, 'totalRevenue', 0), 8640.5);
      assert.equal(cell(reading, 'bounceRate', 2), 0.3800829876);
      assert.equal(cell(reading, 'sessionDefaultChannelGroup', 6), 'Unassigned');
      assert.equal(
        column(reading, 'sessions').reduce((a, b) => a + b),
        13390,
      );
    });

    it("keeps the totals row out of the rows, as the report's reported totals", () => {
      assert.deepEqual(reading.reportedTotals, [
        { label: 'RESERVED_TOTAL', values: [null, 13390, 8570, 273, 25710.5, 10420, 35927, 0.359970127] },
      ]);
      assert.deepEqual(
        reading.skipped?.map((s) => [s.line, s.why]),
        [[250, 'footer']],
      );
      assert.match(reading.skipped?.[0]?.text ?? '', /^Total row of the GA4 report: RESERVED_TOTAL, 13390, 8570/);
    });

    it('lists maximums and minimums as left out, and reads a report without dimensions', () => {
      const report = JSON.stringify(
        {
          metricHeaders: [{ name: 'sessions', type: 'TYPE_INTEGER' }],
          rows: [{ metricValues: [{ value: '5' }] }, { metricValues: [{ value: '7' }] }],
          totals: [{ metricValues: [{ value: '12' }] }],
          maximums: [{ metricValues: [{ value: '7' }] }],
          minimums: [{ metricValues: [{ value: '5' }] }],
          rowCount: 2,
        },
        null,
        2,
      );
      const reading = table(readTable(report));
      assert.deepEqual(reading.columns, ['sessions']);
      assert.deepEqual(column(reading, 'sessions'), [5, 7]);
      assert.deepEqual(reading.reportedTotals, [{ label: 'Total', values: [12] }]);
      assert.deepEqual(
        reading.skipped?.map((s) => s.text),
        ['Total row of the GA4 report: 12', 'GA4 maximums row left out: 7', 'GA4 minimums row left out: 5'],
      );
    });

    it('fails with a position when a row has fewer values than headers, and when it holds no rows', () => {
      const short =
        '{"dimensionHeaders": [{"name": "date"}], "metricHeaders": [{"name": "sessions"}],\n "rows": [{"dimensionValues": [{"value": "20240101"}], "metricValues": []}]}';
      const error = failure(readTable(short));
      assert.equal(error.message, 'Row 1 of the GA4 report has 0 metricValues for 1 metricHeaders');
      assert.equal(short.slice(error.span!.start, error.span!.end), '[]');
      assert.equal(
        failure(
          readTable(
            '{"dimensionHeaders": [{"name": "date"}], "metricHeaders": [], "rowCount": 0, "kind": "analyticsData#runReport"}',
          ),
        ).message,
        'The GA4 report holds no rows',
      );
    });
  });

  describe('Meta Marketing API insights', () => {
    const { text, columns } = fixture('meta-insights-api.json');
    const reading = table(readTable(text));

    it("has the corpus's columns: flat fields as they are, action lists one column per action type", () => {
      for (const name of columns) assert.ok(reading.columns.includes(name), `${name} in ${reading.columns.join(', ')}`);
      assert.ok(!reading.columns.includes('paging') && !reading.columns.some((name) => name.startsWith('paging.')));
      assert.ok(!reading.columns.includes('actions'));
      assert.deepEqual(reading.problems, []);
    });

    it('reads strings as numbers, and action values by action type', () => {
      assert.equal(reading.rowCount, 4);
      assert.equal(cell(reading, 'spend', 0), 2736);
      assert.equal(cell(reading, 'impressions', 0), 182400);
      assert.equal(cell(reading, 'actions[action_type=purchase].value', 0), 57);
      assert.equal(cell(reading, 'actions[action_type=link_click].value', 0), 2371);
      assert.equal(cell(reading, 'action_values[action_type=purchase].value', 1), 7350.5);
      assert.equal(cell(reading, 'purchase_roas[action_type=omni_purchase].value', 0), 3.333333);
      assert.equal(cell(reading, 'campaign_name', 1), '"Always On" Retargeting');
      assert.equal(cell(reading, 'date_start', 3), '2024-01-01');
    });

    it('leaves a row without an action type empty there', () => {
      const text = JSON.stringify({
        data: [
          {
            campaign_name: 'A',
            spend: '10.00',
            actions: [
              { action_type: 'purchase', value: '2' },
              { action_type: 'link_click', value: '9' },
            ],
          },
          { campaign_name: 'B', spend: '5.00', actions: [{ action_type: 'link_click', value: '4' }] },
          { campaign_name: 'C', spend: '1.00' },
        ],
        paging: { cursors: { before: 'x', after: 'y' } },
      });
      const reading = table(readTable(text));
      assert.deepEqual(reading.columns, [
        'campaign_name',
        'spend',
        'actions[action_type=purchase].value',
        'actions[action_type=link_click].value',
      ]);
      assert.deepEqual(column(reading, 'actions[action_type=purchase].value'), [2, NaN, NaN]);
      assert.deepEqual(column(reading, 'actions[action_type=link_click].value'), [9, 4, NaN]);
    });

    it('names attribution windows beside value, and reads a list of name/value pairs', () => {
      const text =
        '[{"actions": [{"action_type": "purchase", "value": "5", "7d_click": "4", "1d_view": "1"}], "stats": [{"name": "opens", "value": 3}]}]';
      const reading = table(readTable(text));
      assert.deepEqual(reading.columns, [
        'actions[action_type=purchase].value',
        'actions[action_type=purchase].7d_click',
        'actions[action_type=purchase].1d_view',
        'stats[name=opens].value',
      ]);
      assert.deepEqual(
        reading.columns.map((name) => cell(reading, name, 0)),
        [5, 4, 1, 3],
      );
    });
  });

  describe('flattening nested rows', () => {
    it('flattens nested objects to dotted paths, up to six parts', () => {
      const text = '[{"a": {"b": {"c": 1}}, "x": 2}, {"a": {"b": {"c": 3}, "d": "4"}}]';
      const reading = table(readTable(text));
      assert.deepEqual(reading.columns, ['a.b.c', 'x', 'a.d']);
      assert.deepEqual(column(reading, 'a.b.c'), [1, 3]);
      assert.deepEqual(column(reading, 'x'), [2, NaN]);
      assert.deepEqual(column(reading, 'a.d'), [NaN, 4]);

      const six = table(readTable('[{"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}}]'));
      assert.deepEqual(six.columns, ['a.b.c.d.e.f']);
      const seven = table(readTable('[{"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}]'));
      assert.deepEqual(seven.columns, ['a.b.c.d.e.f']);
      assert.deepEqual(
        seven.problems.map((p) => p.message),
        ["Row 1, column 'a.b.c.d.e.f': an object is not a number"],
      );
    });

    it('keeps a list of plain numbers as one cell, a problem as before', () => {
      const reading = readSelection(
        '[{"campaign": "A", "clicks": [1, 2], "cost": 3}, {"campaign": "B", "clicks": 4, "cost": 5}]',
      );
      assert.ok(reading.ok && reading.kind === 'rows');
      assert.deepEqual(reading.columns, ['campaign', 'clicks', 'cost']);
      assert.deepEqual(reading.rows, [
        ['A', '[1, 2]', 3],
        ['B', 4, 5],
      ]);
      assert.deepEqual(
        reading.problems.map((p) => p.message),
        ["Row 1, column 'clicks': a list is not a number"],
      );
    });

    it('keeps a list of objects without a key field, or with a key given twice, as one cell', () => {
      for (const list of [
        '[{"sku": "x", "qty": 1}]',
        '[{"action_type": "purchase", "value": "1"}, {"action_type": "purchase", "value": "2"}]',
        '[{"action_type": "purchase"}]',
        '[{"action_type": 5, "value": "1"}]',
      ]) {
        const reading = table(readTable(`[{"items": ${list}}]`));
        assert.deepEqual(reading.columns, ['items'], list);
        assert.deepEqual(
          reading.problems.map((p) => p.message),
          ["Row 1, column 'items': a list is not a number"],
          list,
        );
      }
    });

    it('reads a flat array exactly as before, through the one-pass reader and the general one', () => {
      const rows =
        '[{"campaign": "A", "cost": "1,234.5"}, {"campaign": "B", "cost": "#DIV/0!", "clicks": 3}, {"cost": 12, "clicks": false}]';
      for (const text of [rows, `[ // with a comment\n${rows.slice(1)}`]) {
        const reading = readSelection(text);
        assert.ok(reading.ok && reading.kind === 'rows');
        assert.deepEqual(reading.columns, ['campaign', 'cost', 'clicks']);
        assert.deepEqual(reading.rows, [
          ['A', 1234.5, null],
          ['B', '#DIV/0!', 3],
          [null, 12, 'false'],
        ]);
        assert.equal(reading.problems.length, 2);
        assert.equal('skipped' in reading, false);
        assert.equal('reportedTotals' in reading, false);
      }
    });

    it('fails on a path given twice in one row, and on a key given twice in a nested object, with its place', () => {
      const twice = '[{"a.b": 1,\n "a": {"b": 2}}]';
      const error = failure(readTable(twice));
      assert.equal(error.message, "The column 'a.b' is given twice in one row (line 2)");
      assert.equal(twice.slice(error.span!.start, error.span!.end), '"b"');
      const nested = '[{"a": {"b": 1, "b": 2}}]';
      assert.equal(failure(readTable(nested)).message, "The key 'b' appears twice in one object (line 1)");
    });

    it('still refuses an object holding several lists of rows of no known shape', () => {
      assert.equal(
        failure(readTable('{"a": [{"x": 1}], "b": [{"y": 2}]}')).message,
        "The JSON object holds several lists of rows ('a', 'b')",
      );
    });

    it('reads a single object with nested values as a record, as before', () => {
      const reading = readSelection('{"clicks": 5, "metrics": {"cost": 1}}');
      assert.ok(reading.ok && reading.kind === 'record');
      assert.deepEqual(
        reading.fields.map((f) => [f.key, f.value, f.problem]),
        [
          ['clicks', 5, undefined],
          ['metrics', null, 'an object is not a number'],
        ],
      );
    });
  });
});
