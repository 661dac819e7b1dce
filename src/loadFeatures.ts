import type * as Features from './features';

let loaded: typeof Features | undefined;

/**
 * The core and the features (features.ts), required the first time a command runs, a hover is
 * asked for or the tree renders. The Node build keeps this `require` as it is and ships
 * features.ts as dist/features.js beside dist/extension.js, so activation loads only the
 * registrations; the web build, which has no `require`, bundles it. The module is kept here
 * because a bundled `require` copies every export into a new object on each call.
 */
export function loadFeatures(): typeof Features {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require('./features') as typeof Features;
  // Before any feature speaks: the core's messages come from the features bundle's own copy of @vscode/l10n.
  loaded.configureCoreL10n();
  return loaded;
}
