// The spec reporter, plus a JSON file `{ "passed": n, "failed": m }` at the path in the
// environment variable MMX_RESULT_FILE, so `npm test` can add up the tests of every stage.
// Plain CommonJS so mocha can load it before any TypeScript hook is registered.
'use strict';
const fs = require('node:fs');
const { reporters, Runner } = require('mocha');

class CountReporter extends reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.MMX_RESULT_FILE;
      if (!file) return;
      const { passes = 0, failures = 0 } = runner.stats ?? {};
      fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures }));
    });
  }
}

module.exports = CountReporter;
