// Compute KPIs for File in a real VS Code, with the extension as packaged (its DuckDB copied
// into the .vsix): the explorer's context menu offers it on data files, and gives it the file's
// Uri, as these tests do; a CSV and a Parquet file of the same Meta Ads rows give the same
// report; a file whose query is cancelled shows nothing and leaves no query running.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readConfig } from '../../src/settings/config';
import type { ConfigStore } from '../../src/settings/store';
import type { Log } from '../../src/log';
import type { ResultsPanel } from '../../src/results/panel';
import { report } from '../../src/core';
import { computeFileKpis, type QueryRunner } from '../../src/files/computeFileKpis';
import { activated, contributes } from './extension';
import { delay, done, resultsTabs, run, until, type Outcome } from './commandsSupport.test';

const COMMAND = 'marketingMetrics.computeFileKpis';

interface ReportJson {
  breakdown: { name: string; column: string; kind: string }[];
  groups: { key: Record<string, string | null>; level: number; rows: number; total: Record<string, number | null> }[];
  total: Record<string, number | null>;
  rowCount: number;
  notes: string[];
}

function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

function reportOf(outcome: Outcome): ReportJson {
  return done(outcome).table as ReportJson;
}

describe('Compute KPIs for File', function () {
  this.timeout(120_000);
  before(activated);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it("is on the explorer's context menu for CSV, TSV, JSON, JSON Lines, Parquet and Excel files, not folders", () => {
    const menus = (contributes() as { menus?: Record<string, { command: string; when?: string }[]> }).menus ?? {};
    const item = menus['explorer/context']?.find((m) => m.command === COMMAND);
    assert.ok(item?.when, 'a when clause');
    assert.match(item.when, /!explorerResourceIsFolder/);
    const pattern = /resourceExtname =~ \/(.+)\/(\w*)/.exec(item.when)!;
    const extname = new RegExp(pattern[1]!, pattern[2]);
    for (const name of ['a.csv', 'a.tsv', 'a.json', 'a.jsonl', 'a.ndjson', 'a.parquet', 'b.XLSX'])
      assert.ok(extname.test(path.extname(name)), name);
    for (const name of ['a.md', 'a.py', 'a.xls.bak']) assert.ok(!extname.test(path.extname(name)), name);
  });

  it('a CSV export by campaign and month: the report of every row, in the results view', async () => {
    const outcome = await run(COMMAND, {
      uri: sampleUri('meta-campaigns-by-day.csv').toString(),
      groupBy: ['Campaign name'],
      period: 'month',
    });
    const report = reportOf(outcome);
    assert.equal(done(outcome).breakdown, 'Campaign name › month');
    assert.equal(report.rowCount, 7);
    assert.ok(report.notes.some((n) => /Read by DuckDB from the whole file: 7 rows/.test(n)));
    assert.deepEqual(
      report.groups.filter((g) => g.level === 1).map((g) => g.key['Campaign name']),
      ['Lead Gen - Webinar', 'Retargeting, "Cart" 7d'],
    );
    assert.ok(report.groups.some((g) => g.level === 2 && g.key.month === '2024-02'));
    // The ratio of sums over the file: link clicks over impressions.
    const ctr = report.total.ctr!;
    assert.ok(ctr > 0 && ctr < 1);
    // A results view opened for the first time in this window is listed among the tabs a moment later.
    await until(
      () => resultsTabs().length === 1,
      () => `${resultsTabs().length} results tabs`,
    );
  });

  it('the same rows as Parquet give the same report, and the right-click (a Uri) takes the breakdown last chosen', async () => {
    const csv = reportOf(
      await run(COMMAND, {
        uri: sampleUri('meta-campaigns-by-day.csv').toString(),
        groupBy: ['Campaign name'],
        period: 'month',
      }),
    );
    // The explorer passes the file's Uri and nothing else.
    const outcome = await run(COMMAND, sampleUri('meta-campaigns-by-day.parquet'));
    assert.equal(done(outcome).breakdown, 'Campaign name › month');
    const parquet = reportOf(outcome);
    assert.deepEqual(parquet.groups, csv.groups);
    assert.deepEqual(parquet.total, csv.total);
    assert.ok(csv.groups.length > 2);
  });

  it("Insert KPI Report as Code writes the shown report as pandas in a Python document, and pandas gives the view's numbers", async () => {
    const csvUri = sampleUri('meta-campaigns-by-day.csv');
    const report = reportOf(
      await run(COMMAND, { uri: csvUri.toString(), groupBy: ['Campaign name'], period: 'month' }),
    );
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    assert.deepEqual(await run('marketingMetrics.insertReportAsCode', { table: 'df' }), {
      status: 'done',
      edits: 1,
      tables: 0,
    });
    const code = editor.document.getText();
    assert.match(code, /groupby/);
    // Debian's pandas (the test script installs it) runs the inserted code on the file.
    const program = [
      'import pandas as pd',
      `df = pd.read_csv(${JSON.stringify(csvUri.fsPath)})`,
      code,
      'print(report.to_json(orient="records", date_format="iso"))',
    ].join('\n');
    const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', program], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >[];
    const total = rows.find((r) => r.grouping_level === 0)!;
    for (const id of ['ctr', 'cpc', 'cpl', 'cpm'])
      if (report.total[id] !== undefined && report.total[id] !== null)
        assert.ok(Math.abs(Number(total[id]) - report.total[id]!) < 1e-9, `${id}: ${total[id]} vs ${report.total[id]}`);
    assert.equal(rows.length, report.groups.length + 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Insert KPI Report as Code from the export itself: the SQL goes into a new SQL editor, the export is left as it was', async () => {
    const csvUri = sampleUri('meta-campaigns-by-day.csv');
    reportOf(await run(COMMAND, { uri: csvUri.toString(), groupBy: ['Campaign name'] }));
    const exportEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(csvUri));
    const before = exportEditor.document.getText();
    assert.deepEqual(
      await run('marketingMetrics.insertReportAsCode', { target: 'sql', dialect: 'duckdb', table: 'exports' }),
      { status: 'done', edits: 1, tables: 0 },
    );
    const active = vscode.window.activeTextEditor!.document;
    assert.equal(active.languageId, 'sql');
    assert.ok(active.isUntitled);
    assert.match(active.getText(), /GROUP BY ROLLUP/);
    assert.equal(exportEditor.document.getText(), before);
    assert.equal(exportEditor.document.isDirty, false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an Excel workbook: the sheet picked in the QuickPick, the report of its rows as the core reads the same export as CSV', async () => {
    const running = run(COMMAND, {
      uri: sampleUri('meta-ads-campaign-daily.xlsx').toString(),
      groupBy: ['Campaign name'],
      period: 'month',
    });
    // Two sheets: the picker lists them in tab order; Enter takes the first, the data.
    await delay(1000);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await running;
    const workbook = reportOf(outcome);
    // The same export as Meta writes it in CSV (test/fixtures/exports, cited in SOURCES.md).
    const csv = fs.readFileSync(
      path.resolve(__dirname, '../../test/fixtures/exports/meta-ads-campaign-daily-2months.csv'),
      'utf8',
    );
    const ours = report(csv, { groupBy: ['Campaign name'], period: 'month' });
    assert.ok(ours.ok);
    assert.equal(workbook.rowCount, ours.rowCount);
    assert.deepEqual(
      workbook.groups.map((g) => [g.key, g.rows]),
      ours.groups.map((g) => [g.key, g.rowCount]),
    );
    const ctr = ours.total.results.find((m) => m.id === 'ctr')!.value;
    assert.ok(Math.abs(workbook.total.ctr! - ctr) < 1e-12);
  });

  it('a file that is not an export is refused with its name, and nothing is shown', async () => {
    const outcome = await run(COMMAND, sampleUri('report.md'));
    assert.equal(outcome.status, 'failed');
    assert.match((outcome as { message: string }).message, /report\.md is not a file Compute KPIs for File reads/);
  });

  it("a notebook's pd.read_csv of a file beside it: the lens above the path computes that file's KPIs", async () => {
    // A saved notebook in a folder of its own, reading data/ by a path relative to the notebook,
    // as the Jupyter kernel does; a second read names a file that is not there.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-notebook-'));
    fs.mkdirSync(path.join(folder, 'data'));
    fs.copyFileSync(sampleUri('meta-campaigns-by-day.csv').fsPath, path.join(folder, 'data', 'meta, by day.csv'));
    const source = [
      'import pandas as pd',
      'meta = pd.read_csv("data/meta, by day.csv", thousands=",")',
      "old = pd.read_parquet('data/missing.parquet')",
    ].join('\n');
    fs.writeFileSync(
      path.join(folder, 'analysis.ipynb'),
      JSON.stringify({
        cells: [{ cell_type: 'code', metadata: {}, source, outputs: [], execution_count: null }],
        metadata: { language_info: { name: 'python' } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.file(path.join(folder, 'analysis.ipynb')));
    await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(0).document;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cell.uri);
    const ours = lenses.filter((l) => l.command?.command === COMMAND);
    assert.deepEqual(
      ours.map((l) => [l.command!.title, l.range.start.line, cell.getText(l.range)]),
      [['$(table) Compute KPIs for meta, by day.csv', 1, 'data/meta, by day.csv']],
    );
    // The lens's click: the breakdown picker (Enter: as it opens) unless a remembered breakdown fits.
    const running = run(ours[0]!.command!.command, ...(ours[0]!.command!.arguments ?? []));
    await delay(1500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const outcome = await running;
    const csv = fs.readFileSync(sampleUri('meta-campaigns-by-day.csv').fsPath, 'utf8');
    const expected = report(csv, {});
    assert.ok(expected.ok);
    assert.equal(reportOf(outcome).rowCount, expected.rowCount);
    const ctr = expected.total.results.find((m) => m.id === 'ctr')!.value;
    assert.ok(Math.abs(reportOf(outcome).total.ctr! - ctr) < 1e-12);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('Cancel on a large file interrupts DuckDB: nothing is shown and no query keeps running', async () => {
    const file = largeCsv(1_500_000);
    const seen = { shown: 0, progress: 0 };
    // The notification's Cancel, pressed once DuckDB reports its first progress.
    const cancelling: QueryRunner = async (_name, query) => {
      const abort = new AbortController();
      return query({
        signal: abort.signal,
        onProgress: ({ percent }) => {
          seen.progress++;
          if (percent > 0 && percent < 100) abort.abort();
        },
      });
    };
    const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
    const results = { show: () => void seen.shown++ } as unknown as ResultsPanel;
    const settings = { current: readConfig() } as unknown as ConfigStore;
    const started = Date.now();
    const outcome = await computeFileKpis(
      { settings, log: silent, results, runQuery: cancelling },
      {
        uri: vscode.Uri.file(file).toString(),
        groupBy: ['Channel', 'Campaign'],
        period: 'month',
      },
    );
    assert.deepEqual(outcome, { status: 'cancelled' });
    assert.equal(seen.shown, 0);
    assert.ok(seen.progress > 0, 'progress was reported');
    // DuckDB's threads run in this process: were the query still running, they would use a core.
    const before = process.cpuUsage();
    await delay(1000);
    const used = process.cpuUsage(before);
    const cpuMs = (used.user + used.system) / 1000;
    assert.ok(
      cpuMs < 400,
      `${cpuMs.toFixed(0)} ms of CPU in the second after Cancel (${Date.now() - started} ms in all)`,
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

/** Rows as exports have them: a date, a channel, campaign names with commas and quotes, an empty cell now and then. */
function largeCsv(rows: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmx-large-')), 'campaigns.csv');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'Day,Channel,Campaign,Impressions,Clicks,Cost,Conversions\n');
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const month = String((r % 12) + 1).padStart(2, '0');
    const day = String((r % 28) + 1).padStart(2, '0');
    lines.push(
      `2025-${month}-${day},${['Search', 'Social', 'Video'][r % 3]},"Spring, ""EU"" ${r % 50}",${1000 + (r % 977)},${r % 61},${(r % 997) / 10},${r % 7 === 0 ? '' : r % 5}`,
    );
    if (lines.length === 100_000) {
      fs.writeSync(out, `${lines.join('\n')}\n`);
      lines.length = 0;
    }
  }
  fs.writeSync(out, `${lines.join('\n')}\n`);
  fs.closeSync(out);
  return file;
}
