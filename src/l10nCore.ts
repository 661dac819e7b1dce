import vscode = require('vscode');
import * as l10n from '@vscode/l10n';

/**
 * Gives the core (and the helpers that, like it, run without `vscode`: in unit tests, in
 * webviews, as a library) the extension's translations. They call `l10n.t` from
 * `@vscode/l10n`, which answers in English until configured; this module lives in the
 * features bundle (features.ts), so it configures the copy of `@vscode/l10n` that bundle holds.
 * `vscode.l10n.bundle` is undefined in English: then there is nothing to load.
 */
export function configureCoreL10n(): void {
  const contents = vscode.l10n.bundle;
  if (contents) l10n.config({ contents });
}
