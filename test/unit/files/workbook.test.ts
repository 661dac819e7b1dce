import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { report, type Report } from '../../../src/core';
import { sheetAsCsv, workbookSheets } from '../../../src/files/workbook';
import { openWorkbook } from '../../../src/files/workbookParts';
import { sheetCsv } from '../../../src/files/workbookSheet';

const EXPORTS = path.join(__dirname, '../../fixtures/exports');
// Written by make-xlsx.py (Python's zipfile and hand-written SpreadsheetML), not by the reader under test.
const META = 'meta-ads-campaign-daily-2months.xlsx';
const meta = (): Uint8Array => fs.readFileSync(path.join(EXPORTS, META));

async function csvOf(bytes: Uint8Array, sheet: string, name = META): Promise<string> {
  const result = await sheetAsCsv(bytes, sheet, name);
  assert.ok(result.ok, JSON.stringify(result));
  return result.csv;
}

async function problemOf(result: Promise<{ ok: true } | { ok: false; message: string }>): Promise<string> {
  const settled = await result;
  assert.ok(!settled.ok, 'expected a problem');
  return settled.message;
}

const RAW_DATA = `Campaign name,Day,Amount spent (USD),Impressions,Reach,Link clicks,Leads,Cost per lead (USD),Reporting starts,Reporting ends
Lead Gen – Webinar,2024-02-05,120,9000,7000,150,6,20,2024-02-05,2024-02-05
Lead Gen – Webinar,2024-02-19,100,8000,6500,120,4,25,2024-02-19,2024-02-19
"Retargeting, ""Cart"" 7d",2024-02-12,60,4000,2500,80,,,2024-02-12,2024-02-12
Lead Gen – Webinar,2024-03-04,150,10000,8000,160,5,30,2024-03-04,2024-03-04
Lead Gen – Webinar,2024-03-18,90,7000,5600,100,5,18,2024-03-18,2024-03-18
"Retargeting, ""Cart"" 7d",2024-03-11,80,5000,3000,120,4,20,2024-03-11,2024-03-11
"Retargeting, ""Cart"" 7d",2024-03-25,40,3000,2000,50,1,40,2024-03-25,2024-03-25
`;

// From B2: an empty first row and column kept, SUMIFS/IF formulas as their cached values (a text
// one, "n/a", where there were no leads), months as the first day, a date and time, a boolean,
// and a note whose line break is quoted.
const SUMMARY = `
,Spend by campaign and month,,,,,
,Campaign name,Month,Amount spent (USD),Leads,Cost per lead (USD),Share of spend
,Lead Gen – Webinar,2024-02-01,220,10,22,0.34375
,Lead Gen – Webinar,2024-03-01,240,10,24,0.375
,"Retargeting, ""Cart"" 7d",2024-02-01,60,0,n/a,0.09375
,"Retargeting, ""Cart"" 7d",2024-03-01,120,5,24,0.1875

,Exported at,2024-04-01T09:30:00,,,,
,Includes VAT,FALSE,,,,
,Note,"Spend excludes VAT.
Source: Ads Manager, Export table data",,,,
`;

