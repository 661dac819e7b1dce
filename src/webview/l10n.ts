// Imported first by each webview's main.ts: later modules may build labels as they load, and
// `l10n.t` answers in English until it is configured. The host writes the translations into
// the page as a <meta> (src/webviewL10n.ts); in English there is none.
import * as l10n from '@vscode/l10n';
import { TRANSLATIONS_META } from '../webviewL10n';

const contents = document.querySelector(`meta[name="${TRANSLATIONS_META}"]`)?.getAttribute('content');
if (contents) {
  try {
    l10n.config({ contents });
  } catch (error) {
    console.warn('webview: the translations could not be read; showing English', error);
  }
}
