// The sample a breakdown is tested on: Meta Ads campaign rows by day over two months, read and
// computed as Evaluate Selection does, then broken down by campaign and month.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { report, type Report } from '../../../src/core';
import { analyse } from '../../../src/commands/evaluate/analyse';
import { computeTable } from '../../../src/commands/evaluate/table';
import { NO_PROGRESS } from '../../../src/commands/evaluate/work';
import { formatterOf } from '../../../src/results/formats';
import type { BreakdownChoice } from '../../../src/results/report/choice';
import { reportColumnsOf, type ReportTable } from '../../../src/results/report/reportTable';
import { specOf } from '../../../src/results/report/choice';
import type { TableModel, TableSource } from '../../../src/results/model';

export const SAMPLE = fs.readFileSync(
  path.join(__dirname, '..', '..', '..', 'samples', 'meta-campaigns-by-day.csv'),
  'utf8',
);
export const formatter = formatterOf({ currency: 'USD', locale: 'en-US' });

export async function sampleTable(text = SAMPLE): Promise<{ model: TableModel; source: TableSource }> {
  const analysis = analyse(text, { locale: 'en-US' });
  if ('ok' in analysis || analysis.kind !== 'table') throw new Error('the sample is not a table');
  const model = await computeTable(analysis.source, { locale: 'en-US' }, NO_PROGRESS);
  if (!model) throw new Error('cancelled');
  return { model, source: analysis.source };
}

export async function sampleReport(choice: BreakdownChoice, text = SAMPLE): Promise<ReportTable> {
  const { model, source } = await sampleTable(text);
  const result = report(source, specOf(choice), { locale: 'en-US' });
  if (!result.ok) throw new Error(result.error.message);
  return { choice, report: result as Report, columns: reportColumnsOf(model) };
}
