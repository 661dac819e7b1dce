/**
 * "Use as…" in the results view: the user says what a column is, the answer is written to the
 * columnMappings setting, and the same selection text is computed again with it. The document
 * is never touched; the table shown is replaced only when the new one is computed.
 */
import vscode = require('vscode');
import type { CoreOptions } from '../../core';
import type { Log } from '../../log';
import { pickColumnMeaning } from '../../pickers/pickQuantity';
import type { ResultTable } from '../../results/destination';
import { formatterOf } from '../../results/formats';
import type { TableModel } from '../../results/model';
import { columnMappingsFor } from '../../settings/columnMappings';
import { writeColumnMapping } from '../../settings/columnMappings';
import type { ConfigStore } from '../../settings/store';
import { runWork, type WorkRunner } from '../progress';
import { evaluateAll } from './evaluateAll';
import { isLarge } from './work';

export interface RemapDeps {
  readonly settings: ConfigStore;
  readonly log: Log;
  readonly runWork?: WorkRunner;
}

/** The selection a table was computed from: its text, kept to compute it again. */
export interface RemapSource {
  readonly text: string;
  readonly uri: vscode.Uri;
}

/** The core's options for a document: the settings, with the columnMappings of its folder. */
export function optionsFor(settings: ConfigStore, uri: vscode.Uri): CoreOptions {
  return { ...settings.current.coreOptions, columnMappings: columnMappingsFor(uri) };
}

/** The formatter of a table: in the currency its export's headers name, when they name one. */
export function tableFormatter(model: TableModel, options: CoreOptions) {
  return formatterOf(model.currency !== undefined ? { ...options, currency: model.currency } : options);
}

/** The table with its Use as… action. */
export function withRemap(table: ResultTable, source: RemapSource, deps: RemapDeps): ResultTable {
  return { ...table, remap: (column, choice) => remap(table, column, source, deps, choice) };
}

async function remap(
  table: ResultTable,
  column: number,
  source: RemapSource,
  deps: RemapDeps,
  given?: { readonly as: string | null },
): Promise<ResultTable | undefined> {
  const line = table.model.read.find((l) => l.column === column);
  if (!line) return undefined;
  const catalog = deps.settings.current.catalog;
  const choice = given ? given.as : await pickColumnMeaning(catalog, line.name, line);
  if (choice === undefined) return undefined;
  const level = await writeColumnMapping(line.name, choice, source.uri);
  deps.log.info(
    `Use as…: '${line.name}' → ${choice ?? '(mapping removed)'} in the ${vscode.ConfigurationTarget[level]} settings`,
  );
  const options = optionsFor(deps.settings, source.uri);
  const evaluated = await (deps.runWork ?? runWork)(
    vscode.l10n.t('Marketing Metrics: computing again'),
    isLarge([source.text]),
    (work) => evaluateAll([source.text], options, work),
  );
  const result = evaluated?.ok === true ? evaluated.results[0] : undefined;
  if (result?.kind !== 'table') {
    const why =
      evaluated?.ok === false
        ? evaluated.failure.error.message
        : vscode.l10n.t('the selection no longer reads as a table');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Marketing Metrics: the mapping was saved, but the table could not be computed again: {0}', why),
    );
    return undefined;
  }
  return withRemap({ ...table, model: result.model, formatter: tableFormatter(result.model, options) }, source, deps);
}