describe('workbook: a Meta Ads Manager export saved as .xlsx, two sheets (meta-ads-campaign-daily-2months.xlsx)', () => {
  it('lists the sheets in tab order', async () => {
    assert.deepEqual(await workbookSheets(meta(), META), { ok: true, sheets: ['Raw Data Report', 'Summary'] });
  });

  it('writes the data sheet as CSV: dates ISO (custom and built-in formats), numbers plain, quoted names, empty cells', async () => {
    const result = await sheetAsCsv(meta(), 'Raw Data Report', META);
    // The trailing row of formatted but empty cells is no row.
    assert.deepEqual(result, { ok: true, csv: RAW_DATA, rows: 8 });
  });

  it('writes the second sheet as its grid: formulas as cached values, times, booleans, line breaks', async () => {
    assert.equal(await csvOf(meta(), 'Summary'), SUMMARY);
  });

  it('finds a sheet by its name in another case, as Excel does', async () => {
    assert.equal(await csvOf(meta(), 'summary'), SUMMARY);
  });

  it('gives the same KPIs by campaign and month as the CSV export of the same rows', async () => {
    const fromWorkbook = report(await csvOf(meta(), 'Raw Data Report'), {
      groupBy: ['Campaign name'],
      period: 'month',
    });
    const csv = fs.readFileSync(path.join(EXPORTS, 'meta-ads-campaign-daily-2months.csv'), 'utf8');
    const fromCsv = report(csv, { groupBy: ['Campaign name'], period: 'month' });
    assert.ok(fromWorkbook.ok && fromCsv.ok, JSON.stringify(fromWorkbook));
    const kpis = (r: Report) => ({
      groups: r.groups.map((g) => ({ key: g.key, rows: Array.from(g.rows), kpis: g.total.results })),
      total: r.total.results,
      notes: r.notes,
    });
    assert.deepEqual(kpis(fromWorkbook), kpis(fromCsv));
    const leadGen = fromWorkbook.groups.find((g) => g.level === 1 && g.key['Campaign name'] === 'Lead Gen – Webinar');
    assert.equal(leadGen?.total.results.find((r) => r.id === 'cpl')?.value, 460 / 20);
  });

  it('reads the same CSV whatever slices the sheet is scanned in', async () => {
    const opened = openWorkbook(meta(), META);
    assert.ok(opened.ok);
    const xml = opened.book.part('xl/worksheets/sheet1.xml')!;
    for (const slice of [1, 64, 300, 1000]) {
      assert.equal((await sheetCsv(xml, opened.book.cells(), slice)).csv, RAW_DATA, `slices of ${slice} bytes`);
    }
  });
});

describe('workbook: what is not a workbook, or not that sheet, says so and names the file', () => {
  it('a missing sheet names the sheets there are', async () => {
    assert.equal(
      await problemOf(sheetAsCsv(meta(), 'Data', 'report.xlsx')),
      'report.xlsx has no sheet "Data": its sheets are "Raw Data Report", "Summary"',
    );
  });

  it('a CSV file named .xlsx', async () => {
    const csv = fs.readFileSync(path.join(EXPORTS, 'meta-ads-campaign-daily-2months.csv'));
    const message = await problemOf(workbookSheets(csv, 'report.xlsx'));
    assert.equal(
      message,
      'report.xlsx is not an Excel workbook (.xlsx): it holds text, not a ZIP archive as an .xlsx file does (a CSV file named .xlsx?); open it as text instead',
    );
    assert.equal(await problemOf(sheetAsCsv(csv, 'Sheet1', 'report.xlsx')), message);
  });

  it('an Excel 97–2003 file (or an encrypted .xlsx, stored the same way)', async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.match(
      await problemOf(workbookSheets(ole2, 'old.xlsx')),
      /^old\.xlsx is not an Excel workbook \(\.xlsx\): it is an Excel 97–2003 workbook \(\.xls\) or a password-protected one/,
    );
  });

  it('an empty file, a damaged archive, and a ZIP archive without a workbook', async () => {
    assert.equal(
      await problemOf(workbookSheets(new Uint8Array(0), 'a.xlsx')),
      'a.xlsx is not an Excel workbook (.xlsx): the file is empty',
    );
    const cut = meta().subarray(0, 1500);
    assert.match(
      await problemOf(workbookSheets(cut, 'b.xlsx')),
      /^b\.xlsx could not be read as a workbook: its ZIP archive is damaged/,
    );
    const zip = zipSync({ 'notes.txt': strToU8('hello') });
    assert.equal(
      await problemOf(workbookSheets(zip, 'c.xlsx')),
      'c.xlsx is not an Excel workbook (.xlsx): its ZIP archive holds no workbook (no xl/workbook.xml)',
    );
  });
});

// --- Workbooks as other writers make them, built here part by part ---------------------------

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Parts {
  /** workbook.xml's <sheets> and whatever precedes it. */
  readonly workbook: string;
  readonly rels: string;
  readonly parts: Record<string, string>;
}

function xlsx({ workbook, rels, parts }: Parts): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${PKG}">${rels}</Relationships>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });
}

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

/**
 * The Open XML SDK's way (a `x:` prefix on every element), cells and rows without `r`, inline
 * strings, rich text with a phonetic guide, escapes, errors, ISO dates, the 1904 date system,
 * times and durations, and a chart sheet among the sheets.
 */
