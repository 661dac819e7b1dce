// Mocha's browser build, set up before any test file is evaluated (index.ts imports this first):
// the web-worker host has no `require` for node_modules, so mocha is bundled into the suite.
// Bundled as CommonJS, the build hands its `mocha` over as the module instead of a global.
import mocha from 'mocha/mocha.js';

// The spec reporter writes through console.log, which the workbench relays to the launcher;
// the default HTML reporter needs a document, which a worker has not.
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });

export { mocha };
