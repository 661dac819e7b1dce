import * as l10n from '@vscode/l10n';
import { namesIn } from '../expr/ast';
import { fail, type Failure } from '../errors';
import { formulaFor } from '../forms';
import { unknownMetric } from '../wording';
import { catalogOf } from '../options';
import { expandMetrics } from './expand';
import { writeJavascript } from './javascript';
import { writeLatex } from './latex';
import { writePandas } from './pandas';
import { writeExcel } from './spreadsheet';
import { writeSql } from './sql';
import type { CodeOptions, Writer } from './writer';

export const CODE_TARGETS = ['pandas', 'sql', 'javascript', 'excel', 'latex'] as const;
export type CodeTarget = (typeof CODE_TARGETS)[number];

/** The VS Code language id each target's code is written in. */
export const CODE_TARGET_LANGUAGE: Readonly<Record<CodeTarget, string>> = {
  pandas: 'python',
  sql: 'sql',
  javascript: 'javascript',
  excel: 'plaintext',
  latex: 'latex',
};

export type FormulaCode = { readonly ok: true; readonly target: CodeTarget; readonly code: string } | Failure;

/**
 * A metric's formula written for an analyst's own tools. Metric inputs are expanded down to
 * raw columns; SQL and spreadsheets total with a ratio of sums when every input is additive,
 * and every target that can divide by zero says so instead of showing a number.
 */
export function formulaAsCode(id: string, target: CodeTarget, options: CodeOptions = {}): FormulaCode {
  const catalog = catalogOf(options);
  const metric = catalog.metric(id);
  if (!metric) return unknownMetric(id, catalog);
  if (!CODE_TARGETS.includes(target))
    return fail(
      'invalidVariant',
      l10n.t("unknown code target '{0}'; choose {1}", String(target), CODE_TARGETS.join(', ')),
    );
  const formula = formulaFor(metric, catalog, options);
  if (!formula.ok) return formula;
  const expr = expandMetrics(formula.formula.expr, catalog, options.variants, new Set([metric.id]));
  const additive = namesIn(expr).every((name) => catalog.quantities.get(name)?.additive === true);
  return { ok: true, target, code: WRITERS[target]({ metric, expr, additive, catalog, options }) };
}

const WRITERS: Readonly<Record<CodeTarget, Writer>> = {
  pandas: writePandas,
  sql: writeSql,
  javascript: writeJavascript,
  excel: writeExcel,
  latex: writeLatex,
};