function otherWriters(): Uint8Array {
  const styles = `<x:styleSheet xmlns:x="${MAIN}">
    <x:numFmts count="3"><x:numFmt numFmtId="164" formatCode="[$-409]d\\-mmm\\-yyyy;@"/><x:numFmt numFmtId="165" formatCode="[h]:mm:ss"/><x:numFmt numFmtId="166" formatCode="&quot;$&quot;#,##0.00_);[Red]\\(&quot;$&quot;#,##0.00\\)"/></x:numFmts>
    <x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>
    <x:cellXfs count="6"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/><x:xf numFmtId="166"/><x:xf numFmtId="20"><x:alignment horizontal="left"/></x:xf><x:xf numFmtId="22"/></x:cellXfs>
  </x:styleSheet>`;
  const strings = `<x:sst xmlns:x="${MAIN}" count="3" uniqueCount="3">
    <x:si><x:t>Channel</x:t></x:si>
    <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Search </x:t></x:r><x:r><x:t xml:space="preserve">&amp; Display</x:t></x:r><x:rPh sb="0" eb="1"><x:t>サーチ</x:t></x:rPh></x:si>
    <x:si><x:t>Line one_x000D_
line two, _x005F_x0041_</x:t></x:si>
  </x:sst>`;
  const data = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
    <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Day</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Cost</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Watch time</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Starts</x:t></x:is></x:c></x:row>
    <x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>43861</x:v></x:c><x:c s="3"><x:v>0.10000000000000001</x:v></x:c><x:c s="2"><x:v>1.09375</x:v></x:c><x:c s="4"><x:v>0.395833333333333</x:v></x:c></x:row>
    <x:row r="4"><x:c r="A4" t="s"><x:v>2</x:v></x:c><x:c r="B4" t="d"><x:v>2024-02-05T00:00:00Z</x:v></x:c><x:c r="C4" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="D4"><x:f>D2*2</x:f></x:c><x:c r="E4" s="5"><x:v>43861.5</x:v></x:c></x:row>
    <x:row r="5"><x:c r="C5" s="3"/></x:row>
    <x:row r="9"/>
  </x:sheetData></x:worksheet>`;
  return xlsx({
    workbook: `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>
      <x:sheet name="Chart 1" sheetId="3" r:id="rId3"/><x:sheet name="Spend &amp; watch" sheetId="1" r:id="rId1"/><x:sheet name="Empty" sheetId="2" r:id="rId2"/>
    </x:sheets></x:workbook>`,
    rels:
      rel('rId1', 'worksheet', 'sheets/data.xml') +
      rel('rId2', 'worksheet', '/xl/sheets/empty.xml') +
      rel('rId3', 'chartsheet', 'chartsheets/sheet1.xml') +
      rel('rId4', 'styles', 'styles.xml') +
      rel('rId5', 'sharedStrings', 'SharedStrings.xml'),
    parts: {
      'xl/styles.xml': styles,
      // Part names are case-insensitive: the relationship says SharedStrings.xml.
      'xl/sharedStrings.xml': strings,
      'xl/sheets/data.xml': data,
      'xl/sheets/empty.xml': `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
      'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${MAIN}"/>`,
    },
  });
}

describe('workbook: SpreadsheetML as other writers write it', () => {
  it('lists sheets of cells only, names unescaped, following relationships rather than file names', async () => {
    assert.deepEqual(await workbookSheets(otherWriters(), 'sdk.xlsx'), {
      ok: true,
      sheets: ['Spend & watch', 'Empty'],
    });
    assert.equal(
      await problemOf(sheetAsCsv(otherWriters(), 'Chart 1', 'sdk.xlsx')),
      'Sheet "Chart 1" of sdk.xlsx is a chart, not a sheet of cells',
    );
  });

  it('reads prefixed elements, cells without references, rich and inline text, errors, ISO and 1904 dates, times and durations', async () => {
    // 1904 system: 43861 is 2024-02-01 (1900 system: 2020-01-31). 1.09375 days elapsed is 26:15:00.
    assert.equal(
      await csvOf(otherWriters(), 'Spend & watch', 'sdk.xlsx'),
      [
        'Channel,Day,Cost,Watch time,Starts',
        'Search & Display,2024-02-01,0.1,26:15:00,09:30:00',
        '',
        '"Line one\r\nline two, _x0041_",2024-02-05,#DIV/0!,,2024-02-01T12:00:00',
        '',
      ].join('\n'),
    );
  });

  it('an empty sheet is no rows', async () => {
    assert.deepEqual(await sheetAsCsv(otherWriters(), 'Empty', 'sdk.xlsx'), { ok: true, csv: '', rows: 0 });
  });
});
