// Compute KPIs for File in the web-worker host (VS Code for the Web): no DuckDB and no disk, so
// the core streams the file through workspace.fs in blocks. A CSV export gives its report by
// campaign and month; a Parquet file, which only DuckDB reads, is refused with its name.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/commandIds';
import { activated } from '../integration/extension';
import { done, run } from '../integration/commandsSupport.test';

interface ReportJson {
  groups: { key: Record<string, string | null>; level: number; rows: number }[];
  total: Record<string, number | null>;
  rowCount: number;
  notes: string[];
}

function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

describe('Compute KPIs for File in the web host', () => {
  before(activated);

  it('streams a CSV export through the core: groups by campaign and month, and the TOTAL', async () => {
    const outcome = await run(COMMANDS.computeFileKpis, {
      uri: sampleUri('meta-campaigns-by-day.csv').toString(),
      groupBy: ['Campaign name'],
      period: 'month',
    });
    const report = done(outcome).table as ReportJson;
    assert.equal(report.rowCount, 7);
    assert.ok(
      report.notes.some((n) => /streamed through the core/.test(n)),
      report.notes.join(' / '),
    );
    assert.deepEqual(
      report.groups.filter((g) => g.level === 1).map((g) => g.key['Campaign name']),
      ['Lead Gen - Webinar', 'Retargeting, "Cart" 7d'],
    );
    assert.equal(report.groups.filter((g) => g.level === 2).length, 4);
    assert.ok(report.total.ctr! > 0);
  });

  it('refuses a Parquet file, naming it and saying why', async () => {
    const outcome = await run(COMMANDS.computeFileKpis, sampleUri('meta-campaigns-by-day.parquet'));
    assert.equal(outcome.status, 'failed');
    assert.match(
      (outcome as { message: string }).message,
      /meta-campaigns-by-day\.parquet is Parquet, which only DuckDB reads/,
    );
  });
});
