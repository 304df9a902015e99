// Mocha entry point for the extension host (VS Code's `extensionTestsPath`). The same file is used
// by both runners: test/e2e/run.mjs (code-server + headless Chromium, the packaged .vsix) and
// test/e2e/electron.mjs (@vscode/test-electron, the extension from this checkout).
// Prints mocha's spec output and a plain closing line `N passed, N failed`.
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

exports.run = async function run() {
  // Under code-server every console line of the workbench reaches the runner; a tag lets it tell
  // the suite's report from the workbench's own chatter (test/e2e/run.mjs sets it).
  const tag = process.env.MCP_WARDEN_E2E_TAG || '';
  const print = (...args) => console.log(tag + require('util').format(...args));
  Mocha.reporters.Base.consoleLog = print;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000, // per test; every wait inside has its own, shorter deadline
    grep: process.env.MCP_WARDEN_E2E_GREP || undefined,
    // The workbench tests share one browser and workbench window (suite/helpers.js): it starts
    // loading with the suite (while the first tests use only the extension host's API) and goes
    // when the suite is done. A failed workbench test leaves a screenshot of that page.
    rootHooks: {
      beforeAll: () => require('./helpers').prefetchWorkbench(),
      /** @this {Mocha.Context} */
      afterEach() {
        return require('./helpers').screenshotFailedTest(this.currentTest);
      },
      afterAll: () => require('./helpers').closeWorkbench(),
    },
  });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  await mocha.loadFilesAsync();
  const { passed, failed } = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
    // Where the time goes, untagged (under run.mjs: .test-output/e2e/workbench.log, not the report).
    const t0 = Date.now();
    const at = () => `+${((Date.now() - t0) / 1000).toFixed(1)}s`;
    runner.on('hook end', (hook) => {
      if (hook.duration > 1000) console.log(`[timing] ${at()} hook ${hook.title} (${hook.duration} ms)`);
    });
    runner.on('test end', (test) => console.log(`[timing] ${at()} ${test.state || 'pending'}: ${test.fullTitle()} (${test.duration ?? 0} ms)`));
  });
  print(`${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) throw new Error(`${failed} end-to-end test(s) failed`);
};
